import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../lib/playground/segments';

describe('segmentText', () => {
  it('cuts overlapping spans so each piece knows every finding over it', () => {
    const segments = segmentText('Wat vervelend voor je!', [
      { start: 0, end: 13 },
      { start: 4, end: 22 },
    ]);
    expect(segments.map((s) => `${s.text}|${s.covering.join(',')}`)).toEqual([
      'Wat |0',
      'vervelend|0,1',
      ' voor je!|1',
    ]);
  });

  it('clips spans outside the text and ignores empty ones', () => {
    expect(
      segmentText('abc', [
        { start: 2, end: 99 },
        { start: 1, end: 1 },
      ]).map((s) => [s.text, s.covering]),
    ).toEqual([
      ['ab', []],
      ['c', [0]],
    ]);
    expect(segmentText('', [{ start: 0, end: 3 }])).toEqual([]);
  });

  it('always rebuilds the text exactly, with pieces in order', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.record({ start: fc.integer({ min: -5, max: 50 }), end: fc.integer({ min: -5, max: 50 }) })),
        (text, spans) => {
          const segments = segmentText(text, spans);
          expect(segments.map((s) => s.text).join('')).toBe(text);
          for (const s of segments) expect(s.end).toBeGreaterThan(s.start);
        },
      ),
    );
  });
});
