/**
 * Facts about the thread that several rules share (did the customer ever address the brand, sensitive topics,
 * did the customer ask for a DM). Computed once per thread object and kept in a WeakMap, because the sidebar
 * re-checks the draft on every pause in typing while the thread stays the same.
 */
import type { Brand, Post, Thread } from '../thread/schema';
import { isBrandAuthor, normalizeHandle } from '../thread/target';
import { readDraftText, type DraftText } from './draft-text';
import { findPhrases, type PhraseMatch } from './phrase-list';
import { channelRequest, customerConfirms, privateContext, repeatCues, sensitiveTopics } from './word-lists';

export interface ThreadFacts {
  /** The customer tagged, named or answered the brand, or the brand already takes part in the thread. */
  addressedBrand: boolean;
  /** Sensitive topics raised by customers (list entry ids: death, illness, …). */
  sensitiveTopics: readonly PhraseMatch[];
  /** A customer asked to continue by DM, phone or mail. */
  customerAskedChannel: boolean;
  /** The conversation is about orders, accounts, payments…: details only fit in private. */
  needsPrivateDetails: boolean;
  /** All text written by customers (for "is this phone number theirs"). */
  customerText: string;
  /** The customer reports the problem again ("derde keer", "still", a follow-up post): first-line checks insult. */
  customerRepeats: boolean;
  /** The customer's last post says it works now, so a closing line needs no check question. */
  customerConfirmedSolved: boolean;
}

/** A sentence with these words does not confirm anything ("werkt nog steeds niet", "not fixed"). */
const negations = new Set([
  'niet',
  'geen',
  'nog',
  'not',
  "doesn't",
  "isn't",
  "didn't",
  "won't",
  "can't",
  'no',
  'still',
]);

const cache = new WeakMap<Thread, WeakMap<Brand, ThreadFacts>>();

export function readThreadFacts(thread: Thread, brand: Brand): ThreadFacts {
  const byBrand = cache.get(thread) ?? new WeakMap<Brand, ThreadFacts>();
  cache.set(thread, byBrand);
  const known = byBrand.get(brand);
  if (known) return known;
  const facts = computeFacts(thread, brand);
  byBrand.set(brand, facts);
  return facts;
}

function computeFacts(thread: Thread, brand: Brand): ThreadFacts {
  const isBrand = (post: Post) => post.isBrand || isBrandAuthor(post, brand);
  const customerPosts = thread.posts.filter((post) => !isBrand(post));
  const customerText = customerPosts.map((post) => post.text).join('\n');
  const customerWords: DraftText = readDraftText(customerText);
  const allWords = readDraftText(thread.posts.map((post) => post.text).join('\n'));
  return {
    addressedBrand:
      thread.posts.some(isBrand) ||
      customerPosts.some(
        (post) =>
          mentionsBrand(post.text, brand) ||
          (post.quoted !== undefined && isBrandAuthor(post.quoted, brand)) ||
          (post.quoted !== undefined && mentionsBrand(post.quoted.text, brand)),
      ),
    sensitiveTopics: findPhrases(customerWords, sensitiveTopics),
    customerAskedChannel: findPhrases(customerWords, channelRequest).length > 0,
    needsPrivateDetails: findPhrases(allWords, privateContext).length > 0,
    customerText,
    customerRepeats:
      customerPosts.filter((post) => post.author === customerPosts.at(-1)?.author).length > 1 ||
      findPhrases(customerWords, repeatCues).length > 0,
    customerConfirmedSolved: confirmsSolved(customerPosts.at(-1)?.text ?? ''),
  };
}

function confirmsSolved(text: string): boolean {
  const words = readDraftText(text);
  return findPhrases(words, customerConfirms).some((match) => {
    const sentence = words.tokens.find((token) => token.start === match.start)?.sentence;
    const sentenceWords = words.tokens.filter((token) => token.sentence === sentence);
    return !sentenceWords.some((token) => negations.has(token.norm)) && !words.sentences[sentence ?? -1]?.question;
  });
}

export function mentionsBrand(text: string, brand: Brand): boolean {
  const lower = text.toLowerCase();
  for (const handle of brand.handles) {
    const name = normalizeHandle(handle);
    if (name && new RegExp(`@${escapeRegExp(name)}(?![\\w])`, 'i').test(text)) return true;
  }
  const name = brand.name.trim().toLowerCase();
  if (name.length < 2 || name === '(brand)') return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])#?${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').test(lower);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
