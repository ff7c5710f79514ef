/**
 * Retention: a daily alarm (and one run at start-up, and whenever the setting changes) deletes log items, notes
 * and corrections older than settings.privacy.retentionDays (lib/db/retention.ts). The background owns the
 * alarm because no extension page needs to be open for it.
 */
import { browser } from '#imports';
import { webcareDb } from '../../lib/db/open';
import { purgeExpired } from '../../lib/db/retention';
import { loadSettings, settingsItem } from '../../components/common/settings';

const alarmName = 'webcare-retention';

async function purgeNow(): Promise<void> {
  const settings = await loadSettings();
  try {
    await purgeExpired(webcareDb(), settings.privacy.retentionDays, new Date());
  } catch (error) {
    console.warn('Webcare retention purge failed', error);
  }
}

export function registerRetention(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === alarmName) void purgeNow();
  });
  void browser.alarms.get(alarmName).then((existing) => {
    if (!existing) void browser.alarms.create(alarmName, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  });
  settingsItem.watch(() => void purgeNow());
  void purgeNow();
}
