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
    // Cheap bound before parsing: each UTF-16 unit weighs at most 2, each link at most 23.
    const links = draft.match(/\S\.\S/g)?.length ?? 0;
    if (draft.length * 2 + links * 23 <= limit) return [];
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
