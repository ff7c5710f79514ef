/**
 * The options page's sections, in order: one line each. Phrasebook, rules, business hours, privacy… add their own
 * `{ id, title, component }` line here; a section component gets the settings and a validated setter.
 */
import type { ComponentType } from 'react';
import type { Localized } from '../../lib/localized';
import type { Settings } from '../../lib/settings/schema';
import { GeneralSection } from './GeneralSection';

export interface SectionProps {
  settings: Settings;
  save: (next: Settings) => Promise<Settings>;
}

export interface OptionsSection {
  /** Anchor on the page (#id) and test hook. */
  id: string;
  title: Localized;
  component: ComponentType<SectionProps>;
}

export const sections: readonly OptionsSection[] = [
  { id: 'general', title: { nl: 'Merk en medewerker', en: 'Brand and agent' }, component: GeneralSection },
];
