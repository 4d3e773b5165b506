// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionnaireJsonSchema } from '../../../scripts/json-schema';
import { EXAMPLE_FILE, ROOT } from '../helpers/questionnaire';

function validate(...args: string[]) {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/validate.ts', ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return {
    code: run.status,
    lines: run.stdout.trim().split('\n'),
    stdout: run.stdout,
    stderr: run.stderr,
  };
}

describe('npm run validate', () => {
  it('passes on every questionnaire of the repository', () => {
    const run = validate();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.lines.at(-1)).toMatch(/^\d+ file\(s\) checked: (\d+) valid, 0 with problems/);
  });

  it('fails on each broken file with one line per problem: file, JSON path, message', () => {
    const dir = 'tests/fixtures/questionnaires/invalid';
    const run = validate(
      `${dir}/empty.json`,
      `${dir}/bom.json`,
      `${dir}/missing-english.json`,
      `${dir}/broken-reference.json`,
    );
    expect(run.code).toBe(1);
    expect(run.lines.slice(0, -1)).toEqual([
      `${dir}/empty.json: the file is empty`,
      `${dir}/bom.json: the file starts with a byte-order mark (BOM): save it as UTF-8 without BOM`,
      `${dir}/missing-english.json: items[1].options[0].label.en: missing English text`,
      `${dir}/broken-reference.json: items[2].competency: no competency has the id "nowhere"`,
      `${dir}/broken-reference.json: areas[0].competencies[0]: needs at least 2 situation items (found 1)`,
    ]);
    expect(run.stdout).not.toMatch(/at .*\.ts:\d+/); // never a stack trace
  });

  it('prints a machine-readable summary with --json', () => {
    const run = validate('--json', EXAMPLE_FILE);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        file: EXAMPLE_FILE,
        valid: true,
        problems: [],
        id: 'exemple',
        version: '1.0.0',
        status: 'published',
        languages: ['fr', 'fr-x-falc', 'en'],
        areas: 1,
        competencies: 1,
        items: { self: 1, situation: 2 },
        byCompetency: { 'spot-chat': { self: 1, situation: 2 } },
      },
    ]);
  });
});

describe('the JSON Schema for editors', () => {
  it('is up to date with the zod schema (run "npm run schema" after changing it)', () => {
    const onDisk = readFileSync(join(ROOT, 'questionnaires/questionnaire.schema.json'), 'utf8');
    expect(onDisk).toBe(questionnaireJsonSchema());
  });
});
