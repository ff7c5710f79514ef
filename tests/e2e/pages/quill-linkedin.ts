/** Test page script (LinkedIn, legacy): a REAL Quill 1 editor in place of the fixture's `.ql-editor` composer. */
import Quill from 'quill';

declare global {
  interface Window {
    __e2eEditorText?: () => string;
  }
}

const existing =
  document.querySelector<HTMLElement>('.ql-editor') ?? document.querySelector<HTMLElement>('[data-e2e-composer]');
const container = existing?.closest<HTMLElement>('.ql-container') ?? existing;
if (container && existing) {
  const label = existing.getAttribute('aria-label') ?? 'Text editor for creating content';
  const mount = document.createElement('div');
  container.replaceWith(mount);
  const quill = new Quill(mount, { formats: [], modules: { toolbar: false } });
  quill.root.setAttribute('role', 'textbox');
  quill.root.setAttribute('aria-label', label);
  window.__e2eEditorText = () => quill.getText().replace(/\n$/, '');
}
