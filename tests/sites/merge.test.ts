// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mergeThread } from '../../lib/sites/merge';
import { xAdapter } from '../../lib/sites/x';
import type { Thread } from '../../lib/thread/schema';
import { fixturePages, parsePage } from './fixture-pages';

const page = fixturePages('x').find((candidate) => candidate.name === 'spoorlinq-storing-nl');
if (!page?.golden.ok) throw new Error('missing fixture');
const golden = page.golden.thread;

/** The page after scrolling: the first `count` cells recycled out of the DOM, the rest keep their translateY. */
function scrolledPast(count: number): Document {
  const document = parsePage(page!.html);
  Array.from(document.querySelectorAll('[data-testid="cellInnerDiv"]'))
    .slice(0, count)
    .forEach((cell) => cell.remove());
  return document;
}

describe('X after scrolling past the focused post', () => {
  it('reads the replies on screen instead of failing, without a target', () => {
    const result = xAdapter.readThread(scrolledPast(4), page.url, page.brand);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.targetId).toBeUndefined();
    expect(result.value.posts.map((post) => post.id)).toEqual(golden.posts.slice(4).map((post) => post.id));
    // The first cell on screen continues a chain whose top is gone: its parent is unknown, not guessed.
    expect(result.value.posts[0]?.parentId).toBeUndefined();
    expect(result.value.posts.find((post) => post.author === 'Rick 🚆')?.parentId).toBe(golden.targetId);
  });

  it('merged with the first read gives the whole thread back', () => {
    const window = xAdapter.readThread(scrolledPast(4), page.url, page.brand);
    if (!window.ok) throw new Error(window.reason);
    expect(mergeThread(golden, window.value)).toEqual(golden);
  });
});

describe('mergeThread', () => {
  const post = (id: string, extra: Partial<Thread['posts'][number]> = {}) => ({
    id,
    author: id.toUpperCase(),
    isBrand: false,
    text: `text ${id}`,
    ...extra,
  });
  const thread = (posts: Thread['posts'], targetId?: string): Thread => ({
    version: 1,
    platform: 'x',
    posts,
    ...(targetId ? { targetId } : {}),
  });

  it('returns the new read when there is no earlier one', () => {
    const next = thread([post('a')], 'a');
    expect(mergeThread(undefined, next)).toBe(next);
  });

  it('keeps recycled posts, places new ones after their known neighbour, and new heads before it', () => {
    const first = thread([post('a'), post('b'), post('c')], 'b');
    const later = thread([post('z'), post('c', { text: 'text c, expanded' }), post('d'), post('e')]);
    const merged = mergeThread(first, later);
    expect(merged.posts.map((p) => p.id)).toEqual(['a', 'b', 'z', 'c', 'd', 'e']);
    expect(merged.posts.find((p) => p.id === 'c')?.text).toBe('text c, expanded');
    expect(merged.targetId).toBe('b');
  });

  it('keeps the parent first seen, fills one learned later', () => {
    const first = thread([post('a'), post('b', { parentId: 'a' }), post('c')]);
    const later = thread([post('b'), post('c', { parentId: 'b' })]);
    const merged = mergeThread(first, later);
    expect(merged.posts.map((p) => [p.id, p.parentId])).toEqual([
      ['a', undefined],
      ['b', 'a'],
      ['c', 'b'],
    ]);
  });

  it('prefers the newer target when it names a known post', () => {
    expect(mergeThread(thread([post('a'), post('b')], 'a'), thread([post('b')], 'b')).targetId).toBe('b');
  });
});
