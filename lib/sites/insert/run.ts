/**
 * Insert text into a site's reply box through the editor's own model, never by writing its DOM (draft-js #36):
 * focus, caret at the end (or everything selected to replace), then each technique of the plan until the
 * composer's text shows it. Runs in the page world (the composer bridge, where Quill's `__quill` and page-made
 * DataTransfers exist) and, where that world is unavailable, in the content script's isolated world.
 *
 * The document, its window and timers come from the composer and the caller — lib/ holds no globals.
 */
import { editorKind, insertionPlan, insertionTook, type InsertMethod } from './plan';

export interface InsertResult {
  ok: boolean;
  /** The technique that took, or the last one tried. */
  method: InsertMethod | 'none';
  reason?: string;
}

export interface InsertOptions {
  mode: 'append' | 'replace';
  wait: (ms: number) => Promise<void>;
  /** How long an editor gets to apply one technique before it is checked (site-dom.md: 200–500 ms). */
  settleMs?: number;
}

interface QuillLike {
  getLength(): number;
  insertText(index: number, text: string, source?: string): unknown;
  deleteText(index: number, length: number, source?: string): unknown;
  setSelection(index: number, length: number, source?: string): unknown;
}

export function composerText(composer: HTMLElement): string {
  if (composer.tagName === 'TEXTAREA' || composer.tagName === 'INPUT') return (composer as HTMLTextAreaElement).value;
  // innerText keeps block breaks where layout exists; textContent is the fallback (and what jsdom-like DOMs give).
  return composer.innerText ?? composer.textContent ?? '';
}

export function placeCaret(composer: HTMLElement, mode: 'append' | 'replace'): void {
  const view = composer.ownerDocument.defaultView;
  if (!view) return;
  composer.focus({ preventScroll: true });
  if ('setSelectionRange' in composer && typeof composer.setSelectionRange === 'function') {
    const field = composer as unknown as HTMLTextAreaElement;
    const end = field.value.length;
    field.setSelectionRange(mode === 'replace' ? 0 : end, end);
    return;
  }
  const selection = view.getSelection();
  if (!selection) return;
  selection.selectAllChildren(composer);
  if (mode === 'append') selection.collapseToEnd();
}

function dataTransferOf(view: Window, text: string): DataTransfer {
  const data = new (view as unknown as typeof globalThis).DataTransfer();
  data.setData('text/plain', text);
  return data;
}

/** Returns true when the technique was at least accepted (the check afterwards decides whether it took). */
function attempt(composer: HTMLElement, method: InsertMethod, text: string, mode: 'append' | 'replace'): boolean {
  const doc = composer.ownerDocument;
  const view = doc.defaultView;
  if (!view) return false;
  switch (method) {
    case 'paste': {
      const event = new view.ClipboardEvent('paste', {
        clipboardData: dataTransferOf(view, text),
        bubbles: true,
        cancelable: true,
      });
      // An editor that handles the paste prevents the default: dispatchEvent returns false.
      return !composer.dispatchEvent(event);
    }
    case 'beforeinput': {
      const event = new view.InputEvent('beforeinput', {
        inputType: 'insertReplacementText',
        dataTransfer: dataTransferOf(view, text),
        bubbles: true,
        cancelable: true,
      });
      return !composer.dispatchEvent(event);
    }
    case 'quill': {
      const container = composer.closest('.ql-container') as (Element & { __quill?: QuillLike }) | null;
      const quill = container?.__quill;
      if (!quill) return false;
      if (mode === 'replace') quill.deleteText(0, quill.getLength(), 'user');
      // Quill always ends with "\n"; insert before it.
      const at = Math.max(0, quill.getLength() - 1);
      quill.insertText(at, text, 'user');
      quill.setSelection(at + text.length, 0, 'user');
      return true;
    }
    case 'execCommand': {
      const lines = text.split('\n');
      let ok = true;
      lines.forEach((line, index) => {
        if (index > 0) ok = doc.execCommand('insertParagraph', false) && ok;
        if (line !== '') ok = doc.execCommand('insertText', false, line) && ok;
      });
      return ok;
    }
    case 'value': {
      const field = composer as unknown as HTMLTextAreaElement;
      if (mode === 'replace') field.value = text;
      else field.setRangeText(text, field.value.length, field.value.length, 'end');
      field.dispatchEvent(new view.Event('input', { bubbles: true }));
      return true;
    }
  }
}

export async function insertText(composer: HTMLElement, text: string, options: InsertOptions): Promise<InsertResult> {
  const settle = options.settleMs ?? 250;
  const before = composerText(composer);
  const kind = editorKind(composer);
  const plan = insertionPlan(kind, before.trim() === '');
  let last: InsertMethod | 'none' = 'none';
  for (const method of plan) {
    placeCaret(composer, options.mode);
    // Editors sync their selection on focus/selectionchange; give them a tick (Briskine insert-template-event.js).
    await options.wait(50);
    last = method;
    let accepted = false;
    try {
      accepted = attempt(composer, method, text, options.mode);
    } catch {
      accepted = false;
    }
    if (!accepted && method !== 'execCommand') continue;
    await options.wait(settle);
    const after = composerText(composer);
    if (insertionTook(before, after, text, options.mode)) return { ok: true, method };
    // A technique that changed something but not correctly must not be followed by another: text would double.
    if (after !== before) return { ok: false, method, reason: 'the editor changed the text differently' };
  }
  return { ok: false, method: last, reason: `no technique took (${kind} editor)` };
}
