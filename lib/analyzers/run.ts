// PLACEHOLDER (owned by the draft-check work, issue 5): replaced by the rule registry runner.
import type { Brand, Thread } from '../thread/schema';
import type { CustomerHistoryItem, Language, ReportedFinding, Severity } from '../analysis/types';

export interface DraftCheckInput {
  draft: string;
  thread: Thread;
  brand: Brand;
  language: Language;
  history: readonly CustomerHistoryItem[];
  agent: { firstName: string; initials: string };
  now: Date;
}

export interface DraftCheckConfig {
  rules?: Record<string, { enabled?: boolean; severity?: Severity }>;
  teamPhrases?: { banned?: readonly string[]; required?: readonly string[] };
  /** How often each phrasebook text was sent unchanged today ("make it personal"). */
  sentToday?: Record<string, number>;
}

export function checkDraft(
  _input: DraftCheckInput,
  _config: DraftCheckConfig,
  _uiLanguage: 'nl' | 'en',
): ReportedFinding[] {
  return [];
}
