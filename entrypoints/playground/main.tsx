// The trainer playground as an extension page. It uses no extension API, so the same file is the entry of the
// static site build (scripts/build-playground-site.ts).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PlaygroundApp } from '../../components/playground/PlaygroundApp';
import '../../components/playground/playground.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PlaygroundApp />
    </StrictMode>,
  );
}
