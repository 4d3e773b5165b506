import { describe, expect, it } from 'vitest';
import { parseExportFile } from '../../../src/domain/exchange';

const knows = (id: string, version: string) => id === 'reperes-ia' && version === '1.0.0';
const valid = {
  format: 'reperes-ia-export',
  version: 1,
  exportedAt: 1,
  profiles: [
    {
      id: 'p1',
      name: 'Sam',
      createdAt: 1,
      attempts: [
        {
          id: 'a1',
          questionnaireId: 'reperes-ia',
          questionnaireVersion: '1.0.0',
          pathId: 'short',
          startedAt: 1,
          updatedAt: 2,
          finishedAt: 2,
          answers: [{ itemId: 'spot-data-old-choices', value: 'a', answeredAt: 2 }],
        },
      ],
    },
  ],
};

describe('parseExportFile', () => {
  it('accepts a valid export file', () => {
    expect(parseExportFile(JSON.stringify(valid), knows).ok).toBe(true);
  });

  it.each([
    ['an empty file', '', 'empty'],
    ['a file that is not JSON', '{ nope', 'not-json'],
    ['another JSON file', '{"name": "x"}', 'not-an-export'],
    ['a file from a newer version', JSON.stringify({ ...valid, version: 2 }), 'newer-version'],
    ['an unknown field', JSON.stringify({ ...valid, extra: 1 }), 'invalid'],
    [
      'a prototype-pollution attempt',
      JSON.stringify(valid).replace(
        '"exportedAt":1',
        '"exportedAt":1,"__proto__":{"polluted":true}',
      ),
      'invalid',
    ],
    [
      'an answer that is not an answer',
      JSON.stringify(valid).replace('"value":"a"', '"value":"<img src=x onerror=alert(1)>"'),
      'invalid',
    ],
    [
      'an unknown questionnaire version',
      JSON.stringify(valid).replace('"1.0.0"', '"9.9.9"'),
      'unknown-questionnaire',
    ],
    ['a file too big to be one', ' '.repeat(5 * 1024 * 1024 + 1), 'too-big'],
  ])('refuses %s', (_name, text, reason) => {
    const result = parseExportFile(text, knows);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe(reason);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
