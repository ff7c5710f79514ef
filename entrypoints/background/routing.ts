/**
 * Message routing: extension frames ask which tab they are in; the page's shortcut and the manifest command
 * both toggle the sidebar of a tab. Every request is checked with zod; unknown ones get no answer.
 */
import { browser } from '#imports';
import { backgroundRequestSchema, parseMessage, type BackgroundToPage } from '../../lib/messages';
import { captureTab } from './capture';

const siteUrl = /^https:\/\/(x\.com|twitter\.com|www\.facebook\.com|www\.linkedin\.com)\//;

export async function toggleSidebar(tabId: number): Promise<boolean> {
  return browser.tabs.sendMessage(tabId, { type: 'toggle-sidebar' } satisfies BackgroundToPage).then(
    () => true,
    () => false,
  );
}

export function isSiteUrl(url: string | undefined): boolean {
  return url !== undefined && siteUrl.test(url);
}

export function registerRouting(): void {
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    // Only our own pages and content scripts (a web page cannot reach runtime.onMessage without externally_connectable).
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseMessage(backgroundRequestSchema, raw);
    if (!request) return undefined;
    switch (request.type) {
      case 'whoami':
        sendResponse({ tabId: sender.tab?.id });
        return undefined;
      case 'toggle-sidebar':
        if (sender.tab?.id !== undefined) void toggleSidebar(sender.tab.id);
        return undefined;
      case 'capture-tab':
        void captureTab(request.tabId).then(sendResponse);
        return true; // answered asynchronously
    }
  });

  // The keyboard shortcut (manifest "commands": toggle-sidebar); absent in builds without the key.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'toggle-sidebar' && tab?.id !== undefined) void toggleSidebar(tab.id);
  });
}
