/**
 * Test page script (X): swaps the fixture's static Draft.js markup for a REAL Draft.js editor from the npm package,
 * with the same testid and role, so insertion is tested against Draft's own model. Exposes the model text on
 * window.__e2eEditorText() for assertions.
 */
import { Editor, EditorState } from 'draft-js';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    __e2eEditorText?: () => string;
    __e2eClearComposer?: () => void;
  }
}

function Composer() {
  const [state, setState] = useState(() => EditorState.createEmpty());
  useEffect(() => {
    window.__e2eEditorText = () => state.getCurrentContent().getPlainText('\n');
  }, [state]);
  useEffect(() => {
    // X resets the editor to a new empty state after sending (used by draft-x-posting.tsx).
    window.__e2eClearComposer = () => setState(EditorState.createEmpty());
  }, []);
  return (
    <Editor
      editorState={state}
      onChange={setState}
      placeholder="Post your reply"
      webDriverTestID="tweetTextarea_0"
      ariaLabel="Post text"
    />
  );
}

const existing = document.querySelector('[data-testid="tweetTextarea_0"]');
const host = existing?.closest('.DraftEditor-root')?.parentElement;
if (host) {
  const mount = document.createElement('div');
  host.replaceChildren(mount);
  createRoot(mount).render(<Composer />);
}
