/**
 * The toolbar button. On X, Facebook or LinkedIn it toggles the in-page sidebar; on any other page it shows the
 * analysis of the selection or the article (activeTab is granted by this click).
 */
import { browser } from '#imports';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SidebarPage } from '../../components/sidebar/SidebarPage';
import '../../components/sidebar/sidebar.css';

const siteUrl = /^https:\/\/(x\.com|twitter\.com|www\.facebook\.com|www\.linkedin\.com)\//;

void browser.tabs.query({ active: true, currentWindow: true }).then(async ([tab]) => {
  if (tab?.id !== undefined && siteUrl.test(tab.url ?? '')) {
    const toggled = await browser.tabs.sendMessage(tab.id, { type: 'toggle-sidebar' }).then(
      () => true,
      () => false,
    );
    if (toggled) {
      window.close();
      return;
    }
  }
  const params = new URLSearchParams({ mode: 'web', ...(tab?.id !== undefined ? { tab: String(tab.id) } : {}) });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <SidebarPage params={params} />
    </StrictMode>,
  );
});
