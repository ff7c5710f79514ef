/**
 * The settings item in browser.storage.local ("settings"), through @wxt-dev/storage with a version for later
 * migrations, checked by the zod schema of lib/settings/schema.ts on every read and write. Extension pages
 * (options, sidebar, playground) use `useSettings()`; content scripts only pick the brand from the raw value.
 */
import { storage } from '#imports';
import { useEffect, useState } from 'react';
import { defaultSettings, settingsSchema, type Settings } from '../../lib/settings/schema';

export const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: null, version: 1 });

/** Stored settings, or the defaults when none are stored or the stored value no longer validates. */
export async function loadSettings(): Promise<Settings> {
  const parsed = settingsSchema.safeParse((await settingsItem.getValue()) ?? {});
  return parsed.success ? parsed.data : defaultSettings;
}

export async function saveSettings(next: Settings): Promise<Settings> {
  const valid = settingsSchema.parse(next);
  await settingsItem.setValue(valid);
  return valid;
}

/** Current settings (undefined while loading), live across pages, and a setter that validates and stores. */
export function useSettings(): [Settings | undefined, (next: Settings) => Promise<Settings>] {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let alive = true;
    void loadSettings().then((value) => alive && setSettings(value));
    const unwatch = settingsItem.watch((value) => {
      const parsed = settingsSchema.safeParse(value ?? {});
      setSettings(parsed.success ? parsed.data : defaultSettings);
    });
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return [settings, saveSettings];
}
