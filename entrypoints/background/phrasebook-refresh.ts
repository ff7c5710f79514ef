/**
 * Background refresh of subscribed team phrasebooks: an alarm every hour (and shortly after the browser starts)
 * fetches each subscription whose origin the user granted at run time. All logic lives in lib/db/phrasebooks.ts;
 * this file only connects it to alarms, permissions and the real fetch.
 */
import { browser } from '#imports';
import { WebcareDb } from '../../lib/db/schema';
import { refreshAllSubscriptions } from '../../lib/db/phrasebooks';

export const PHRASEBOOK_REFRESH_ALARM = 'phrasebook-refresh';

export function registerPhrasebookRefresh(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== PHRASEBOOK_REFRESH_ALARM) return;
    void refreshAllSubscriptions(
      new WebcareDb(),
      (input, init) => fetch(input, init),
      (permission) => browser.permissions.contains({ origins: [permission] }),
    ).catch((error: unknown) => console.warn('phrasebook refresh failed', error));
  });
  void browser.alarms.get(PHRASEBOOK_REFRESH_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(PHRASEBOOK_REFRESH_ALARM, { delayInMinutes: 1, periodInMinutes: 60 });
  });
}
