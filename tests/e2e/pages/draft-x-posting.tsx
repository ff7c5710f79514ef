/**
 * Test page script (X) for the posted-reply path: a REAL Draft.js composer (as draft-x.tsx) plus what X itself does
 * when the agent presses "Reply": the editor is reset to empty and the new reply shows as a fresh `cellInnerDiv`
 * right under the post it answers (the later cells move down by one cell height), by the account that is logged
 * in (its `/status/<id>` link, `<time>`, handle). Built with DOM APIs from a cell of that account already on the
 * page, never from markup strings.
 *
 * window.__e2ePostReply(handle) → the new status id · window.__e2eClearComposer() (emptied, nothing posted) ·
 * window.__e2eRerender() (X replaces every cell with a new element, as it does on scroll or focus).
 */
// The real Draft.js composer, with __e2eEditorText and __e2eClearComposer, mounts on import.
import './draft-x';

declare global {
  interface Window {
    __e2ePostReply?: (handle: string) => string;
    __e2eRerender?: () => void;
  }
}

const cellHeight = 230;

const cells = () => Array.from(document.querySelectorAll<HTMLElement>('[data-testid="cellInnerDiv"]'));
const offsetOf = (cell: HTMLElement) => Number(/translateY\((-?[\d.]+)px\)/.exec(cell.style.transform)?.[1] ?? 0);
const statusLinkOf = (article: Element) =>
  Array.from(article.querySelectorAll<HTMLAnchorElement>('a[href*="/status/"]')).find((a) => a.querySelector('time'));
const handleOf = (article: Element) =>
  Array.from(article.querySelectorAll('[data-testid="User-Name"] span'))
    .map((span) => span.textContent ?? '')
    .find((text) => text.startsWith('@'));

window.__e2ePostReply = (handle: string) => {
  const text = window.__e2eEditorText?.() ?? '';
  const focusedId = /\/status\/(\d+)/.exec(location.pathname)?.[1];
  const focusedCell = cells().find((cell) => {
    const link = cell.querySelector('article') && statusLinkOf(cell.querySelector('article')!);
    return link?.getAttribute('href')?.endsWith(`/status/${focusedId}`);
  });
  // A direct reply of this account to the focused post: the shape X gives the new one.
  const model = cells().find((cell) => {
    const article = cell.querySelector('article');
    return article && handleOf(article) === handle && offsetOf(cell) > offsetOf(focusedCell!);
  });
  if (!focusedCell || !model) throw new Error('post-reply: no focused cell or no cell of the brand to model on');
  const id = String(BigInt(focusedId!) + 99_999n);
  const cell = model.cloneNode(true) as HTMLElement;
  const article = cell.querySelector('article')!;
  const link = statusLinkOf(article)!;
  link.setAttribute('href', `/${handle.slice(1)}/status/${id}`);
  const time = link.querySelector('time')!;
  time.setAttribute('datetime', new Date().toISOString());
  time.textContent = 'nu';
  link.setAttribute('aria-label', 'nu');
  const textBox = article.querySelector('[data-testid="tweetText"]')!;
  const span = document.createElement('span');
  span.textContent = text;
  textBox.replaceChildren(span);
  const below = offsetOf(focusedCell) + cellHeight;
  for (const other of cells()) {
    if (offsetOf(other) >= below) other.style.transform = `translateY(${offsetOf(other) + cellHeight}px)`;
  }
  cell.style.transform = `translateY(${below}px)`;
  // The list is virtualised: a new cell goes where React puts it, not necessarily in visual order.
  focusedCell.parentElement!.append(cell);
  window.__e2eClearComposer?.();
  return id;
};

window.__e2eRerender = () => {
  for (const cell of cells()) cell.replaceWith(cell.cloneNode(true));
};
