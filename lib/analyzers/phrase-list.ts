/**
 * The shared phrase engine: word lists in data/*.json (zod-checked) compiled into token patterns that match on
 * normalised words or their stems, with optional words and short gaps, so "Het spijt ons echt voor het ongemak"
 * matches the same entry as "Excuses voor het ongemak".
 *
 * Pattern syntax, one string: words separated by spaces; `a|b` alternatives; a trailing `?` makes a word optional;
 * `*` skips up to 3 words (`*5`: up to 5); `=word` matches that exact form only, not its stem ("koop", not "kopen"). A pattern starts with a required word and stays within one sentence.
 */
import { z } from 'zod';
import type { Localized } from '../localized';
import { normalizeWord, stem, type DraftText } from './draft-text';

const localizedSchema = z.strictObject({ nl: z.string().min(1), en: z.string().min(1) });

const patternSchema = z
  .string()
  .min(1)
  .refine((pattern) => {
    const first = pattern.trim().split(/\s+/)[0] ?? '';
    return first !== '' && !first.startsWith('*') && !first.endsWith('?');
  }, 'a pattern starts with a required word');

export const phraseEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  patterns: z.array(patternSchema).min(1),
  /** What to do instead, in both UI languages. */
  instead: localizedSchema.optional(),
  /** Replacement text offered with one click. */
  suggestion: z.string().optional(),
});
export const phraseListSchema = z.strictObject({
  language: z.enum(['nl', 'en']),
  /** What the list holds, for whoever edits it. */
  about: z.string(),
  entries: z.array(phraseEntrySchema).min(1),
});
export type PhraseEntry = z.infer<typeof phraseEntrySchema>;
export type PhraseList = z.infer<typeof phraseListSchema>;

type Step =
  | { kind: 'word'; norms: ReadonlySet<string>; stems: ReadonlySet<string>; optional: boolean }
  | { kind: 'gap'; max: number };

export interface CompiledPhrase {
  entry: PhraseEntry;
  language: 'nl' | 'en';
  steps: readonly Step[];
}

export interface PhraseMatch {
  entry: PhraseEntry;
  language: 'nl' | 'en';
  start: number;
  end: number;
}

/** A compiled list, indexed by the first word so a check only tries patterns that can start at a token. */
export interface PhraseMatcher {
  byFirstWord: ReadonlyMap<string, readonly CompiledPhrase[]>;
  size: number;
}

/** Validate data (throws naming the list on a bad file: a data bug, found by the tests) and compile it. */
export function compilePhraseLists(lists: readonly unknown[], name: string): PhraseMatcher {
  const compiled: CompiledPhrase[] = [];
  for (const data of lists) {
    const result = phraseListSchema.safeParse(data);
    if (!result.success) throw new Error(`${name}: ${result.error.issues.map((i) => i.message).join('; ')}`);
    for (const entry of result.data.entries) {
      for (const pattern of entry.patterns) {
        compiled.push({ entry, language: result.data.language, steps: compilePattern(pattern, result.data.language) });
      }
    }
  }
  return indexPhrases(compiled);
}

/** Team phrases typed in the settings: each one is a pattern, matched in both languages. */
export function compileTeamPhrases(phrases: readonly string[]): PhraseMatcher {
  const compiled: CompiledPhrase[] = [];
  phrases.forEach((phrase, index) => {
    const words = phrase.trim();
    if (!/[\p{L}\p{N}]/u.test(words)) return;
    const entry: PhraseEntry = { id: `team-${index}`, patterns: [words] };
    for (const language of ['nl', 'en'] as const) {
      compiled.push({ entry, language, steps: compileLiteral(words, language) });
    }
  });
  return indexPhrases(compiled);
}

export function findPhrases(text: DraftText, matcher: PhraseMatcher): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  const tokens = text.tokens;
  let coveredUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    let best: { phrase: CompiledPhrase; end: number } | undefined;
    for (const key of [token.norm, token.keyNl, token.keyEn]) {
      const phrases = matcher.byFirstWord.get(key);
      if (!phrases) continue;
      for (const phrase of phrases) {
        const end = matchSteps(phrase, 0, tokens, i, token.sentence);
        if (end > i && (!best || end > best.end)) best = { phrase, end };
      }
    }
    if (!best) continue;
    const last = tokens[best.end - 1];
    if (!last || i <= coveredUntil) continue;
    found.push({ entry: best.phrase.entry, language: best.phrase.language, start: token.start, end: last.end });
    coveredUntil = best.end - 1;
  }
  return found;
}

function indexPhrases(compiled: readonly CompiledPhrase[]): PhraseMatcher {
  const byFirstWord = new Map<string, CompiledPhrase[]>();
  for (const phrase of compiled) {
    const first = phrase.steps[0];
    if (!first || first.kind !== 'word') continue;
    const keys = new Set<string>([...first.norms, ...[...first.stems].map((s) => `${phrase.language}:${s}`)]);
    for (const key of keys) {
      const list = byFirstWord.get(key) ?? [];
      list.push(phrase);
      byFirstWord.set(key, list);
    }
  }
  return { byFirstWord, size: compiled.length };
}

function compilePattern(pattern: string, language: 'nl' | 'en'): Step[] {
  return pattern
    .trim()
    .split(/\s+/)
    .map((part): Step => {
      const gap = /^\*(\d*)$/.exec(part);
      if (gap) return { kind: 'gap', max: gap[1] ? Number(gap[1]) : 3 };
      const optional = part.endsWith('?');
      const alternatives = (optional ? part.slice(0, -1) : part).split('|');
      const stemmed = alternatives.filter((word) => !word.startsWith('=')).map(normalizeWord);
      return {
        kind: 'word',
        optional,
        norms: new Set(alternatives.map((word) => normalizeWord(word.replace(/^=/, '')))),
        stems: new Set(stemmed.map((word) => stem(word, language))),
      };
    });
}

/** Team phrases are plain text: no pattern syntax, punctuation ignored. */
function compileLiteral(phrase: string, language: 'nl' | 'en'): Step[] {
  return [...phrase.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)].map((match): Step => {
    const norm = normalizeWord(match[0]);
    return { kind: 'word', optional: false, norms: new Set([norm]), stems: new Set([stem(norm, language)]) };
  });
}

/** Returns the token index after the match, or -1. Shortest gaps first, then longest optional words. */
function matchSteps(
  phrase: CompiledPhrase,
  stepIndex: number,
  tokens: DraftText['tokens'],
  tokenIndex: number,
  sentence: number,
): number {
  const step = phrase.steps[stepIndex];
  if (!step) return tokenIndex;
  if (step.kind === 'gap') {
    for (let skip = 0; skip <= step.max; skip++) {
      const skipped = tokens[tokenIndex + skip - 1];
      if (skip > 0 && (!skipped || skipped.sentence !== sentence)) break;
      const end = matchSteps(phrase, stepIndex + 1, tokens, tokenIndex + skip, sentence);
      if (end >= 0) return end;
    }
    return -1;
  }
  const token = tokens[tokenIndex];
  if (token && token.sentence === sentence && isWordMatch(step, token, phrase.language)) {
    const end = matchSteps(phrase, stepIndex + 1, tokens, tokenIndex + 1, sentence);
    if (end >= 0) return end;
  }
  return step.optional ? matchSteps(phrase, stepIndex + 1, tokens, tokenIndex, sentence) : -1;
}

function isWordMatch(
  step: { norms: ReadonlySet<string>; stems: ReadonlySet<string> },
  token: DraftText['tokens'][number],
  language: 'nl' | 'en',
): boolean {
  return step.norms.has(token.norm) || step.stems.has(language === 'nl' ? token.stemNl : token.stemEn);
}

/** A quote for a message: the matched words, shortened if long. */
export function quote(text: string, limit = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > limit ? clean.slice(0, limit - 1) + '…' : clean;
}

export function localizedOr(entry: PhraseEntry, fallback: Localized): Localized {
  return entry.instead ?? fallback;
}
