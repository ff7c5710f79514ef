import type { Post, Thread } from './schema';

/** The post being answered: `targetId`, else the last post not by the brand, else the last post. */
export function findTarget(thread: Thread): Post | undefined {
  if (thread.targetId !== undefined) {
    const byId = thread.posts.find((post) => post.id === thread.targetId);
    if (byId) return byId;
  }
  for (let i = thread.posts.length - 1; i >= 0; i--) {
    const post = thread.posts[i];
    if (post && !post.isBrand) return post;
  }
  return thread.posts.at(-1);
}

/** Handles compare case-insensitively, with or without "@". */
export function normalizeHandle(handle: string): string {
  return handle.trim().replace(/^@/, '').toLowerCase();
}

/** contracts.md: a post is the brand's when its handle is a brand handle, or its author equals the brand name. */
export function isBrandAuthor(
  post: { author: string; handle?: string | undefined },
  brand: { name: string; handles: readonly string[] },
): boolean {
  if (post.handle) {
    const handle = normalizeHandle(post.handle);
    if (brand.handles.some((h) => normalizeHandle(h) === handle)) return true;
  }
  return post.author.trim().toLowerCase() === brand.name.trim().toLowerCase();
}
