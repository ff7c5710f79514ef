// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  activityIdFromUrl,
  decodeTrackingScope,
  linkedinAdapter,
  normalizeCommentUrn,
  selectors,
} from '../../lib/sites/linkedin';
import { countSelectors } from '../../lib/sites/query';
import { threadSchema } from '../../lib/thread/schema';
import { fixturePages, parsePage } from './fixture-pages';

const pages = fixturePages('linkedin');
const byName = (name: string) => {
  const page = pages.find((candidate) => candidate.name === name);
  if (!page) throw new Error(`no fixture ${name}`);
  return page;
};

describe('linkedin adapter on fixture pages', () => {
  it('covers both stacks and one page it must refuse', () => {
    expect(pages.map((page) => [page.name, page.golden.ok])).toEqual([
      ['changed-markup', false],
      ['legacy-kliktel-en', true],
      ['sdui-detail-spoorlinq-en', true],
      ['sdui-feed-rivierbank-nl', true],
    ]);
  });

  it.each(pages.map((page) => [page.name, page] as const))('%s reads to its golden', (_name, page) => {
    const result = linkedinAdapter.readThread(parsePage(page.html), page.url, page.brand);
    if (page.golden.ok) {
      expect(result).toEqual({ ok: true, value: page.golden.thread });
      if (result.ok) expect(threadSchema.safeParse(result.value).success).toBe(true);
    } else {
      expect(result).toEqual({ ok: false, reason: page.golden.reason });
    }
  });

  // Nodes per selector (each fallback in order). Detail comments come in threes (replaceableComment 15 = 5 × 3).
  const counts: Record<string, Partial<Record<keyof typeof selectors, number[]>>> = {
    'legacy-kliktel-en': {
      legacyPost: [2, 0, 0, 2],
      legacyComment: [6],
      legacyBadge: [2],
      sduiPost: [0, 0, 0],
      composer: [2, 2, 0],
    },
    'sdui-feed-rivierbank-nl': {
      legacyPost: [0, 0, 0, 0],
      sduiPost: [2, 0, 2],
      sduiCommentActor: [3, 2],
      trackingScope: [7],
      replaceableComment: [0],
      composer: [2, 0, 2],
    },
    'sdui-detail-spoorlinq-en': {
      sduiPost: [0, 1, 0],
      sduiCommentActor: [3, 2],
      trackingScope: [6],
      replaceableComment: [15],

      composer: [1, 0, 1],
    },
    'changed-markup': { legacyPost: [0, 0, 0, 0], sduiPost: [0, 0, 2], sduiActorImage: [0], sduiCommentActor: [0, 0] },
  };
  it.each(Object.entries(counts))('selector counts on %s', (name, expected) => {
    const actual = countSelectors(parsePage(byName(name).html), selectors);
    expect(Object.fromEntries(Object.keys(expected).map((key) => [key, actual[key]]))).toEqual(expected);
  });

  it('reads the post the address names, not its neighbour in the feed', () => {
    const page = byName('legacy-kliktel-en');
    const other = parsePage(page.html)
      .querySelectorAll('div[data-urn^="urn:li:activity:"]')[1]
      ?.getAttribute('data-urn');
    const result = linkedinAdapter.readThread(
      parsePage(page.html),
      new URL(`https://www.linkedin.com/feed/update/${other}/`),
    );
    expect(result.ok && result.value.posts.map((post) => post.author)).toEqual(['Northway Group']);
  });

  it('marks an "Author" reply as the brand only when the brand wrote the post', () => {
    const page = byName('sdui-detail-spoorlinq-en');
    const document = parsePage(page.html);
    // Rename the badged reply so only its "Author" line can tie it to the post author.
    const badged = Array.from(document.querySelectorAll('a[data-view-name="reply-actor-description"]')).find((link) =>
      Array.from(link.querySelectorAll('p')).some((p) => p.textContent === 'Author'),
    );
    if (!badged) throw new Error('fixture lost its Author line');
    badged.setAttribute('href', 'https://www.linkedin.com/in/someone-else/');
    const name = badged.querySelector('p');
    if (name) name.textContent = 'L. Meyer';
    const asPostAuthor = linkedinAdapter.readThread(document, page.url, { name: 'Lucas Meyer', handles: [] });
    expect(
      asPostAuthor.ok && asPostAuthor.value.posts.filter((post) => post.isBrand).map((post) => post.author),
    ).toEqual(['Lucas Meyer', 'L. Meyer']);
    const asOtherBrand = linkedinAdapter.readThread(document, page.url, page.brand);
    expect(asOtherBrand.ok && asOtherBrand.value.posts.find((post) => post.author === 'L. Meyer')?.isBrand).toBe(false);
  });
});

describe('linkedin adapter failures are values', () => {
  it('asks to open one post when a feed holds several and the address names none', () => {
    const result = linkedinAdapter.readThread(
      parsePage(byName('sdui-feed-rivierbank-nl').html),
      new URL('https://www.linkedin.com/feed/'),
    );
    expect(result).toEqual({
      ok: false,
      reason: 'Several posts on this page: open the post (click its time) to read one thread.',
    });
  });

  it('says so when there is no post at all', () => {
    expect(linkedinAdapter.readThread(parsePage('<main></main>'), new URL('https://www.linkedin.com/feed/'))).toEqual({
      ok: false,
      reason: 'No LinkedIn post found: LinkedIn may have changed its page.',
    });
  });

  it('turns a throwing DOM into a failure', () => {
    const hostile = {
      querySelectorAll: () => {
        throw new Error('boom');
      },
    } as unknown as ParentNode;
    expect(linkedinAdapter.readThread(hostile, new URL('https://www.linkedin.com/feed/'))).toEqual({
      ok: false,
      reason: 'Could not read this LinkedIn page (boom)',
    });
  });
});

describe('linkedin URNs and addresses', () => {
  it('decodes the byte-encoded tracking scope', () => {
    const bytes = (text: string) => Array.from(text, (char) => char.charCodeAt(0));
    const attribute = JSON.stringify([
      { topicName: 'Other', breadcrumb: { content: { data: 'not bytes' } } },
      {
        topicName: 'CommentServedEvent',
        breadcrumb: { content: { data: bytes('{"commentUrn":"urn:li:comment:(urn:li:activity:7,111)"}') } },
      },
    ]);
    expect(decodeTrackingScope(attribute)).toEqual({ commentUrn: 'urn:li:comment:(urn:li:activity:7,111)' });
    expect(decodeTrackingScope('not json')).toEqual({});
  });

  it.each([
    ['urn:li:comment:(activity:7,111)', 'urn:li:comment:(urn:li:activity:7,111)'],
    ['urn:li:comment:(urn:li:activity:7,111)', 'urn:li:comment:(urn:li:activity:7,111)'],
    ['urn:li:comment:(ugcPost:8,222)', 'urn:li:comment:(urn:li:ugcPost:8,222)'],
    ['urn:li:activity:7', undefined],
  ])('normalizes %s', (urn, expected) => {
    expect(normalizeCommentUrn(urn)).toBe(expected);
  });

  it.each([
    ['https://www.linkedin.com/feed/update/urn:li:activity:7530540643123200011/', '7530540643123200011', true],
    ['https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A123/', '123', true],
    ['https://www.linkedin.com/posts/someone_topic-activity-7529966862336000031-Xk3q', '7529966862336000031', true],
    ['https://www.linkedin.com/feed/', undefined, false],
    ['https://www.linkedin.com/in/someone/', undefined, false],
  ])('%s → %s', (url, id, isThread) => {
    expect(activityIdFromUrl(new URL(url))).toBe(id);
    expect(linkedinAdapter.isThreadPage(new URL(url))).toBe(isThread);
  });
});

describe('linkedin findComposer', () => {
  it('finds the Quill 1 editor on the legacy stack', () => {
    const composer = linkedinAdapter.findComposer(parsePage(byName('legacy-kliktel-en').html));
    expect(composer?.classList.contains('ql-editor')).toBe(true);
    expect(composer?.parentElement?.classList.contains('ql-container')).toBe(true);
  });

  it('finds the TipTap editor on the SDUI stack, the focused one first', () => {
    const document = parsePage(byName('sdui-feed-rivierbank-nl').html);
    const boxes = Array.from(document.querySelectorAll<HTMLElement>('div.tiptap.ProseMirror'));
    expect(linkedinAdapter.findComposer(document)).toBe(boxes[0]);
    boxes[1]?.focus();
    expect(linkedinAdapter.findComposer(document)).toBe(boxes[1]);
  });

  it('finds the detail-page box', () => {
    const composer = linkedinAdapter.findComposer(parsePage(byName('sdui-detail-spoorlinq-en').html));
    expect(composer?.closest('[data-view-name="comment-box"]')).not.toBeNull();
  });
});

describe('linkedin replyTargetOf', () => {
  it.each(['legacy-kliktel-en', 'sdui-detail-spoorlinq-en'])(
    "on %s each comment's reply control gives its URN and the comment button the post",
    (name) => {
      const page = byName(name);
      if (!page.golden.ok) throw new Error('missing golden');
      const golden = page.golden.thread;
      const document = parsePage(page.html);
      const replyButtons = Array.from(document.querySelectorAll('button')).filter((button) =>
        /^(Reply|Reageren)$/.test(button.textContent ?? ''),
      );
      const targets = replyButtons.map((button) => linkedinAdapter.replyTargetOf?.(button, page.url));
      expect(targets.slice(0, golden.posts.length - 1)).toEqual(golden.posts.slice(1).map((post) => post.id));
      const commentButton = document.querySelector(
        'button[data-view-name="feed-comment-button"], button.comment-button',
      );
      expect(commentButton && linkedinAdapter.replyTargetOf?.(commentButton, page.url)).toBe(golden.posts[0]?.id);
      const like = Array.from(document.querySelectorAll('button')).find((button) => button.textContent === 'Like');
      expect(like && linkedinAdapter.replyTargetOf?.(like, page.url)).toBeUndefined();
    },
  );
});
