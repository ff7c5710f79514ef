/** Puts a page in the user's UI language: the setting, or the browser's language when it says "auto". */
import type { ReactNode } from 'react';
import { resolveUiLanguage } from '../../lib/localized';
import type { Settings } from '../../lib/settings/schema';
import { LocaleProvider } from './locale';

export function LanguageRoot({ settings, children }: { settings: Settings | undefined; children: ReactNode }) {
  const language = resolveUiLanguage(settings?.uiLanguage ?? 'auto', globalThis.navigator?.language);
  return <LocaleProvider language={language}>{children}</LocaleProvider>;
}
