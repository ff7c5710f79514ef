/** How categories and languages read in the UI: one list for the sidebar, playground, options and insights. */
import type { Analysis, Category } from '../../lib/analysis/types';
import type { Localized } from '../../lib/localized';
import type { PhrasebookCategory } from '../../lib/phrasebook/schema';

export const categoryNames: Record<Category | PhrasebookCategory, Localized> = {
  complaint: { nl: 'klacht', en: 'complaint' },
  question: { nl: 'vraag', en: 'question' },
  suggestion: { nl: 'suggestie', en: 'suggestion' },
  repeated_negative: { nl: 'herhaalde klacht', en: 'repeated complaint' },
  compliment: { nl: 'compliment', en: 'compliment' },
  other: { nl: 'overig', en: 'other' },
  holding: { nl: 'wachtantwoord', en: 'holding reply' },
  outside_hours: { nl: 'buiten openingstijden', en: 'outside hours' },
  crisis: { nl: 'crisis', en: 'crisis' },
};

export const languageNames: Record<Analysis['language'], Localized> = {
  nl: { nl: 'Nederlands', en: 'Dutch' },
  en: { nl: 'Engels', en: 'English' },
  other: { nl: 'andere taal', en: 'other language' },
};
