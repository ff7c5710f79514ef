/**
 * The UI language for React surfaces. Wrap a page in <LocaleProvider language=…>; components call `useT()` and
 * write their strings inline in both languages: `t({ nl: 'Opslaan', en: 'Save' })`.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { Localized, UiLanguage } from '../../lib/localized';

const LocaleContext = createContext<UiLanguage>('en');

export function LocaleProvider({ language, children }: { language: UiLanguage; children: ReactNode }) {
  return <LocaleContext.Provider value={language}>{children}</LocaleContext.Provider>;
}

export function useUiLanguage(): UiLanguage {
  return useContext(LocaleContext);
}

export function useT(): (text: Localized) => string {
  const language = useContext(LocaleContext);
  return (text) => text[language];
}
