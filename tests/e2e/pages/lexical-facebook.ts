/**
 * Test page script (Facebook): REAL Lexical editors (rich text, as Facebook's comment boxes) in place of each of
 * the fixture's static composers, keeping role, aria-label and the data-lexical-editor marker (Lexical sets it).
 * window.__e2eEditorText() gives the model text of the editors that hold any, joined.
 */
import { $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { registerRichText, HeadingNode, QuoteNode } from '@lexical/rich-text';

declare global {
  interface Window {
    __e2eEditorText?: () => string;
  }
}

const editors: LexicalEditor[] = [];
for (const existing of document.querySelectorAll<HTMLElement>('[data-lexical-editor="true"][contenteditable="true"]')) {
  const element = document.createElement('div');
  element.contentEditable = 'true';
  element.setAttribute('role', 'textbox');
  element.setAttribute('aria-label', existing.getAttribute('aria-label') ?? 'Write a comment…');
  existing.replaceWith(element);
  const editor = createEditor({ namespace: 'e2e', nodes: [HeadingNode, QuoteNode], onError: (e) => console.error(e) });
  editor.setRootElement(element);
  registerRichText(editor);
  editors.push(editor);
}
window.__e2eEditorText = () =>
  editors
    .map((editor) => editor.getEditorState().read(() => $getRoot().getTextContent()))
    .filter((text) => text !== '')
    .join('\n---\n');
