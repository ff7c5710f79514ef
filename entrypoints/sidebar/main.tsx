/**
 * The sidebar page. In a site tab it lives in the frame the content script mounts (`?site=x`) and talks to its
 * page through a port; opened from the action or the context menu (`?mode=web&tab=N`) it shows a capture of any
 * other page — the selection or the article.
 */
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { SidebarPage } from '../../components/sidebar/SidebarPage';
import '../../components/sidebar/sidebar.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidebarPage params={new URLSearchParams(location.search)} />
  </StrictMode>,
);
