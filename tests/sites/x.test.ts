// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { countSelectors } from '../../lib/sites/query';
import { ownHandle, selectors, statusIdFromUrl, xAdapter } from '../../lib/sites/x';
import { threadSchema } from '../../lib/thread/schema';
import { fixturePages, parsePage } from './fixture-pages';

const pages = fixturePages('x');

describe('x adapter on fixture pages', () => {
  it('has the synthetic and the real fixtures', () => {
    expect(pages.map((page) => page.name)).toEqual([
      'changed-markup',
      'kliktel-quote-en',
      'rivierbank-photo-nl',
      'spoorlinq-storing-nl',
      'x-tweet-quote-video',
      'x-tweet-quote',
      'x-tweet-sample',
    ]);
  });

  it.each(pages.map((page) => [page.name, page] as const))('%s reads to its golden', (_name, page) => {
    const result = xAdapter.readThread(parsePage(page.html), page.url, page.brand);
    if (page.golden.ok) {
      expect(result).toEqual({ ok: true, value: page.golden.thread });
      if (result.ok) expect(threadSchema.safeParse(result.value).success).toBe(true);
    } else {
      expect(result).toEqual({ ok: false, reason: page.golden.reason });
    }
  });

  // How many nodes each selector (each fallback in order) finds: a site change shows up here first.
  const counts: Record<string, Partial<Record<keyof typeof selectors, number[]>>> = {
    'spoorlinq-storing-nl': {
      conversation: [1, 0],
      cell: [17],
      post: [14],
      article: [15],

      quoted: [0],
      connectorLine: [13, 0],
      heading: [1, 2],
      composer: [1, 1],
      composerModal: [0, 0],
    },
    'kliktel-quote-en': {
      conversation: [1, 1],
      cell: [10],
      post: [7],
      article: [7],

      userName: [8],
      quoted: [1],
      connectorLine: [4, 0],
      heading: [1, 2],
      composer: [1, 1],
      composerModal: [0, 0],
    },
    'rivierbank-photo-nl': {
      conversation: [1, 0],
      cell: [7],
      post: [6],
      article: [7],

      quoted: [0],
      connectorLine: [6, 0],
      composer: [2, 2],
      composerModal: [1, 1],
    },
    'changed-markup': { conversation: [1, 0], cell: [0], post: [0], article: [15], text: [0], composer: [1, 1] },
    // The link card in x-tweet-sample is a role=link box too; only one holding a User-Name is a quoted post.
    'x-tweet-sample': {
      conversation: [0, 0],
      cell: [0],
      post: [1],
      article: [1],

      quoted: [1],
      userName: [1],
      composer: [0, 0],
    },
    'x-tweet-quote': {
      conversation: [0, 0],
      cell: [1],
      post: [1],
      article: [1],

      quoted: [1],
      userName: [2],
      text: [2],
    },
    'x-tweet-quote-video': {
      conversation: [0, 0],
      cell: [1],
      post: [1],
      article: [1],

      quoted: [1],
      userName: [2],
      text: [2],
    },
  };
  it.each(Object.entries(counts))('selector counts on %s', (name, expected) => {
    const page = pages.find((candidate) => candidate.name === name);
    if (!page) throw new Error(`no fixture ${name}`);
    const actual = countSelectors(parsePage(page.html), selectors);
    expect(Object.fromEntries(Object.keys(expected).map((key) => [key, actual[key]]))).toEqual(expected);
  });
});

describe('x connector line', () => {
  const page = pages.find((candidate) => candidate.name === 'spoorlinq-storing-nl');
  if (!page?.golden.ok) throw new Error('missing fixture');
  const golden = page.golden.thread;

  it('is found by computed width when the page styles it with classes, as live X does', () => {
    const html = page.html
      .replaceAll(' style="width: 2px;"', '')
      .replace('</head>', '<style>.r-1bnu78o { width: 2px; }</style></head>');
    expect(html).not.toContain('width: 2px;"');
    expect(xAdapter.readThread(parsePage(html), page.url, page.brand)).toEqual({ ok: true, value: golden });
  });

  it('without any line, replies below the focused post all answer it', () => {
    const html = page.html.replaceAll(' style="width: 2px;"', '');
    const result = xAdapter.readThread(parsePage(html), page.url, page.brand);
    const focusedIndex = golden.posts.findIndex((post) => post.id === golden.targetId);
    expect(
      result.ok && result.value.posts.slice(focusedIndex + 1).every((post) => post.parentId === golden.targetId),
    ).toBe(true);
  });
});

describe('x adapter failures are values', () => {
  const sample = pages.find((page) => page.name === 'spoorlinq-storing-nl');
  if (!sample) throw new Error('missing fixture');

  it('refuses a page that is not a status page', () => {
    const result = xAdapter.readThread(parsePage(sample.html), new URL('https://x.com/home'));
    expect(result).toEqual({ ok: false, reason: 'This is not an X post page: the address has no /status/<id>.' });
  });

  it('says so when the list is missing', () => {
    const result = xAdapter.readThread(parsePage('<main></main>'), sample.url);
    expect(result).toEqual({ ok: false, reason: 'No conversation list found: X may have changed its page.' });
  });

  it('says so when the addressed post has not rendered yet', () => {
    const result = xAdapter.readThread(parsePage(sample.html), new URL('https://x.com/anouk_reist/status/1'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/The post 1 is not on this page/);
  });

  it('turns a throwing DOM into a failure', () => {
    const hostile = {
      querySelector: () => {
        throw new Error('boom');
      },
      querySelectorAll: () => {
        throw new Error('boom');
      },
    } as unknown as ParentNode;
    expect(xAdapter.readThread(hostile, sample.url)).toEqual({
      ok: false,
      reason: 'Could not read this X page (boom)',
    });
  });
});

describe('x status addresses', () => {
  it.each([
    ['https://x.com/anouk_reist/status/2123687286666166274', '2123687286666166274'],
    ['https://twitter.com/dan_m_writes/status/42?s=20', '42'],
    ['https://x.com/i/web/status/77', '77'],
    ['https://x.com/kees_janssen/status/99/photo/1', '99'],
    ['https://x.com/kees_janssen/status/99/analytics', '99'],
    ['https://mobile.x.com/a/status/5', '5'],
    ['https://x.com/home', undefined],
    ['https://x.com/SpoorLinq', undefined],
    ['https://example.com/a/status/5', undefined],
  ])('%s → %s', (url, id) => {
    expect(statusIdFromUrl(new URL(url))).toBe(id);
    expect(xAdapter.isThreadPage(new URL(url))).toBe(id !== undefined);
  });
});

describe('x findComposer', () => {
  const byName = (name: string) => {
    const page = pages.find((candidate) => candidate.name === name);
    if (!page) throw new Error(`no fixture ${name}`);
    return parsePage(page.html);
  };

  it('finds the inline Draft.js box (the testid sits on the contenteditable)', () => {
    const composer = xAdapter.findComposer(byName('spoorlinq-storing-nl'));
    expect(composer?.getAttribute('data-testid')).toBe('tweetTextarea_0');
    expect(composer?.getAttribute('contenteditable')).toBe('true');
    expect(composer?.closest('[data-testid="inline_reply_offscreen"]')).not.toBeNull();
  });

  it('prefers the reply modal when it is open', () => {
    const composer = xAdapter.findComposer(byName('rivierbank-photo-nl'));
    expect(composer?.closest('[aria-labelledby="modal-header"]')).not.toBeNull();
    expect(composer?.classList.contains('public-DraftEditor-content')).toBe(true);
  });

  it('returns null on a page without a composer', () => {
    expect(xAdapter.findComposer(byName('x-tweet-sample'))).toBeNull();
  });
});

describe('x ownHandle', () => {
  it('reads the signed-in handle from the profile tab, or the account switcher avatar', () => {
    const page = pages.find((candidate) => candidate.name === 'kliktel-quote-en');
    if (!page) throw new Error('missing fixture');
    expect(ownHandle(parsePage(page.html))).toBe('@KlikTelCare');
    const switcher = parsePage(
      '<div data-testid="SideNav_AccountSwitcher_Button"><div data-testid="UserAvatar-Container-RivierBank"></div></div>',
    );
    expect(ownHandle(switcher)).toBe('@RivierBank');
    expect(ownHandle(parsePage('<main></main>'))).toBeUndefined();
  });
});

describe('x replyTargetOf', () => {
  const page = pages.find((candidate) => candidate.name === 'spoorlinq-storing-nl');
  if (!page?.golden.ok) throw new Error('missing fixture');
  const golden = page.golden.thread;

  it('gives the post whose reply button was clicked, and nothing for other clicks', () => {
    const document = parsePage(page.html);
    const buttons = Array.from(document.querySelectorAll('[data-testid="reply"]'));
    const targets = buttons.map((button) => xAdapter.replyTargetOf?.(button.firstElementChild ?? button, page.url));
    expect(targets.slice(0, golden.posts.length)).toEqual(golden.posts.map((post) => post.id));
    const text = document.querySelector('[data-testid="tweetText"]');
    expect(text && xAdapter.replyTargetOf?.(text, page.url)).toBeUndefined();
  });
});
