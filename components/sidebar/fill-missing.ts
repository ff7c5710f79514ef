/**
 * Variables a suggestion could not fill from the thread or the settings (`missing`, e.g. "backBy") are typed by
 * the agent in the sidebar; a suggestion is insertable only when every one has a value — never sent as "{backBy}".
 */
import type { Suggestion } from '../../lib/analysis/types';

export type FillValues = Readonly<Record<string, string>>;

export function fillMissing(suggestion: Suggestion, values: FillValues | undefined): { text: string; ready: boolean } {
  let text = suggestion.text;
  let ready = true;
  for (const name of suggestion.missing ?? []) {
    const value = values?.[name]?.trim() ?? '';
    if (value === '') {
      ready = false;
      continue;
    }
    text = text.split(`{${name}}`).join(value);
  }
  return { text, ready };
}
