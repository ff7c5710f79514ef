/**
 * The phrasebook entries the sidebar ranks, loaded here in the background: the sidebar frame inside a site is
 * third party to the browser and may be denied IndexedDB (Chromium 156: "The user denied permission to access
 * the database"), so it asks by message (components/sidebar/data.ts loadPhrasebook).
 */
import { browser } from '#imports';
import { webcareDb } from '../../lib/db/open';
import { loadActivePhrasebook } from '../../lib/db/phrasebooks';
import { bindTeamVariables } from '../../lib/phrasebook/fill';
import { starterPhrasebooks } from '../../lib/phrasebook/starter';
import { isFromExtensionPage } from './sender';

export const activeEntriesRequest = 'phrasebook:active-entries';

export function registerPhrasebookEntries(): void {
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (!isFromExtensionPage(sender)) return undefined;
    if (!raw || typeof raw !== 'object' || (raw as { type?: unknown }).type !== activeEntriesRequest) return undefined;
    loadActivePhrasebook(webcareDb(), starterPhrasebooks())
      .then(({ entries, variables }) => sendResponse({ ok: true, entries: bindTeamVariables(entries, variables) }))
      .catch((error: unknown) => sendResponse({ ok: false, error: String(error) }));
    return true;
  });
}
