// @vitest-environment happy-dom
/**
 * The X side of the posted-reply check (issue 6, tests/e2e/posted-reply.spec.ts in Chromium): the brand's reply as X
 * shows it after sending — a new cell under the focused post, later cells moved down — is read as a new brand post
 * and matched by detectPostedReply. And the shapes that are NOT a posted reply in the thread: a copy of a cell that
 * keeps its status id, a cell below "Ontdek meer" (recommendations) or without a translateY (read in DOM order,
 * so after it), a cell by another account.
 */
import { describe, expect, it } from 'vitest';
import { detectPostedReply } from '../../lib/insights/reply-posted';
import { xAdapter } from '../../lib/sites/x';
import type { Thread } from '../../lib/thread/schema';
import { fixturePages, parsePage } from './fixture-pages';

const page = fixturePages('x').find((candidate) => candidate.name === 'spoorlinq-storing-nl')!;
const focusedId = '2123687286666166274';
const reply = 'Hoi Anouk, sorry voor de vertraging. Stuur ons een DM met je reisgegevens, dan kijken we mee. ^AB';

function read(document: Document): Thread {
  const result = xAdapter.readThread(document, page.url, page.brand);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

const cellsOf = (document: Document) =>
  Array.from(document.querySelectorAll<HTMLElement>('[data-testid=cellInnerDiv]'));
const offsetOf = (cell: HTMLElement) => Number(/translateY\((-?\d+)px\)/.exec(cell.getAttribute('style') ?? '')?.[1]);

/** A copy of the cell of `modelId` with a new status id, `text`, and the given place in the list. */
function cellLike(document: Document, modelId: string, next: { id?: string; text: string; offset: number }) {
  const model = cellsOf(document).find((cell) => cell.querySelector(`a[href$="/status/${modelId}"] time`))!;
  const cell = model.cloneNode(true) as HTMLElement;
  const link = cell.querySelector(`a[href$="/status/${modelId}"]`)!;
  if (next.id) link.setAttribute('href', link.getAttribute('href')!.replace(modelId, next.id));
  link.querySelector('time')!.setAttribute('datetime', '2026-11-20T08:30:00.000Z');
  const span = document.createElement('span');
  span.textContent = next.text;
  cell.querySelector('[data-testid=tweetText]')!.replaceChildren(span);
  cell.setAttribute('style', `transform: translateY(${next.offset}px); position: absolute; width: 100%;`);
  return { cell, list: model.parentElement! };
}

/** X after sending: the new cell right under the focused one, every later cell one cell height lower. */
function postAsX(document: Document, cell: HTMLElement, list: HTMLElement, offset: number) {
  for (const other of cellsOf(document)) {
    if (offsetOf(other) >= offset) other.style.transform = `translateY(${offsetOf(other) + 230}px)`;
  }
  list.append(cell); // virtualised: DOM order is not reading order
}

describe('x: a reply posted by the brand', () => {
  it('is read as a new brand reply to the focused post, in its place, and detected as posted', () => {
    const document = parsePage(page.html);
    const before = read(document).posts;
    // The brand's existing direct reply (translateY 690) is the shape of the new one.
    const { cell, list } = cellLike(document, '2123689299932086275', {
      id: '2123699999999999999',
      text: reply,
      offset: 690,
    });
    postAsX(document, cell, list, 690);
    const after = read(document).posts;
    expect(after).toHaveLength(before.length + 1);
    const index = after.findIndex((post) => post.id === '2123699999999999999');
    expect(after[index - 1]?.id).toBe(focusedId);
    expect(after[index]).toMatchObject({ isBrand: true, handle: '@SpoorLinq', parentId: focusedId, text: reply });
    expect(detectPostedReply({ before, after, composerText: '', insertedText: reply })).toMatchObject({
      posted: true,
      postId: '2123699999999999999',
    });
  });

  it('is not seen in a copy that keeps the status id, below "Ontdek meer", unpositioned, or by another account', () => {
    const shapes: [string, (document: Document) => void][] = [
      [
        'same status id',
        (document) => {
          const { cell, list } = cellLike(document, '2123689299932086275', { text: reply, offset: 690 });
          postAsX(document, cell, list, 690);
        },
      ],
      [
        'below the recommendations',
        (document) => {
          const { cell, list } = cellLike(document, '2123689299932086275', {
            id: '2123699999999999999',
            text: reply,
            offset: 3700,
          });
          list.append(cell);
        },
      ],
      [
        'without a list position',
        (document) => {
          const { cell, list } = cellLike(document, '2123689299932086275', {
            id: '2123699999999999999',
            text: reply,
            offset: 690,
          });
          cell.removeAttribute('style');
          list.append(cell);
        },
      ],
      [
        'by the customer',
        (document) => {
          const { cell, list } = cellLike(document, '2123690558223286276', {
            id: '2123699999999999999',
            text: reply,
            offset: 690,
          });
          postAsX(document, cell, list, 690);
        },
      ],
    ];
    for (const [name, change] of shapes) {
      const document = parsePage(page.html);
      const before = read(document).posts;
      change(document);
      const result = detectPostedReply({ before, after: read(document).posts, composerText: '', insertedText: reply });
      expect({ name, result }).toEqual({ name, result: { posted: false, reason: 'no-new-brand-post' } });
    }
  });
});
