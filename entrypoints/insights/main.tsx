import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { InsightsPage } from '../../components/insights/InsightsPage';
import '../../components/insights/insights.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <InsightsPage />
  </StrictMode>,
);
