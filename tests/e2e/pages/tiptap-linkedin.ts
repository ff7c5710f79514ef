/** Test page script (LinkedIn, SDUI): a REAL TipTap editor in place of the fixture's `.tiptap.ProseMirror` box. */
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

declare global {
  interface Window {
    __e2eEditorText?: () => string;
  }
}

const existing =
  document.querySelector<HTMLElement>('div.tiptap.ProseMirror') ??
  document.querySelector<HTMLElement>('[data-e2e-composer]');
if (existing) {
  const label = existing.getAttribute('aria-label') ?? 'Text editor for creating comment';
  const mount = document.createElement('div');
  existing.replaceWith(mount);
  const editor = new Editor({
    element: mount,
    extensions: [StarterKit],
    content: '',
    editorProps: { attributes: { role: 'textbox', 'aria-label': label } },
  });
  window.__e2eEditorText = () => editor.getText({ blockSeparator: '\n' });
}
