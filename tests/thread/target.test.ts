import { describe, expect, it } from 'vitest';
import { threadSchema } from '../../lib/thread/schema';
import { findTarget, isBrandAuthor, normalizeHandle } from '../../lib/thread/target';

const thread = threadSchema.parse({
  version: 1,
  platform: 'x',
  posts: [
    { id: 'a', author: 'Ann', text: 'one' },
    { id: 'b', author: 'Bob', text: 'two' },
    { id: 'c', author: 'Brand', isBrand: true, text: 'reply' },
  ],
});

describe('findTarget', () => {
  it('defaults to the last post not by the brand', () => {
    expect(findTarget(thread)?.id).toBe('b');
  });
  it('uses targetId when given', () => {
    expect(findTarget({ ...thread, targetId: 'a' })?.id).toBe('a');
  });
  it('returns undefined for an empty thread', () => {
    expect(findTarget({ ...thread, posts: [] })).toBeUndefined();
  });
});

describe('isBrandAuthor', () => {
  const brand = { name: 'SpoorLinq', handles: ['@SpoorLinq'] };
  it('matches handles case-insensitively with or without @', () => {
    expect(isBrandAuthor({ author: 'x', handle: 'spoorlinq' }, brand)).toBe(true);
    expect(normalizeHandle(' @SpoorLinq ')).toBe('spoorlinq');
  });
  it('matches the brand name on sites without handles', () => {
    expect(isBrandAuthor({ author: 'spoorlinq' }, brand)).toBe(true);
    expect(isBrandAuthor({ author: 'Ann', handle: '@ann' }, brand)).toBe(false);
  });
});
