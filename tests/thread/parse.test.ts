import { describe, expect, it } from 'vitest';
import { parseThreadText } from '../../lib/thread/parse';

const valid = {
  version: 1,
  platform: 'x',
  posts: [
    { id: 'p1', author: 'Annelies', handle: '@annelies', text: 'Trein weer 20 min te laat' },
    { id: 'p2', author: 'SpoorLinq', handle: '@SpoorLinq', isBrand: true, text: 'Vervelend!', parentId: 'p1' },
  ],
};

describe('parseThreadText', () => {
  it('accepts a valid thread and fills defaults', () => {
    const result = parseThreadText(JSON.stringify(valid));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.posts[0]?.isBrand).toBe(false);
  });

  it('names an unknown field and its line', () => {
    const text = JSON.stringify({ ...valid, posts: [{ ...valid.posts[0], colour: 'red' }] }, null, 2);
    const result = parseThreadText(text, 'a.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^a\.json:\d+: posts\[0\]\.colour: unknown field/);
  });

  it('rejects broken JSON with a clear message', () => {
    const result = parseThreadText('{"version": 1,', 'b.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^b\.json: not valid JSON/);
  });

  it('rejects a targetId that names no post and duplicate ids', () => {
    const text = JSON.stringify({ ...valid, targetId: 'nope', posts: [valid.posts[0], valid.posts[0]] });
    const result = parseThreadText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain('targetId: no post has id "nope"');
      expect(result.error).toContain('duplicate post id "p1"');
    }
  });
});

describe('line numbers', () => {
  it('points at the offending post, not the first key of that name', () => {
    const text = JSON.stringify(
      { ...valid, posts: [valid.posts[0], { ...valid.posts[1], time: 'yesterday' }] },
      null,
      2,
    );
    const result = parseThreadText(text, 'c.json');
    expect(result.ok).toBe(false);
    const expectedLine = text.split('\n').findIndex((line) => line.includes('"yesterday"')) + 1;
    if (!result.ok) expect(result.error).toContain(`c.json:${expectedLine}: posts[1].time:`);
  });
});
