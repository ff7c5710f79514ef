/**
 * Test page script (LinkedIn, SDUI): REAL TipTap editors in place of each of the fixture's `.tiptap.ProseMirror`
 * boxes. window.__e2eEditorText() joins the texts of the editors holding any.
 */
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

declare global {
  interface Window {
    __e2eEditorText?: () => string;
  }
}

const editors: Editor[] = [];
for (const existing of document.querySelectorAll<HTMLElement>('div.tiptap.ProseMirror')) {
  const label = existing.getAttribute('aria-label') ?? 'Text editor for creating comment';
  const mount = document.createElement('div');
  existing.replaceWith(mount);
  editors.push(
    new Editor({
      element: mount,
      extensions: [StarterKit],
      content: '',
      editorProps: { attributes: { role: 'textbox', 'aria-label': label } },
    }),
  );
}
window.__e2eEditorText = () =>
  editors
    .map((editor) => editor.getText({ blockSeparator: '\n' }))
    .filter((text) => text !== '')
    .join('\n---\n');
