/** Property tests (style.md §4): for any text and any thread, every rule is total and keeps spans inside the draft. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rules } from '../../lib/analyzers/index';
import { checkDraft, checkDraftDetailed } from '../../lib/analyzers/run';
import { readDraftText } from '../../lib/analyzers/draft-text';
import type { RuleInput } from '../../lib/analyzers/types';
import { brandSchema, threadSchema } from '../../lib/thread/schema';
import { findTarget } from '../../lib/thread/target';

// Text with the characters rules care about: Dutch/English words, emoji, @, #, digits, URLs, punctuation.
const pieces = fc.constantFrom(
  'je',
  'u',
  'uw',
  'Wat vervelend',
  'ontevreden',
  'sorry',
  'inconvenience',
  'we kijken ernaar',
  'haha',
  '😂',
  '🤣',
  '@SpoorLinq',
  '@someone',
  '#actie',
  'https://x.nl/a',
  'NL91ABNA0417164300',
  '06-12345678',
  '1234 AB',
  '?',
  '.',
  '\n',
  ' ',
  '^SV',
  'opgelost',
  'DM',
  'é',
  '\u0301',
  '\uD83D',
  'ß',
  'İ',
);
const draftText = fc.oneof(
  fc.string(),
  fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(' ')),
  fc.string({ unit: 'binary' }),
);

const threadArb = fc.record({
  platform: fc.constantFrom('x', 'facebook', 'linkedin', 'web'),
  voice: fc.constantFrom('informal', 'formal'),
  signature: fc.option(fc.constantFrom('^{initials}', 'Groet, {name}', '{unknown}', '(*)'), { nil: undefined }),
  posts: fc.array(
    fc.record({
      text: draftText,
      handle: fc.option(fc.constantFrom('@a', '@SpoorLinq', '@b_c'), { nil: undefined }),
      isBrand: fc.boolean(),
    }),
    { maxLength: 4 },
  ),
});

function buildInput(
  draft: string,
  t: {
    platform: string;
    voice: string;
    signature?: string | undefined;
    posts: { text: string; handle?: string | undefined; isBrand: boolean }[];
  },
): RuleInput {
  const brand = brandSchema.parse({
    name: 'SpoorLinq',
    handles: ['@SpoorLinq'],
    voice: t.voice,
    signature: t.signature,
  });
  const thread = threadSchema.parse({
    version: 1,
    platform: t.platform,
    brand,
    posts: t.posts.map((post, index) => ({ id: `p${index}`, author: `author ${index}`, ...post })),
  });
  return {
    draft,
    thread,
    brand,
    language: 'nl',
    history: [{ platform: 'x', handle: '@z', category: 'other', time: '2026-11-20T10:00:00Z', reply: draft }],
    agent: { firstName: 'Sanne', initials: 'SV' },
    now: new Date('2026-11-20T12:00:00Z'),
    config: { sentToday: { [draft]: 9 }, teamPhrases: { banned: [draft.slice(0, 8), '?'], required: ['Team', ''] } },
    text: readDraftText(draft),
    target: findTarget(thread),
    draftLanguage: 'nl',
  };
}

describe('every rule, any text', () => {
  for (const rule of rules) {
    it(`${rule.id} never throws and keeps spans inside the draft`, () => {
      fc.assert(
        fc.property(draftText, threadArb, (draft, t) => {
          const input = buildInput(draft, t);
          for (const finding of rule.check(input)) {
            expect(finding.ruleId).toBe(rule.id);
            expect(finding.span.start).toBeGreaterThanOrEqual(0);
            expect(finding.span.end).toBeGreaterThanOrEqual(finding.span.start);
            expect(finding.span.end).toBeLessThanOrEqual(draft.length);
            expect(finding.message.nl.length).toBeGreaterThan(0);
            expect(finding.message.en.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: 150 },
      );
    });
  }

  it('checkDraft reports spans inside the draft and stable keys', () => {
    fc.assert(
      fc.property(draftText, threadArb, fc.constantFrom('nl', 'en'), (draft, t, ui) => {
        const input = buildInput(draft, t);
        const findings = checkDraft(input, input.config, ui);
        for (const finding of findings) {
          expect(finding.end).toBeLessThanOrEqual(draft.length);
          expect(finding.start).toBeLessThanOrEqual(finding.end);
        }
        const again = checkDraftDetailed(input, input.config).map((finding) => finding.key);
        expect(findings.map((finding) => finding.key)).toEqual(again);
        expect(new Set(again).size).toBe(again.length);
      }),
      { numRuns: 200 },
    );
  });
});
