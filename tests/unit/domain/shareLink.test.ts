import { describe, expect, it } from 'vitest';
import { DONT_KNOW, DONT_UNDERSTAND } from '../../../src/domain/answers';
import {
  decodeSharedResults,
  encodeSharedResults,
  readSharedHead,
} from '../../../src/domain/shareLink';
import { answerEvery, bestAnswer, gridQuestionnaire } from '../helpers/grid';

const grid = gridQuestionnaire();

describe('shared links', () => {
  it('pack a complete path into a short link and unpack the same answers', () => {
    const answers = answerEvery(grid, (item, i) =>
      i % 7 === 0
        ? DONT_UNDERSTAND
        : i % 5 === 0 && item.kind === 'situation'
          ? DONT_KNOW
          : bestAnswer(item),
    );
    const payload = encodeSharedResults(grid, {
      questionnaireId: grid.id,
      questionnaireVersion: grid.version,
      pathId: 'complete',
      day: '20261128',
      answers,
    });
    expect(payload.length).toBeLessThan(140);
    const decoded = decodeSharedResults(grid, payload);
    expect(decoded.ok && decoded.results.answers).toEqual(answers);
    expect(decoded.ok && decoded.results.pathId).toBe('complete');
  });

  it('name the questionnaire version to load before reading the answers', () => {
    const payload = encodeSharedResults(grid, {
      questionnaireId: grid.id,
      questionnaireVersion: grid.version,
      pathId: 'short',
      day: '20261128',
      answers: new Map(),
    });
    expect(readSharedHead(payload)).toEqual({
      ok: true,
      questionnaireId: 'reperes-ia',
      questionnaireVersion: '1.0.0',
    });
  });

  it('refuse a damaged link and a forged one', () => {
    const payload = encodeSharedResults(grid, {
      questionnaireId: grid.id,
      questionnaireVersion: grid.version,
      pathId: 'short',
      day: '20261128',
      answers: new Map([[grid.paths.short.items[0]!, 'x']]),
    });
    const damaged = payload.slice(0, 40) + (payload[40] === 'a' ? 'b' : 'a') + payload.slice(41);
    expect(decodeSharedResults(grid, damaged)).toEqual({ ok: false, reason: 'damaged' });
    expect(decodeSharedResults(grid, payload.slice(0, -3))).toEqual({
      ok: false,
      reason: 'damaged',
    });
    expect(readSharedHead('<script>alert(1)</script>')).toEqual({ ok: false, reason: 'damaged' });
  });
});
