import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashContinue, hashString } from '../../lib/analysis/text';

describe('hashString / hashContinue', () => {
  it('continuing from a prefix hash equals hashing the joined string', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.nat(), fc.nat(), (prefix, text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.max(start, Math.max(a, b) % (text.length + 1));
        expect(hashContinue(hashString(prefix), text, start, end)).toBe(hashString(prefix + text.slice(start, end)));
      }),
    );
  });

  it('keeps the FNV-1a values the shipped weights were hashed with', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
  });
});
