/** The common interface of the site adapters (shared/docs/style.md §2, shared/docs/site-dom.md). */
import type { Thread } from '../thread/schema';

export type Result<T> = { ok: true; value: T } | { ok: false; reason: string };

export type SiteId = 'x' | 'facebook' | 'linkedin';

export interface SiteAdapter {
  id: SiteId;
  /** Match patterns, reused by defineContentScript. */
  matches: readonly string[];
  /** Ordered fallbacks, newest first; every selector of the site lives here. */
  selectors: Readonly<Record<string, readonly string[]>>;
  isThreadPage(url: URL): boolean;
  /** Read-only; `brandHandles` mark isBrand. Never throws: failures come back as `{ ok: false, reason }`. */
  readThread(root: ParentNode, url: URL, brand?: { name: string; handles: readonly string[] }): Result<Thread>;
  findComposer(root: ParentNode): HTMLElement | null;
}
