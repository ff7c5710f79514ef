/**
 * The shape of one draft rule (shared/docs/style.md §2): a rule file default-exports `defineRule({...})`, is listed
 * once in ./index.ts, and gets everything it may look at through `RuleInput` — no I/O, no globals.
 */
import type { Localized } from '../localized';
import type { Category, CustomerHistoryItem, FindingKind, Language, SarcasmVerdict, Severity } from '../analysis/types';
import type { Brand, Post, Thread } from '../thread/schema';
import type { DraftText } from './draft-text';

export type { Localized, FindingKind, Severity };

/** What the caller hands to `checkDraft` (run.ts). */
export interface DraftCheckInput {
  /** The reply being written, exactly as in the composer. */
  draft: string;
  thread: Thread;
  brand: Brand;
  /** Language of the target post (analysis); the draft's own language is guessed separately. */
  language: Language;
  /** Earlier handled items from the log: the brand's replies feed "the same text to many people". */
  history: readonly CustomerHistoryItem[];
  agent: { firstName: string; initials: string };
  now: Date;
  /** The analysis' sarcasm verdict on the target, when known: thanking sarcastic "praise" is a classic mistake. */
  targetSarcasm?: SarcasmVerdict;
  /** The analysis' category of the target, when known (a detailed compliment deserves more than "thanks"). */
  targetCategory?: Category;
}

/** Team and user configuration of the checks. Every field is optional; `{}` means all defaults. */
export interface DraftCheckConfig {
  /** Per rule id: switched off, or another severity. */
  rules?: Record<string, { enabled?: boolean; severity?: Severity }>;
  /** Team-defined phrases: banned ones are flagged, required ones must appear. */
  teamPhrases?: { banned?: readonly string[]; required?: readonly string[] };
  /** How often each phrasebook text was sent unchanged today ("make it personal"). */
  sentToday?: Record<string, number>;
  /** Finding keys (see `findingKey`) the user chose to ignore for this draft. */
  ignored?: readonly string[];
}

/** Everything a rule may read: the input, its config, and the draft already tokenised once for all rules. */
export interface RuleInput extends DraftCheckInput {
  config: DraftCheckConfig;
  text: DraftText;
  /** The post being answered, if any. */
  target: Post | undefined;
  /** Language of the draft itself ('other' when it cannot be told). */
  draftLanguage: Language;
}

/** One problem in the draft, before config (severity override) and UI language are applied. */
export interface Finding {
  /** = the rule's file name. */
  ruleId: string;
  /** Quotes the words and says what to do instead, in both UI languages. */
  message: Localized;
  /** UTF-16 offsets into the draft; an empty span marks a place (e.g. the end, for something missing). */
  span: { start: number; end: number };
  /** Replacement texts for the span, best first. */
  suggestions?: readonly string[];
}

export interface Rule {
  id: string;
  kind: FindingKind;
  scope: 'draft';
  /** Languages the rule has word lists or logic for. */
  languages: readonly ('nl' | 'en')[];
  /** Default; users may change it or switch the rule off by id. */
  severity: Severity;
  /** One sentence for the README, the settings page and the playground. */
  description: Localized;
  /** Pure, sync and total: odd text gives [] rather than a throw. */
  check(input: RuleInput): Finding[];
}

export const defineRule = (rule: Rule): Rule => rule;
