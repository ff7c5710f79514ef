/**
 * Which post did the agent click "reply" on? The adapter answers when it knows (`replyTargetOf`, site knowledge in
 * the adapter's file); otherwise a site-neutral fallback: the control must read as a reply control (testid
 * "reply", or a label/text "Reply", "Beantwoorden", "Reageren"), and the post is the one whose text the nearest
 * enclosing element holds — exactly one, or we leave the target alone.
 */
import type { SiteAdapter } from '../../lib/sites/types';
import type { Thread } from '../../lib/thread/schema';

const replyWords = /\b(reply|replies|antwoord|antwoorden|beantwoorden|reageer|reageren)\b/i;
// Letters and digits only: emoji images, hidden link parts and spacing differ between the DOM and the thread text.
const squash = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '');

export function isReplyControl(element: Element): Element | undefined {
  const control = element.closest('button, [role="button"], a');
  if (!control) return undefined;
  if (control.getAttribute('data-testid') === 'reply') return control;
  const label = `${control.getAttribute('aria-label') ?? ''} ${control.textContent ?? ''}`;
  return replyWords.test(label) ? control : undefined;
}

export function replyTargetOf(
  adapter: SiteAdapter,
  element: Element,
  url: URL,
  thread: Thread | undefined,
): string | undefined {
  const known = adapter as SiteAdapter & { replyTargetOf?: (element: Element, url: URL) => string | undefined };
  if (known.replyTargetOf) {
    try {
      return known.replyTargetOf(element, url);
    } catch {
      return undefined;
    }
  }
  const control = isReplyControl(element);
  if (!control || !thread) return undefined;
  const posts = thread.posts
    .map((post) => ({ id: post.id, text: squash(post.text).slice(0, 40) }))
    .filter((post) => post.text.length >= 8);
  for (let node: Element | null = control.parentElement; node; node = node.parentElement) {
    const text = squash(node.textContent ?? '');
    const inside = posts.filter((post) => text.includes(post.text));
    if (inside.length === 1) return inside[0]!.id;
    if (inside.length > 1) return undefined;
  }
  return undefined;
}

/**
 * The page's own reply control for a post (the reverse of replyTargetOf): clicking it makes the site open the
 * reply box for that post, so what the agent inserts answers the post chosen in the sidebar.
 */
export function replyControlFor(
  adapter: SiteAdapter,
  root: ParentNode,
  url: URL,
  thread: Thread | undefined,
  postId: string,
): HTMLElement | undefined {
  for (const candidate of root.querySelectorAll<HTMLElement>('button, [role="button"], a')) {
    if (!isReplyControl(candidate)) continue;
    if (replyTargetOf(adapter, candidate, url, thread) === postId) return candidate;
  }
  return undefined;
}
