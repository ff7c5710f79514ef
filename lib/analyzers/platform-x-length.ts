import * as twitterTextModule from 'twitter-text';
import { defineRule } from './types';

const limit = 280;
// twitter-text is Babel-built CommonJS: Node's ESM sees only `default`, bundlers and require() see the functions.
const twitterText =
  (twitterTextModule as { default?: { parseTweet: typeof twitterTextModule.parseTweet } }).default ?? twitterTextModule;

export default defineRule({
  id: 'platform-x-length',
  kind: 'platform',
  scope: 'draft',
  languages: ['nl', 'en'],
  severity: 'error',
  description: {
    nl: 'Te lang voor X: meer dan 280 gewogen tekens (links tellen als 23, emoji als 2).',
    en: 'Too long for X: over 280 weighted characters (links count 23, emoji 2).',
  },
  check: ({ draft, thread }) => {
    if (thread.platform !== 'x' || draft.length === 0) return [];
    if (weightBound(draft) <= limit) return [];
    const parsed = twitterText.parseTweet(draft);
    if (parsed.weightedLength <= limit) return [];
    const over = parsed.weightedLength - limit;
    const start = Math.min(draft.length, Math.max(0, parsed.validRangeEnd + 1));
    return [
      {
        ruleId: 'platform-x-length',
        message: {
          nl: `${parsed.weightedLength}/${limit} tekens op X (links tellen als 23, emoji als 2): haal er ${over} weg, of splits in twee berichten.`,
          en: `${parsed.weightedLength}/${limit} characters on X (links count 23, emoji 2): cut ${over}, or split into two posts.`,
        },
        span: { start, end: draft.length },
      },
    ];
  },
});

/**
 * An upper bound of X's weighted length, cheap enough for every keystroke: code points up to U+10FF weigh 1 and
 * all others 2 (an emoji sequence weighs 2 in total, never more), and each link adds at most 23 on top of its
 * letters. Only drafts above the bound are parsed by twitter-text.
 */
function weightBound(draft: string): number {
  let weight = 0;
  for (let i = 0; i < draft.length; i++) {
    const code = draft.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      weight += 2;
      i++;
    } else weight += code <= 0x10ff ? 1 : 2;
  }
  const links = draft.match(/\S\.\S/g)?.length ?? 0;
  return weight + links * 23;
}
