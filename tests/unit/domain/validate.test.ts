import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../../src/domain/validate';
import { rawDraft, rawExample } from '../helpers/questionnaire';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The problems of the published example after `edit` broke it. */
function problemsOf(edit: (q: Json) => void, base: () => Json = rawExample) {
  const q = base();
  edit(q);
  const result = parseQuestionnaire(q);
  return result.ok ? [] : result.problems;
}

describe('a valid questionnaire', () => {
  it('passes: the published example and the draft shipped with the app', () => {
    for (const raw of [rawExample(), rawDraft()]) {
      const result = parseQuestionnaire(raw);
      expect(result.ok ? [] : result.problems).toEqual([]);
    }
  });

  it('gets its scoring parameters by default when it gives none', () => {
    const result = parseQuestionnaire({ ...rawExample(), scoring: undefined });
    expect(result.ok && result.questionnaire.scoring).toEqual({ minAnswers: 1, gapToReport: 2 });
  });

  it('may be a draft in French only', () => {
    const problems = problemsOf((q) => {
      q.status = 'draft';
      q.languages = ['fr'];
      delete q.items[1].prompt.en;
    });
    expect(problems).toEqual([]);
  });
});

describe('shape', () => {
  it.each([
    [
      'missing French text',
      (q: Json) => delete q.items[0].prompt.fr,
      [{ path: 'items[0].prompt.fr', message: 'missing French text' }],
    ],
    [
      'missing English text in a published file',
      (q: Json) => delete q.items[1].options[0].label.en,
      [{ path: 'items[1].options[0].label.en', message: 'missing English text' }],
    ],
    [
      'missing easy-to-read text in a published file',
      (q: Json) => delete q.title['fr-x-falc'],
      [{ path: 'title.fr-x-falc', message: 'missing easy-to-read French (fr-x-falc) text' }],
    ],
    [
      'an empty text',
      (q: Json) => (q.description.en = ' '),
      [{ path: 'description.en', message: 'empty text' }],
    ],
    [
      'an unknown field',
      (q: Json) => (q.items[0].promt = 'x'),
      [{ path: 'items[0]', message: 'unknown field "promt"' }],
    ],
    [
      'a version that is not major.minor.patch',
      (q: Json) => (q.version = '1.0'),
      [{ path: 'version', message: 'use a version like 1.0.0 (major.minor.patch)' }],
    ],
    [
      'an id with capitals',
      (q: Json) => (q.areas[0].id = 'Spot'),
      [{ path: 'areas[0].id', message: 'use lowercase letters, digits and single dashes' }],
    ],
    [
      'a status that does not exist',
      (q: Json) => (q.status = 'final'),
      [{ path: 'status', message: 'should be "draft" or "published"' }],
    ],
    [
      'an item of an unknown kind',
      (q: Json) => (q.items[0].kind = 'quiz'),
      [{ path: 'items[0].kind', message: 'should be "self" or "situation"' }],
    ],
    [
      'a situation with one answer',
      (q: Json) => q.items[1].options.pop(),
      [{ path: 'items[1].options', message: 'give 2 to 4 answers' }],
    ],
    [
      'a situation without its explanation',
      (q: Json) => delete q.items[1].explanation,
      [{ path: 'items[1].explanation', message: 'missing' }],
    ],
    [
      'a resource without https',
      (q: Json) => (q.areas[0].competencies[0].recommendations[0].resource.url = 'cafeia.org'),
      [
        {
          path: 'areas[0].competencies[0].recommendations[0].resource.url',
          message: 'use a full address starting with https://',
        },
      ],
    ],
    [
      'a picture outside media/',
      (q: Json) => (q.items[0].image = { src: '../secret.png', alt: q.items[0].prompt }),
      [
        {
          path: 'items[0].image.src',
          message: 'put pictures in the media/ folder beside the file, e.g. media/photo.webp',
        },
      ],
    ],
    [
      'three level descriptors',
      (q: Json) => q.areas[0].competencies[0].levels.pop(),
      [
        {
          path: 'areas[0].competencies[0].levels',
          message: 'give one descriptor for each of the 4 levels',
        },
      ],
    ],
  ])('refuses %s', (_name, edit, expected) => {
    expect(problemsOf(edit)).toEqual(expected);
  });

  it('refuses something that is not an object', () => {
    for (const raw of ['hello', null, [], 42]) {
      expect(parseQuestionnaire(raw)).toEqual({
        ok: false,
        problems: [{ path: '', message: 'a questionnaire is a JSON object' }],
      });
    }
  });
});

describe('rules beyond shape', () => {
  it('refuses a duplicated id and says where the first one is', () => {
    expect(problemsOf((q) => (q.items[2].id = 'chat-self'))).toContainEqual({
      path: 'items[2].id',
      message: 'id "chat-self" is already used at items[0].id',
    });
  });

  it('refuses two answers with the same id', () => {
    expect(problemsOf((q) => (q.items[1].options[1].id = 'person'))).toEqual([
      {
        path: 'items[1].options[1].id',
        message: '"person" is already used at items[1].options[0]',
      },
    ]);
  });

  it('refuses an item whose competency does not exist', () => {
    expect(problemsOf((q) => (q.items[0].competency = 'nowhere'))).toContainEqual({
      path: 'items[0].competency',
      message: 'no competency has the id "nowhere"',
    });
  });

  it('refuses levels out of order', () => {
    expect(problemsOf((q) => (q.levels[1].level = 3))).toEqual([
      { path: 'levels[1].level', message: 'should be 2' },
    ]);
  });

  it('refuses a situation with two correct answers', () => {
    expect(problemsOf((q) => (q.items[1].options[0].correct = true))).toEqual([
      { path: 'items[1].options', message: 'mark exactly one answer as correct' },
    ]);
  });

  it('refuses a situation that mixes "correct" and explicit levels', () => {
    expect(
      problemsOf((q) => (q.items[2].options[0] = { ...q.items[2].options[0], correct: true })),
    ).toEqual([
      {
        path: 'items[2].options',
        message: 'give every answer either "correct" or "level", the same way for all answers',
      },
    ]);
  });

  it('refuses explicit levels whose best answer does not reach the target level', () => {
    expect(problemsOf((q) => (q.items[2].options[0].level = 2))).toEqual([
      {
        path: 'items[2].options',
        message: 'the best answer should show the target level 3, not 2',
      },
    ]);
  });

  it('refuses a path that names an item that does not exist', () => {
    expect(problemsOf((q) => q.paths.complete.items.push('ghost'))).toEqual([
      { path: 'paths.complete.items[3]', message: 'no item has the id "ghost"' },
    ]);
  });

  it('refuses an item asked twice in a path', () => {
    expect(problemsOf((q) => q.paths.complete.items.push('chat-self'))).toEqual([
      {
        path: 'paths.complete.items[3]',
        message: '"chat-self" is already used at paths.complete.items[1]',
      },
    ]);
  });

  it('refuses an item that no path asks', () => {
    expect(problemsOf((q) => q.paths.complete.items.pop())).toEqual([
      { path: 'items[2]', message: 'item "chat-voice" is not in the complete path' },
    ]);
  });

  it('refuses a short path that leaves a competency out', () => {
    const problems = problemsOf((q) => {
      q.status = 'draft';
      q.areas[0].competencies.push({ ...q.areas[0].competencies[0], id: 'spot-other' });
      q.items.push({ ...q.items[0], id: 'other-self', competency: 'spot-other' });
      q.paths.complete.items.push('other-self');
    });
    expect(problems).toEqual([
      {
        path: 'paths.short.items',
        message: 'the short path asks nothing about competency "spot-other"',
      },
    ]);
  });
});

describe('what publishing requires', () => {
  it('the three languages', () => {
    expect(problemsOf((q) => (q.languages = ['fr', 'fr-x-falc']))).toEqual([
      {
        path: 'languages',
        message: 'a published questionnaire is written in fr, fr-x-falc, en (missing en)',
      },
    ]);
  });

  it('a descriptor for each level of each competency', () => {
    expect(problemsOf((q) => delete q.areas[0].competencies[0].levels)).toEqual([
      {
        path: 'areas[0].competencies[0].levels',
        message: 'missing: describe each of the 4 levels',
      },
    ]);
  });

  it('at least one self-declaration and two situations per competency', () => {
    const problems = problemsOf((q) => {
      q.items = q.items.filter((item: Json) => item.id === 'chat-night');
      q.paths.complete.items = ['chat-night'];
    });
    expect(problems).toEqual([
      {
        path: 'areas[0].competencies[0]',
        message: 'needs at least 1 self-declaration item (found 0)',
      },
      { path: 'areas[0].competencies[0]', message: 'needs at least 2 situation items (found 1)' },
    ]);
  });

  it('a complete path that starts with the short path, so nothing is asked twice', () => {
    expect(
      problemsOf((q) => (q.paths.complete.items = ['chat-self', 'chat-night', 'chat-voice'])),
    ).toEqual([
      {
        path: 'paths.complete.items',
        message: 'start the complete path with the items of the short path, in the same order',
      },
    ]);
  });

  it('a recommendation for each level', () => {
    expect(problemsOf((q) => q.areas[0].competencies[0].recommendations.pop())).toEqual([
      {
        path: 'areas[0].competencies[0].recommendations',
        message: 'give at least one recommendation for level 4',
      },
    ]);
  });

  it('none of it for a draft', () => {
    const problems = problemsOf((q) => {
      q.status = 'draft';
      delete q.areas[0].competencies[0].levels;
      q.areas[0].competencies[0].recommendations = [];
    });
    expect(problems).toEqual([]);
  });
});
