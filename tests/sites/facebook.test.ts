// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { facebookAdapter, selectors } from '../../lib/sites/facebook';
import { countSelectors } from '../../lib/sites/query';
import { threadSchema } from '../../lib/thread/schema';
import { fixturePages, parsePage } from './fixture-pages';

const pages = fixturePages('facebook');
const byName = (name: string) => {
  const page = pages.find((candidate) => candidate.name === name);
  if (!page) throw new Error(`no fixture ${name}`);
  return page;
};

describe('facebook adapter on fixture pages', () => {
  it('has at least three readable fixtures and one it must refuse', () => {
    expect(pages.filter((page) => page.golden.ok).length).toBeGreaterThanOrEqual(3);
    expect(pages.filter((page) => !page.golden.ok).map((page) => page.name)).toEqual(['changed-markup']);
  });

  it.each(pages.map((page) => [page.name, page] as const))('%s reads to its golden', (_name, page) => {
    const result = facebookAdapter.readThread(parsePage(page.html), page.url, page.brand);
    if (page.golden.ok) {
      expect(result).toEqual({ ok: true, value: page.golden.thread });
      if (result.ok) expect(threadSchema.safeParse(result.value).success).toBe(true);
    } else {
      expect(result).toEqual({ ok: false, reason: page.golden.reason });
    }
  });

  // Nodes per selector (each fallback in order). The dialog fixture also holds a feed copy of the post and a
  // Messenger box, which is why profileName and composer count 2 while the thread has one post and one box.
  const counts: Record<string, Partial<Record<keyof typeof selectors, number[]>>> = {
    'spoorlinq-dialog-nl': {
      root: [1, 1, 1, 1],
      profileName: [2, 2, 0],
      storyMessage: [2, 2, 2],
      comment: [0, 4],
      reply: [0, 3],
      message: [17],
      composer: [2, 2],
    },
    'kliktel-permalink-en': {
      root: [0, 1, 0, 0],
      profileName: [1, 1, 0],
      postLink: [6, 0, 0, 0, 0],
      comment: [3, 0],
      reply: [2, 0],
      composer: [3, 3],
    },
    'dierenhulp-photo-nl-en': {
      root: [1, 1, 0, 0],
      profileName: [1, 1, 0],
      postLink: [0, 0, 0, 8, 0],
      comment: [0, 4],
      reply: [0, 2],
      composer: [2, 2],
    },
    'changed-markup': {
      root: [1, 1, 1, 1],
      profileName: [0, 0, 0],
      actionBar: [0, 0],
      comment: [0, 4],
      composer: [2, 2],
    },
  };
  it.each(Object.entries(counts))('selector counts on %s', (name, expected) => {
    const actual = countSelectors(parsePage(byName(name).html), selectors);
    expect(Object.fromEntries(Object.keys(expected).map((key) => [key, actual[key]]))).toEqual(expected);
  });

  it('reads only the dialog, not the copy of the post in the feed behind it', () => {
    const result = facebookAdapter.readThread(
      parsePage(byName('spoorlinq-dialog-nl').html),
      byName('spoorlinq-dialog-nl').url,
    );
    expect(
      result.ok && result.value.posts.filter((post) => post.author === 'SpoorLinq' && !post.parentId),
    ).toHaveLength(1);
  });

  it('leaves targetId to the default when the address names no comment', () => {
    const page = byName('kliktel-permalink-en');
    const result = facebookAdapter.readThread(
      parsePage(page.html),
      new URL('https://www.facebook.com/KlikTel/posts/1034567890123456'),
    );
    expect(result.ok && result.value.targetId).toBeUndefined();
  });
});

describe('facebook feed without an open post', () => {
  const feedOfTwo = () => {
    const page = byName('spoorlinq-dialog-nl');
    const document = parsePage(page.html);
    document.querySelector('div[role="dialog"]')?.parentElement?.parentElement?.remove();
    const unit = document.querySelector('[data-pagelet^="FeedUnit"]');
    if (!unit?.parentElement) throw new Error('fixture lost its feed');
    const second = unit.cloneNode(true) as Element;
    const name = second.querySelector('[data-ad-rendering-role="profile_name"] strong span');
    if (name) name.textContent = 'RivierBank';
    unit.parentElement.append(second);
    return { document, second, url: page.url };
  };

  it('reads a feed with one story, and refuses to merge several', () => {
    const { document, second, url } = feedOfTwo();
    expect(facebookAdapter.readThread(document, url)).toEqual({
      ok: false,
      reason: 'Several posts on this page: open one (click its time) to read its thread.',
    });
    expect(facebookAdapter.findComposer(document)).toBeNull();
    second.remove();
    const single = facebookAdapter.readThread(document, url);
    expect(single.ok && single.value.posts.map((post) => post.author)).toEqual(['SpoorLinq']);
  });

  it('reads the story that holds focus', () => {
    const { document, second, url } = feedOfTwo();
    (second.querySelector('[data-ad-rendering-role="comment_button"]') as HTMLElement).focus();
    const result = facebookAdapter.readThread(document, url);
    expect(result.ok && result.value.posts.map((post) => post.author)).toEqual(['RivierBank']);
  });
});

describe('facebook duplicates', () => {
  it('reads a comment shown twice once', () => {
    const page = byName('kliktel-permalink-en');
    if (!page.golden.ok) throw new Error('missing golden');
    const document = parsePage(page.html);
    const list = document.querySelector('[role="main"] ul');
    const first = list?.firstElementChild;
    if (!list || !first?.querySelector('[aria-label^="Comment by"]')) throw new Error('fixture lost its comments');
    list.append(first.cloneNode(true));
    expect(facebookAdapter.readThread(document, page.url, page.brand)).toEqual({ ok: true, value: page.golden.thread });
  });
});

describe('facebook adapter failures are values', () => {
  it('says so when there is no post on the page', () => {
    expect(
      facebookAdapter.readThread(
        parsePage('<div role="main"><p>Nothing</p></div>'),
        new URL('https://www.facebook.com/'),
      ),
    ).toEqual({
      ok: false,
      reason: 'No post found: Facebook may have changed its page (no post dialog or permalink).',
    });
  });

  it('turns a throwing DOM into a failure', () => {
    const hostile = {
      querySelectorAll: () => {
        throw new Error('boom');
      },
    } as unknown as ParentNode;
    expect(facebookAdapter.readThread(hostile, new URL('https://www.facebook.com/x/posts/1'))).toEqual({
      ok: false,
      reason: 'Could not read this Facebook page (boom)',
    });
  });
});

describe('facebook thread pages', () => {
  it.each([
    ['https://www.facebook.com/SpoorLinq/posts/pfbid02Xk9', true],
    ['https://www.facebook.com/permalink.php?story_fbid=1&id=2', true],
    ['https://www.facebook.com/groups/123/posts/456/', true],
    ['https://www.facebook.com/photo/?fbid=1&set=pcb.2', true],
    ['https://www.facebook.com/KlikTel?comment_id=abc', true],
    ['https://www.facebook.com/', false],
    ['https://www.facebook.com/messages/t/123', false],
    ['https://example.com/posts/1', false],
  ])('%s → %s', (url, expected) => {
    expect(facebookAdapter.isThreadPage(new URL(url))).toBe(expected);
  });
});

describe('facebook findComposer', () => {
  it('finds the Lexical box in the dialog and ignores the Messenger box outside it', () => {
    const document = parsePage(byName('spoorlinq-dialog-nl').html);
    const composer = facebookAdapter.findComposer(document);
    expect(composer?.getAttribute('data-lexical-editor')).toBe('true');
    expect(composer?.getAttribute('aria-label')).toBe('Reageer als Mirthe (SpoorLinq)');
    expect(composer?.closest('[role="dialog"]')).not.toBeNull();
  });

  it('never returns the Messenger box, even when it has focus', () => {
    const document = parsePage(byName('dierenhulp-photo-nl-en').html);
    const messenger = document.querySelector('[role="region"] [data-lexical-editor="true"]') as HTMLElement;
    messenger.focus();
    const composer = facebookAdapter.findComposer(document);
    expect(composer).not.toBe(messenger);
    expect(composer?.closest('[role="dialog"]')).not.toBeNull();
  });

  it('prefers the mounted "Reply to" box, and the focused box over both', () => {
    const document = parsePage(byName('kliktel-permalink-en').html);
    expect(facebookAdapter.findComposer(document)?.getAttribute('aria-label')).toBe('Reply to Gareth Hughes');
    const main = document.querySelector('[aria-label^="Comment as"]') as HTMLElement;
    main.focus();
    expect(facebookAdapter.findComposer(document)).toBe(main);
  });

  it('returns null when no post is open', () => {
    expect(facebookAdapter.findComposer(parsePage(byName('changed-markup').html))).toBeNull();
  });
});

describe('facebook replyTargetOf', () => {
  const page = byName('spoorlinq-dialog-nl');
  if (!page.golden.ok) throw new Error('missing golden');
  const golden = page.golden.thread;

  it('a comment\'s "Beantwoorden" gives that comment, the dialog\'s comment button the post', () => {
    const document = parsePage(page.html);
    const dialog = document.querySelector('div[role="dialog"]');
    if (!dialog) throw new Error('fixture lost its dialog');
    const replyButtons = Array.from(dialog.querySelectorAll('[role="article"] [role="button"]')).filter(
      (button) => button.textContent === 'Beantwoorden',
    );
    expect(replyButtons.map((button) => facebookAdapter.replyTargetOf?.(button, page.url))).toEqual(
      golden.posts.slice(1).map((post) => post.id),
    );
    const commentButtons = document.querySelectorAll('[data-ad-rendering-role="comment_button"]');
    const [inFeed, inDialog] = [commentButtons[0], commentButtons[1]];
    expect(inDialog && dialog.contains(inDialog)).toBe(true);
    expect(inDialog && facebookAdapter.replyTargetOf?.(inDialog, page.url)).toBe(golden.posts[0]?.id);
    expect(inFeed && facebookAdapter.replyTargetOf?.(inFeed, page.url)).toBeUndefined();
    const like = dialog.querySelector('[role="article"] [aria-label="Vind ik leuk"]');
    expect(like && facebookAdapter.replyTargetOf?.(like, page.url)).toBeUndefined();
  });
});
