/**
 * Recycled lists (X `cellInnerDiv`, LinkedIn `LazyColumn`) drop cells that scroll out, so one read sees only a window
 * of the thread. site-dom.md "Common rules": keep a growing map keyed by post id, never element references. Call
 * with the previous read of the SAME page (forget it on navigation) and the newest read.
 */
import type { Post, Thread } from '../thread/schema';

/**
 * The union of both reads. Posts keep their first-seen place; new ones go after their nearest known predecessor in
 * the newest read. A post's text and fields come from the newest read (expanded "Show more"), its parentId from the
 * first read that knew it: that read saw the post with its neighbours, later windows may have lost the cell above.
 */
export function mergeThread(previous: Thread | undefined, next: Thread): Thread {
  if (!previous) return next;
  const known = new Map<string, Post>(previous.posts.map((post) => [post.id, post]));
  const order = previous.posts.map((post) => post.id);
  let anchor: string | undefined; // last post of `next` already placed, in next's order
  const pendingHead: string[] = []; // new posts before any known one in `next`
  for (const post of next.posts) {
    const before = known.get(post.id);
    known.set(post.id, mergePost(before, post));
    if (before) {
      if (pendingHead.length > 0) {
        order.splice(order.indexOf(post.id), 0, ...pendingHead);
        pendingHead.length = 0;
      }
      anchor = post.id;
      continue;
    }
    if (anchor === undefined) {
      pendingHead.push(post.id);
      continue;
    }
    order.splice(order.indexOf(anchor) + 1, 0, post.id);
    anchor = post.id;
  }
  order.push(...pendingHead);
  const posts = order.map((id) => known.get(id)).filter((post): post is Post => post !== undefined);
  const targetId = [next.targetId, previous.targetId].find((id) => id !== undefined && known.has(id));
  const { targetId: _dropped, ...rest } = next;
  return { ...rest, posts, ...(targetId !== undefined ? { targetId } : {}) };
}

function mergePost(before: Post | undefined, after: Post): Post {
  if (!before) return after;
  const parentId = before.parentId ?? after.parentId;
  const { parentId: _dropped, ...rest } = after;
  return { ...rest, ...(parentId !== undefined ? { parentId } : {}) };
}
