/**
 * The options page's sections, in order: one line each. Phrasebook, rules, business hours, privacy… add their own
 * `{ id, title, component }` line here; a section component gets the settings and a validated setter.
 */
import type { ComponentType } from 'react';
import type { Localized } from '../../lib/localized';
import type { Settings } from '../../lib/settings/schema';
import { GeneralSection } from './GeneralSection';
import { BusinessHoursSection } from './BusinessHoursSection';
import { PrivacySection } from './PrivacySection';
import { PhrasebookSection } from './PhrasebookSection';
import { RulesSection } from './RulesSection';

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
  { id: 'phrasebook', title: { nl: 'Antwoordenboek', en: 'Phrasebook' }, component: PhrasebookSection },
  { id: 'rules', title: { nl: 'Conceptcontrole', en: 'Draft checks' }, component: RulesSection },
  {
    id: 'business-hours',
    title: { nl: 'Kantooruren en doelen', en: 'Business hours and targets' },
    component: BusinessHoursSection,
  },
  { id: 'privacy', title: { nl: 'Privacy en gegevens', en: 'Privacy and data' }, component: PrivacySection },
];
