// @vitest-environment node
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  formatProblems,
  readJsonFile,
  sha256,
  validateQuestionnaires,
} from '../../../scripts/questionnaire-files';
import { EXAMPLE_FILE, ROOT } from '../helpers/questionnaire';

const INVALID = join(ROOT, 'tests/fixtures/questionnaires/invalid');
const roots: string[] = [];

/** A project folder with the example as questionnaires/exemple/1.0.0.json, optionally locked. */
function projectWithExample(options: { locked: boolean }) {
  const root = mkdtempSync(join(tmpdir(), 'reperes-validate-'));
  roots.push(root);
  mkdirSync(join(root, 'questionnaires/exemple'), { recursive: true });
  const file = 'questionnaires/exemple/1.0.0.json';
  copyFileSync(join(ROOT, EXAMPLE_FILE), join(root, file));
  if (options.locked) {
    const versions = { 'exemple@1.0.0': sha256(readFileSync(join(root, file))) };
    writeFileSync(join(root, 'questionnaires/published.lock.json'), JSON.stringify({ versions }));
  }
  return { root, file };
}

afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('reading a file', () => {
  it.each([
    ['empty.json', 'the file is empty'],
    ['bom.json', 'the file starts with a byte-order mark (BOM): save it as UTF-8 without BOM'],
    ['truncated.json', /^the file ends too early, it looks cut off \(/],
    ['not-json.json', /^not valid JSON \(/],
  ])('%s gets one plain sentence', (name, expected) => {
    const { problem } = readJsonFile(join(INVALID, name));
    if (typeof expected === 'string') expect(problem).toBe(expected);
    else expect(problem).toMatch(expected);
  });

  it('refuses a file over 2 MB without reading it as JSON', () => {
    const { root } = projectWithExample({ locked: false });
    const big = join(root, 'big.json');
    writeFileSync(big, `"${'a'.repeat(2 * 1024 * 1024 + 10)}"`);
    expect(readJsonFile(big).problem).toBe('the file is 2.0 MB; the limit is 2 MB');
  });
});

describe('published means frozen', () => {
  it('accepts a published version recorded in the lock file', () => {
    const { root } = projectWithExample({ locked: true });
    expect(formatProblems(validateQuestionnaires(root))).toEqual([]);
  });

  it('asks to record a published version that is not locked yet', () => {
    const { root } = projectWithExample({ locked: false });
    expect(formatProblems(validateQuestionnaires(root))).toEqual([
      'questionnaires/exemple/1.0.0.json: status: published but not recorded in questionnaires/published.lock.json: run "npm run questionnaire:publish -- questionnaires/exemple/1.0.0.json"',
    ]);
  });

  it('fails when one character of a published file changes, and says to publish a new version', () => {
    const { root, file } = projectWithExample({ locked: true });
    const path = join(root, file);
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('Un petit questionnaire', 'Un petit questionnairE'),
    );
    expect(formatProblems(validateQuestionnaires(root))).toEqual([
      'questionnaires/exemple/1.0.0.json: exemple@1.0.0 was published and has been edited since; a published version never changes: publish a new version (e.g. 1.0.1) instead',
    ]);
  });

  it('fails when a published file is deleted', () => {
    const { root, file } = projectWithExample({ locked: true });
    rmSync(join(root, file));
    expect(formatProblems(validateQuestionnaires(root))).toEqual([
      'questionnaires/exemple/1.0.0.json: exemple@1.0.0 was published and has been deleted; published versions stay so that old results reopen: restore it, and publish a new version for any change',
    ]);
  });
});

describe('files on disk', () => {
  it('must be named after their id and version', () => {
    const { root, file } = projectWithExample({ locked: false });
    const q = JSON.parse(readFileSync(join(root, file), 'utf8'));
    q.status = 'draft';
    q.version = '1.1.0';
    writeFileSync(join(root, file), JSON.stringify(q));
    expect(formatProblems(validateQuestionnaires(root))).toEqual([
      'questionnaires/exemple/1.0.0.json: id: the file should be named questionnaires/exemple/1.1.0.json after its id and version',
    ]);
  });

  it('must ship the pictures they show', () => {
    const { root, file } = projectWithExample({ locked: false });
    const q = JSON.parse(readFileSync(join(root, file), 'utf8'));
    q.status = 'draft';
    q.items[0].image = {
      src: 'media/chat.webp',
      alt: { fr: 'Une fenêtre de discussion', 'fr-x-falc': 'Une fenêtre', en: 'A chat window' },
    };
    writeFileSync(join(root, file), JSON.stringify(q));
    expect(formatProblems(validateQuestionnaires(root))).toEqual([
      'questionnaires/exemple/1.0.0.json: items[0].image.src: no picture at media/chat.webp',
    ]);
    mkdirSync(join(root, 'questionnaires/exemple/media'));
    writeFileSync(join(root, 'questionnaires/exemple/media/chat.webp'), 'x');
    expect(formatProblems(validateQuestionnaires(root))).toEqual([]);
  });
});
