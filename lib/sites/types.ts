/** The common interface of the site adapters (shared/docs/style.md §2, shared/docs/site-dom.md). */
import type { Thread } from '../thread/schema';

export type Result<T> = { ok: true; value: T } | { ok: false; reason: string };

export type SiteId = 'x' | 'facebook' | 'linkedin';

/** What an adapter needs to mark the brand's posts: a subset of Brand (lib/thread/schema.ts). */
export interface BrandHint {
  name: string;
  /** Handles with or without "@"; on Facebook and LinkedIn also page slugs ("spoorlinq" for /spoorlinq, /company/spoorlinq). */
  handles: readonly string[];
}

export interface SiteAdapter {
  id: SiteId;
  /** Match patterns, reused by defineContentScript. */
  matches: readonly string[];
  /** Ordered fallbacks, newest first; every selector of the site lives here. */
  selectors: Readonly<Record<string, readonly string[]>>;
  isThreadPage(url: URL): boolean;
  /** Read-only; `brand` marks isBrand. Never throws: failures come back as `{ ok: false, reason }`. */
  readThread(root: ParentNode, url: URL, brand?: BrandHint): Result<Thread>;
  /** The site's own reply box for the thread on screen, or null. */
  findComposer(root: ParentNode): HTMLElement | null;
  /**
   * The id (as in the Thread) of the post whose own "Reply"/"Comment" control contains `element`, so a click there
   * makes that post the target; undefined for any other element. Never throws.
   */
  replyTargetOf?(element: Element, url: URL): string | undefined;
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(reason: string): Result<T> => ({ ok: false, reason });
