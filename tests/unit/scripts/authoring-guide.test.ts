// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../../src/domain/validate';
import { EXAMPLE_FILE, ROOT } from '../helpers/questionnaire';

describe('docs/authoring.md', () => {
  const guide = readFileSync(join(ROOT, 'docs/authoring.md'), 'utf8');
  const example = /```json\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';

  it('shows the example questionnaire exactly as the tests use it', () => {
    expect(example).toBe(readFileSync(join(ROOT, EXAMPLE_FILE), 'utf8'));
  });

  it('shows an example that is valid', () => {
    const result = parseQuestionnaire(JSON.parse(example));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
