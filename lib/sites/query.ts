/** Selector lookups with ordered fallbacks (style.md §2): the first selector of a list that finds anything wins. */
import type { Result } from './types';

export type SelectorList = readonly string[];

/** The first element matched by the first selector of `list` that matches anything. */
export function queryFirst(root: ParentNode, list: SelectorList): Element | null {
  for (const selector of list) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** All elements matched by the first selector of `list` that matches anything, in document order. */
export function queryAll(root: ParentNode, list: SelectorList): Element[] {
  for (const selector of list) {
    const found = Array.from(root.querySelectorAll(selector));
    if (found.length > 0) return found;
  }
  return [];
}

/** The nearest ancestor-or-self matched by any selector of `list` (selectors tried in order). */
export function closestOf(element: Element, list: SelectorList): Element | null {
  for (const selector of list) {
    const found = element.closest(selector);
    if (found) return found;
  }
  return null;
}

/** True when `element` matches any selector of `list`. */
export function matchesAny(element: Element, list: SelectorList): boolean {
  return list.some((selector) => element.matches(selector));
}

/** How many nodes each selector finds: the adapter tests' selector-count table, and a debugging aid. */
export function countSelectors(root: ParentNode, selectors: Readonly<Record<string, SelectorList>>) {
  const counts: Record<string, number[]> = {};
  for (const [name, list] of Object.entries(selectors)) {
    counts[name] = list.map((selector) => root.querySelectorAll(selector).length);
  }
  return counts;
}

/** Adapters never throw at the page: an unexpected DOM error becomes a failure value naming the site. */
export function guard<T>(site: string, read: () => Result<T>): Result<T> {
  try {
    return read();
  } catch (error) {
    return {
      ok: false,
      reason: `Could not read this ${site} page (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

/** Wraps a lookup that must never throw at the page: a failure reads as `fallback` ("nothing found"). */
export function neverThrows<A extends unknown[], T, F>(lookup: (...args: A) => T, fallback: F): (...args: A) => T | F {
  return (...args) => {
    try {
      return lookup(...args);
    } catch {
      return fallback;
    }
  };
}

/** The owning Document of any node, as reading code must not use the `document` global. */
export function ownerDocumentOf(root: ParentNode): Document | null {
  const node = root as unknown as Node;
  return node.nodeType === 9 ? (node as Document) : node.ownerDocument;
}
