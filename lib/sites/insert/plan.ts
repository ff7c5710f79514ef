/**
 * Which insertion techniques to try, in order, for each kind of editor (shared/docs/site-dom.md "Fallback order",
 * toolchain.md §4 for what was measured in Chromium 156). Pure data so it is tested without a browser.
 */

export type EditorKind = 'draft' | 'lexical' | 'quill' | 'prosemirror' | 'textarea' | 'plain';
export type InsertMethod = 'paste' | 'beforeinput' | 'quill' | 'execCommand' | 'value';

/** Recognise the editor from its own markers (no site knowledge needed). */
export function editorKind(composer: Element): EditorKind {
  const tag = composer.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'input') return 'textarea';
  if (composer.closest('.DraftEditor-root') || composer.matches('.public-DraftEditor-content')) return 'draft';
  if (composer.getAttribute('data-lexical-editor') === 'true') return 'lexical';
  if (composer.closest('.ql-container') && composer.matches('.ql-editor')) return 'quill';
  if (composer.matches('.ProseMirror, .tiptap')) return 'prosemirror';
  return 'plain';
}

/**
 * The order of techniques. `empty`: the editor holds no text now — execCommand on an empty Draft.js editor makes
 * React unmount the composer (toolchain.md §4), so it is left out there.
 */
export function insertionPlan(kind: EditorKind, empty: boolean): InsertMethod[] {
  switch (kind) {
    case 'draft':
      return empty ? ['paste'] : ['paste', 'execCommand'];
    case 'lexical':
      return ['beforeinput', 'paste', 'execCommand'];
    case 'quill':
      // A synthetic paste does nothing on Quill 1 (Briskine editor-paste.js); its API lives in the page world.
      return ['quill', 'execCommand'];
    case 'prosemirror':
      return ['paste', 'execCommand'];
    case 'textarea':
      return ['value'];
    case 'plain':
      return ['execCommand', 'paste'];
  }
}

/** Text compared without whitespace: editors turn "\n" into blocks, paragraphs or <br>s. */
export function comparable(text: string): string {
  return text.replace(/[\s\u200b\u00a0\ufeff]+/g, '');
}

/** Did the insertion take? `before` is the composer text before, `after` after, `mode` as requested. */
export function insertionTook(before: string, after: string, text: string, mode: 'append' | 'replace'): boolean {
  const a = comparable(after);
  const t = comparable(text);
  if (t === '') return true;
  if (mode === 'replace') return a === t;
  return a.includes(t) && a.length >= comparable(before).length + t.length;
}
