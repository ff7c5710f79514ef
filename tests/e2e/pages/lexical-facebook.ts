/**
 * Test page script (Facebook): a REAL Lexical editor (rich text, as Facebook's comment box) in place of the
 * fixture's static composer, keeping its role, aria-label and data-lexical-editor marker.
 */
import { $getRoot, createEditor } from 'lexical';
import { registerRichText, HeadingNode, QuoteNode } from '@lexical/rich-text';

declare global {
  interface Window {
    __e2eEditorText?: () => string;
  }
}

const existing =
  document.querySelector<HTMLElement>('[data-lexical-editor="true"][contenteditable="true"]') ??
  document.querySelector<HTMLElement>('[data-e2e-composer]');
if (existing) {
  const element = document.createElement('div');
  element.contentEditable = 'true';
  element.setAttribute('role', 'textbox');
  element.setAttribute('aria-label', existing.getAttribute('aria-label') ?? 'Write a comment…');
  existing.replaceWith(element);
  const editor = createEditor({ namespace: 'e2e', nodes: [HeadingNode, QuoteNode], onError: (e) => console.error(e) });
  editor.setRootElement(element);
  registerRichText(editor);
  window.__e2eEditorText = () => editor.getEditorState().read(() => $getRoot().getTextContent());
}
