import { describe, expect, it } from 'vitest';
import { parsePastedThread } from '../../lib/playground/paste';

describe('parsePastedThread', () => {
  it('reads "Name (@handle): message" lines and detects the brand from mentions', () => {
    const result = parsePastedThread(
      [
        'Marloes van Dijk (@marloes_vd): Trein weer uitgevallen @SpoorLinq',
        '@SpoorLinq: Balen Marloes! De 7:57 rijdt wel.',
        'Marloes van Dijk (@marloes_vd): Goed bezig jongens! 👏',
      ].join('\n'),
      { platform: 'x' },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const thread = result.value;
    expect(thread.brand?.handles).toEqual(['@SpoorLinq']);
    expect(thread.posts.map((p) => [p.id, p.author, p.handle, p.isBrand])).toEqual([
      ['p1', 'Marloes van Dijk', '@marloes_vd', false],
      ['p2', 'SpoorLinq', '@SpoorLinq', true],
      ['p3', 'Marloes van Dijk', '@marloes_vd', false],
    ]);
    expect(thread.posts[1]?.text).toBe('Balen Marloes! De 7:57 rijdt wel.');
  });

  it('uses the brand given and names without handles (Facebook pages)', () => {
    const result = parsePastedThread('Sandra de Groot: Mijn rekening klopt niet\nVoltra Energie: Hoi Sandra!', {
      platform: 'facebook',
      brand: { name: 'Voltra Energie', handles: [], voice: 'informal' },
    });
    expect(result.ok && result.value.posts.map((p) => p.isBrand)).toEqual([false, true]);
  });

  it('honours an explicit [brand] / [merk] marker', () => {
    const result = parsePastedThread('Klant: Waar blijft mijn pakket?\nPakketPost [merk]: We zoeken het uit.', {
      platform: 'facebook',
    });
    expect(result.ok && result.value.posts.map((p) => [p.author, p.isBrand])).toEqual([
      ['Klant', false],
      ['PakketPost', true],
    ]);
    expect(result.ok && result.value.brand?.name).toBe('PakketPost');
  });

  it('joins continuation lines and paragraphs with a single newline', () => {
    const result = parsePastedThread('Anna: Eerste regel\ntweede regel\n\nnieuwe alinea om 10:30 https://x.com/a', {
      platform: 'x',
    });
    expect(result.ok && result.value.posts).toHaveLength(1);
    expect(result.ok && result.value.posts[0]?.text).toBe(
      'Eerste regel\ntweede regel\nnieuwe alinea om 10:30 https://x.com/a',
    );
  });

  it('treats a message on the next line as the post text', () => {
    const result = parsePastedThread('Anna:\nHallo daar', { platform: 'x' });
    expect(result.ok && result.value.posts[0]?.text).toBe('Hallo daar');
  });

  it('gives a line number when the text does not start with a post', () => {
    const result = parsePastedThread('\nzomaar wat tekst\nAnna: hoi', { platform: 'x' });
    expect(result).toEqual({ ok: false, error: expect.stringContaining('line 2') });
  });

  it('rejects empty input and posts without a message', () => {
    expect(parsePastedThread('   \n', { platform: 'x' }).ok).toBe(false);
    const empty = parsePastedThread('Anna: hoi\nBob:', { platform: 'x' });
    expect(empty).toEqual({ ok: false, error: expect.stringContaining('post 2 (Bob)') });
  });

  it('does not take clock times or long sentences for authors', () => {
    const result = parsePastedThread(
      'Anna: De trein van\n10:30: viel uit\nen toen zei de conducteur iets heel raars: pech',
      {
        platform: 'x',
      },
    );
    expect(result.ok && result.value.posts).toHaveLength(1);
  });
});
