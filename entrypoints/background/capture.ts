/**
 * Any other page (a blog or forum mentioning the brand): the context menu reads the selection or, without one, the
 * article (Readability), with the activeTab grant the click gives — no host permission for every site. The
 * result is shown in the sidebar page opened as a popup window.
 */
import { browser } from '#imports';
import { webCaptureSchema, type WebCapture } from '../../lib/messages';
import { isSiteUrl, toggleSidebar } from './routing';

const menuId = 'webcare-analyse';

export async function captureTab(tabId: number): Promise<WebCapture> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
    const parsed = webCaptureSchema.safeParse(result?.result);
    if (parsed.success) return parsed.data;
    return { read: { ok: false, reason: 'the page gave no readable text' }, url: '', title: '', source: 'none' };
  } catch (error) {
    return {
      read: { ok: false, reason: `the browser did not let us read this page (${String(error)})` },
      url: '',
      title: '',
      source: 'none',
    };
  }
}

export async function openWebSidebar(tabId: number): Promise<void> {
  await browser.windows.create({
    url: browser.runtime.getURL(`/sidebar.html?mode=web&tab=${tabId}`),
    type: 'popup',
    width: 420,
    height: 720,
  });
}

export function registerCapture(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: menuId,
      // The menu speaks the browser's language (the UI setting lives in storage, read by the pages).
      title: browser.i18n.getUILanguage().toLowerCase().startsWith('nl')
        ? 'Webcare: analyseer dit'
        : 'Webcare: analyse this',
      contexts: ['selection', 'page'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== menuId || tab?.id === undefined) return;
    if (isSiteUrl(tab.url)) void toggleSidebar(tab.id);
    else void openWebSidebar(tab.id);
  });
}
