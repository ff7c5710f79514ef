import { browser, type Browser } from '#imports';

/**
 * True for messages from our own extension pages (sidebar frame, options, insights, playground), never from a
 * content script: stored data — the log, the phrasebooks — is answered only to pages the host site cannot touch.
 */
export function isFromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id || !sender.url) return false;
  return new URL(sender.url).origin === new URL(browser.runtime.getURL('/')).origin;
}
