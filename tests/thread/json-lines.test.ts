import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonPaths } from '../../lib/thread/json-lines';

describe('locateJsonPaths', () => {
  it('finds nested keys and array items', () => {
    const text = '{\n  "a": 1,\n  "b": [\n    {"c": "x"},\n    {"c": "y\\"z"}\n  ]\n}';
    const lines = locateJsonPaths(text);
    expect(lines.get('a')).toBe(2);
    expect(lines.get('b[0].c')).toBe(4);
    expect(lines.get('b[1].c')).toBe(5);
  });

  it('locates every key of any pretty-printed JSON object on the line it is written', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), fc.jsonValue()), (value) => {
        const text = JSON.stringify(value, null, 2);
        const lines = locateJsonPaths(text);
        const textLines = text.split('\n');
        for (const key of Object.keys(value)) {
          const line = lines.get(key);
          expect(line).toBeDefined();
          expect(textLines[(line ?? 0) - 1]?.trimStart().startsWith(JSON.stringify(key) + ':')).toBe(true);
        }
      }),
    );
  });
});
