import { describe, expect, it } from 'vitest';
import { readSelection } from '../../lib/sites/selection';
import { threadSchema } from '../../lib/thread/schema';

describe('readSelection', () => {
  it('turns a selection into a one-post web thread', () => {
    const result = readSelection({
      text: '  Al drie dagen geen internet van KlikTel.\n\n\nNiemand neemt op.  ',
      url: 'https://forum.example/t/kliktel-storing/881',
      title: 'KlikTel storing? - Forum',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        version: 1,
        platform: 'web',
        url: 'https://forum.example/t/kliktel-storing/881',
        posts: [
          {
            id: 'selection',
            author: 'KlikTel storing? - Forum',
            isBrand: false,
            text: 'Al drie dagen geen internet van KlikTel.\nNiemand neemt op.',
          },
        ],
        targetId: 'selection',
      },
    });
    if (result.ok) expect(threadSchema.parse(result.value)).toEqual(result.value);
  });

  it('names the author when known, else the host', () => {
    const named = readSelection({ text: 'x', url: 'https://a.example/p', author: 'Mieke' });
    expect(named.ok && named.value.posts[0]?.author).toBe('Mieke');
    const host = readSelection({ text: 'x', url: 'https://a.example/p' });
    expect(host.ok && host.value.posts[0]?.author).toBe('a.example');
  });

  it('refuses an empty selection', () => {
    expect(readSelection({ text: ' \n\u200b ', url: 'https://a.example/' })).toEqual({
      ok: false,
      reason: 'Nothing is selected: select the text you want to answer first.',
    });
  });
});
