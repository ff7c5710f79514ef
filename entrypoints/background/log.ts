/**
 * The log's requests from the sidebar (lib/db/requests.ts): the background owns the database, because the sidebar
 * iframe sits inside the host page where IndexedDB may be denied as third-party storage. Only our own extension
 * pages may ask — never a content script, so no page can read the log.
 */
import { browser } from '#imports';
import { webcareDb } from '../../lib/db/open';
import { handleLogRequest, logRequestSchema } from '../../lib/db/requests';
import { loadSettings } from '../../components/common/settings';
import { isFromExtensionPage } from './sender';

export function registerLogRequests(): void {
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (!isFromExtensionPage(sender)) return undefined;
    const parsed = logRequestSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    void loadSettings()
      .then((settings) => handleLogRequest(webcareDb(), parsed.data, { storeExcerpts: settings.privacy.storeExcerpts }))
      .then(sendResponse);
    return true; // answered asynchronously
  });
}
