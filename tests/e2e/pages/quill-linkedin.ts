/**
 * Test page script (LinkedIn, legacy): REAL Quill 1 editors in place of each of the fixture's `.ql-editor`
 * composers, keeping role and aria-label. window.__e2eEditorText() joins the texts of the editors holding any.
 */
import Quill from 'quill';

declare global {
  interface Window {
    __e2eEditorText?: () => string;
  }
}

interface QuillInstance {
  root: HTMLElement;
  getText(): string;
}

const editors: QuillInstance[] = [];
for (const existing of document.querySelectorAll<HTMLElement>('.ql-editor')) {
  const container = existing.closest<HTMLElement>('.ql-container') ?? existing;
  const label = existing.getAttribute('aria-label') ?? 'Text editor for creating content';
  const mount = document.createElement('div');
  container.replaceWith(mount);
  const quill = new Quill(mount, { formats: [], modules: { toolbar: false } }) as QuillInstance;
  quill.root.setAttribute('role', 'textbox');
  quill.root.setAttribute('aria-label', label);
  editors.push(quill);
}
window.__e2eEditorText = () =>
  editors
    .map((quill) => quill.getText().replace(/\n$/, ''))
    .filter((text) => text !== '')
    .join('\n---\n');
