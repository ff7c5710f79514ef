/** Text in both UI languages. Rules, the sidebar and the pages all speak Dutch and English. */
export type UiLanguage = 'nl' | 'en';
export interface Localized {
  nl: string;
  en: string;
}

/** "auto" follows the browser: Dutch for any nl-* locale, English otherwise. */
export function resolveUiLanguage(setting: 'auto' | UiLanguage, browserLanguage: string | undefined): UiLanguage {
  if (setting !== 'auto') return setting;
  return browserLanguage?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
