import { normalizedWords } from './draft-text';
import { findPhrases, quote } from './phrase-list';
import { readThreadFacts } from './thread-context';
import { defineRule, type Finding, type RuleInput } from './types';
import { pitch } from './word-lists';

const linkPattern = /\bhttps?:\/\/\S+|\bwww\.\S+|\b[\p{L}\p{N}-]+\.(?:nl|com|be|eu|de|io|co|shop|net|org)\/\S*/giu;
const pricePattern = /€\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:%|euro\b|eur\b)/giu;
const hashtagPattern = /(?<![\p{L}\p{N}_])#[\p{L}\p{N}_]+/gu;
/** At most this many cues are reported: one is enough to act on, five is noise. */
const maxCues = 3;

export default defineRule({
  id: 'outreach-unsolicited-pitch',
  kind: 'outreach',
  scope: 'draft',
  languages: ['nl', 'en'],
  severity: 'error',
  description: {
    nl: 'Een verkooppraatje (code, link, campagne-hashtag, "check onze actie") aan iemand die het merk niet aansprak: spam (#IkDoeEenSeatje).',
    en: 'A sales pitch (code, link, campaign hashtag, "check out our offer") to someone who never addressed the brand: spam.',
  },
  check: (input) => {
    if (input.thread.posts.length === 0) return [];
    const facts = readThreadFacts(input.thread, input.brand);
    if (facts.addressedBrand) return [];
    return findPitchCues(input, facts.customerText)
      .slice(0, maxCues)
      .map((span): Finding => ({
        ruleId: 'outreach-unsolicited-pitch',
        message: {
          nl: `"${quote(input.draft.slice(span.start, span.end))}" maakt van een ongevraagde reactie een verkooppraatje: deze persoon sprak ${input.brand.name} niet aan. Laat het aanbod weg; reageer alleen als je echt helpt.`,
          en: `"${quote(input.draft.slice(span.start, span.end))}" turns an unsolicited reply into a sales pitch: this person never addressed ${input.brand.name}. Drop the offer; reply only if you genuinely help.`,
        },
        span,
      }));
  },
});

function findPitchCues(input: RuleInput, customerText: string): { start: number; end: number }[] {
  // Words the customer used themselves ("lease of occasion?") are the topic, not a pitch.
  const customerWords = new Set(normalizedWords(customerText));
  const spans = findPhrases(input.text, pitch)
    .filter((match) => !normalizedWords(input.draft.slice(match.start, match.end)).every((w) => customerWords.has(w)))
    .map((match) => ({ start: match.start, end: match.end }));
  for (const pattern of [linkPattern, pricePattern]) {
    for (const match of input.draft.matchAll(pattern))
      spans.push({ start: match.index, end: match.index + match[0].length });
  }
  const customerTags = new Set((customerText.match(hashtagPattern) ?? []).map((tag) => tag.toLowerCase()));
  for (const match of input.draft.matchAll(hashtagPattern)) {
    // Echoing the customer's own hashtag is conversation; bringing a new one is a campaign.
    if (!customerTags.has(match[0].toLowerCase()))
      spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans
    .sort((a, b) => a.start - b.start)
    .filter((span, index, all) => index === 0 || span.start >= (all[index - 1]?.end ?? 0));
}
