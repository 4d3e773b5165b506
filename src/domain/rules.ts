import { PUBLISHED_LANGUAGES } from './languages';
import type { Problem } from './problems';
import type { Questionnaire, SituationItem } from './questionnaire';

/** The rules beyond shape: ids, references, answers, paths, and what publishing requires. */
export function crossReferenceProblems(q: Questionnaire): Problem[] {
  return [
    ...idProblems(q),
    ...orderProblems(q),
    ...q.items.flatMap((item, i) =>
      item.kind === 'situation' ? situationProblems(item, `items[${i}]`) : [],
    ),
    ...pathProblems(q),
    ...(q.status === 'published' ? publishedProblems(q) : []),
  ];
}

function idProblems(q: Questionnaire): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const claim = (id: string, path: string) => {
    const first = seen.get(id);
    if (first) problems.push({ path, message: `id "${id}" is already used at ${first}` });
    else seen.set(id, path);
  };
  const competencies = new Set<string>();
  q.areas.forEach((area, a) => {
    claim(area.id, `areas[${a}].id`);
    area.competencies.forEach((c, i) => {
      claim(c.id, `areas[${a}].competencies[${i}].id`);
      competencies.add(c.id);
    });
  });
  q.items.forEach((item, i) => {
    claim(item.id, `items[${i}].id`);
    if (!competencies.has(item.competency)) {
      problems.push({
        path: `items[${i}].competency`,
        message: `no competency has the id "${item.competency}"`,
      });
    }
    if (item.kind === 'situation') {
      problems.push(
        ...duplicates(
          item.options.map((o) => o.id),
          `items[${i}].options`,
          'id',
        ),
      );
    }
  });
  problems.push(
    ...duplicates(
      q.selfScale.map((o) => o.id),
      'selfScale',
      'id',
    ),
  );
  return problems;
}

function duplicates(ids: readonly string[], path: string, field: string): Problem[] {
  return ids.flatMap((id, i) =>
    ids.indexOf(id) < i
      ? [
          {
            path: `${path}[${i}].${field}`,
            message: `"${id}" is already used at ${path}[${ids.indexOf(id)}]`,
          },
        ]
      : [],
  );
}

function orderProblems(q: Questionnaire): Problem[] {
  const problems: Problem[] = [];
  q.levels.forEach((level, i) => {
    if (level.level !== i + 1)
      problems.push({ path: `levels[${i}].level`, message: `should be ${i + 1}` });
  });
  q.selfScale.forEach((option, i) => {
    if (option.level !== i + 1) {
      problems.push({ path: `selfScale[${i}].level`, message: `should be ${i + 1}` });
    }
  });
  return problems;
}

/** A situation has exactly one best answer, or an explicit level on every answer. */
function situationProblems(item: SituationItem, path: string): Problem[] {
  const flagged = item.options.filter((o) => o.correct !== undefined).length;
  const scored = item.options.filter((o) => o.level !== undefined).length;
  const all = item.options.length;
  if (flagged === all && scored === 0) {
    return item.options.filter((o) => o.correct).length === 1
      ? []
      : [{ path: `${path}.options`, message: 'mark exactly one answer as correct' }];
  }
  if (scored === all && flagged === 0) {
    const best = Math.max(...item.options.map((o) => o.level ?? 0));
    return best === item.targetLevel
      ? []
      : [
          {
            path: `${path}.options`,
            message: `the best answer should show the target level ${item.targetLevel}, not ${best}`,
          },
        ];
  }
  return [
    {
      path: `${path}.options`,
      message: 'give every answer either "correct" or "level", the same way for all answers',
    },
  ];
}

function pathProblems(q: Questionnaire): Problem[] {
  const problems: Problem[] = [];
  const items = new Map(q.items.map((item) => [item.id, item]));
  for (const pathId of ['short', 'complete'] as const) {
    const ids = q.paths[pathId].items;
    ids.forEach((id, i) => {
      if (!items.has(id)) {
        problems.push({
          path: `paths.${pathId}.items[${i}]`,
          message: `no item has the id "${id}"`,
        });
      }
    });
    problems.push(...duplicates(ids, `paths.${pathId}.items`, '').map(trimDot));
  }
  const shortCompetencies = new Set(q.paths.short.items.map((id) => items.get(id)?.competency));
  for (const competency of q.areas.flatMap((a) => a.competencies)) {
    if (!shortCompetencies.has(competency.id)) {
      problems.push({
        path: 'paths.short.items',
        message: `the short path asks nothing about competency "${competency.id}"`,
      });
    }
  }
  const complete = new Set(q.paths.complete.items);
  q.items.forEach((item, i) => {
    if (!complete.has(item.id)) {
      problems.push({
        path: `items[${i}]`,
        message: `item "${item.id}" is not in the complete path`,
      });
    }
  });
  return problems;
}

function trimDot(problem: Problem): Problem {
  return { ...problem, path: problem.path.replace(/\.$/, '') };
}

/** What a published questionnaire needs on top of a draft. */
function publishedProblems(q: Questionnaire): Problem[] {
  const problems: Problem[] = [];
  const missing = PUBLISHED_LANGUAGES.filter((tag) => !q.languages.includes(tag));
  if (missing.length > 0) {
    problems.push({
      path: 'languages',
      message: `a published questionnaire is written in ${PUBLISHED_LANGUAGES.join(', ')} (missing ${missing.join(', ')})`,
    });
  }
  // A person who did the short path goes on with the complete one where it left off.
  const short = q.paths.short.items;
  if (q.paths.complete.items.slice(0, short.length).join(' ') !== short.join(' ')) {
    problems.push({
      path: 'paths.complete.items',
      message: 'start the complete path with the items of the short path, in the same order',
    });
  }
  q.areas.forEach((area, a) =>
    area.competencies.forEach((competency, c) => {
      const path = `areas[${a}].competencies[${c}]`;
      if (!competency.levels) {
        problems.push({
          path: `${path}.levels`,
          message: 'missing: describe each of the 4 levels',
        });
      }
      const kinds = q.items.filter((item) => item.competency === competency.id);
      const self = kinds.filter((item) => item.kind === 'self').length;
      const situations = kinds.length - self;
      if (self < 1) {
        problems.push({ path, message: `needs at least 1 self-declaration item (found ${self})` });
      }
      if (situations < 2) {
        problems.push({ path, message: `needs at least 2 situation items (found ${situations})` });
      }
      for (const level of [1, 2, 3, 4]) {
        if (!competency.recommendations.some((r) => r.level === level)) {
          problems.push({
            path: `${path}.recommendations`,
            message: `give at least one recommendation for level ${level}`,
          });
        }
      }
    }),
  );
  return problems;
}
