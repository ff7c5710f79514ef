/**
 * The one engine behind the "this phrase is the problem" rules: a compiled word list plus a message. A rule file
 * supplies the list and how to word the finding; matching, quoting and spans are the same for all of them.
 */
import type { Localized } from '../localized';
import { findPhrases, quote, type PhraseMatch, type PhraseMatcher } from './phrase-list';
import type { Finding, RuleInput } from './types';

export interface PhraseRuleOptions {
  ruleId: string;
  matcher: PhraseMatcher;
  /** Words of the whole message around the quote and the list entry's advice. */
  message: (quoted: string, instead: Localized | undefined) => Localized;
  /** Drop a match that the list cannot rule out on its own (e.g. "should have received"). */
  keep?: (match: PhraseMatch, input: RuleInput) => boolean;
}

export function findPhraseProblems(input: RuleInput, options: PhraseRuleOptions): Finding[] {
  return findPhrases(input.text, options.matcher)
    .filter((match) => options.keep?.(match, input) ?? true)
    .map((match) => {
      const quoted = quote(input.draft.slice(match.start, match.end));
      return {
        ruleId: options.ruleId,
        message: options.message(quoted, match.entry.instead),
        span: { start: match.start, end: match.end },
        ...(match.entry.suggestion ? { suggestions: [match.entry.suggestion] } : {}),
      };
    });
}
