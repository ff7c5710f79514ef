/**
 * Visible text of a piece of page DOM, as contracts.md wants it: emoji images as their `alt`, links as their visible
 * text (a trailing "…" kept), hidden URL parts and "See more" buttons dropped, paragraphs joined with one "\n".
 * Shared by the site adapters (shared/docs/site-dom.md "Common rules → Text"). Works on any DOM (browser, happy-dom)
 * because it only uses node types and attributes.
 */

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Tags whose content is never text a reader sees. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'TEXTAREA', 'INPUT']);

/** Block tags that start a new line on sites that build paragraphs from elements (Facebook, LinkedIn, articles). */
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'PRE',
  'SECTION',
  'ARTICLE',
  'TABLE',
  'TR',
  'FIGCAPTION',
]);

/** Labels of "show the rest" controls, English and Dutch; they are UI, not text. */
const EXPANDER_LABEL =
  /^(…\s*)?(see more|show more|more|meer weergeven|toon meer|meer|lees meer|read more|…\s*more|…\s*meer)$/i;

export interface VisibleTextOptions {
  /**
   * HTML flow: block elements (p, div, li…) and `<br>` break lines, newlines in the source are spaces. Off (default):
   * text is `white-space: pre-wrap`, as in X posts, so its newlines are real and only `<br>` adds more.
   */
  blocks?: boolean;
  /** Elements to leave out with their subtree (quoted posts, nested comments, time links). */
  skip?: (element: Element) => boolean;
}

/** The text a reader sees in `node`, normalised: see the module comment. */
export function visibleText(node: Node, options: VisibleTextOptions = {}): string {
  const parts: string[] = [];
  collect(node, options, parts, true, false);
  return normalizeText(parts.join(''));
}

/** Collapse spaces inside lines, trim lines and drop empty ones, so paragraphs are joined with one "\n". */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b\u200c\u2060\ufeff]/g, '')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** An element reading "See more", "Show more", "Meer weergeven"… that expands text instead of being text. */
export function isExpander(element: Element): boolean {
  const role = element.getAttribute('role');
  const testId = element.getAttribute('data-testid') ?? '';
  if (testId.endsWith('show-more-link')) return true;
  if (role !== 'button' && element.tagName !== 'BUTTON') return false;
  return EXPANDER_LABEL.test((element.textContent ?? '').trim());
}

function collect(node: Node, options: VisibleTextOptions, parts: string[], isRoot: boolean, inLink: boolean): void {
  if (node.nodeType === TEXT_NODE) {
    const value = node.nodeValue ?? '';
    parts.push(options.blocks === true ? value.replace(/[ \t\n\r\f]+/g, ' ') : value);
    return;
  }
  if (node.nodeType !== ELEMENT_NODE && !isRoot) return;
  const element = node.nodeType === ELEMENT_NODE ? (node as Element) : undefined;
  if (element && !isRoot) {
    const tag = element.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || isExpander(element) || options.skip?.(element)) return;
    if (tag === 'BR') {
      parts.push('\n');
      return;
    }
    if (tag === 'IMG') {
      parts.push(element.getAttribute('alt') ?? '');
      return;
    }
    if (inLink && isHiddenUrlPart(element)) return;
  }
  const childInLink = inLink || element?.tagName.toUpperCase() === 'A';
  const block = options.blocks === true && element !== undefined && BLOCK_TAGS.has(element.tagName.toUpperCase());
  if (block) parts.push('\n');
  for (const child of Array.from(node.childNodes)) collect(child, options, parts, false, childInLink);
  if (block) parts.push('\n');
}

/**
 * Inside a link, X shortens the text with zero-width `aria-hidden` parts ("https://", the tail of the path); the
 * visible "…" stays (Maskbook getVisibleText). Outside links aria-hidden text is often the visible copy (LinkedIn).
 */
function isHiddenUrlPart(element: Element): boolean {
  if (element.getAttribute('aria-hidden') !== 'true') return false;
  const text = (element.textContent ?? '').trim();
  return text !== '…' && text !== '...';
}
