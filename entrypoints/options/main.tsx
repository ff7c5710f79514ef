import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsPage } from '../../components/options/OptionsPage';
import '../../components/options/options.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsPage firstRun={new URLSearchParams(location.search).has('first-run')} />
  </StrictMode>,
);
