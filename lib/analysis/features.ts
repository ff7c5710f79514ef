/**
 * Features of a target post in its thread, shared by the sarcasm and category models (and by training).
 *
 * Two parts: named "dense" features (cues, sentiment of the target, and the CONTEXT: complaints before it, brand
 * replies that did not solve it, the same author repeating, praise-after-complaint interactions), and hashed word
 * and character n-grams of the target. Evidence (which posts, which words) is kept beside the numbers so the
 * verdict can name the posts that made it.
 */
import type { Post, Thread } from '../thread/schema';
import { normalizeHandle } from '../thread/target';
import { detectLanguage } from './language';
import { findMarkers, findPhrases, scoreSentiment, type Lexicons, type MarkerHit } from './lexicon';
import type { CustomerHistoryItem, Language } from './types';
import { hashString, maxFeatureChars, normalizeText, squeezeElongation, tokenize } from './text';

/** Marker ids of data/cues.json, in a fixed order (the model's dense layout depends on it). */
export const markerIds = [
  'emoji-eyeroll',
  'emoji-upside-down',
  'emoji-clap',
  'emoji-unamused',
  'emoji-clown',
  'emoji-smirk',
  'emoji-facepalm',
  'emoji-laugh',
  'emoji-thumbs',
  'emoji-party',
  'emoji-heart',
  'nl-weer-eens',
  'nl-hoor',
  'nl-lekker-bezig',
  'nl-wat-een',
  'nl-ironic-words',
  'en-again',
  'en-ironic-phrases',
  'hashtag-not',
  'quotes',
  'elongation',
  'ellipsis',
  'exclamations',
  'laughter',
] as const;

const targetFeatureNames = [
  't_positive',
  't_negative',
  't_praise',
  't_complaint',
  't_pure_praise',
  't_question_mark',
  't_question_word',
  't_suggestion',
  't_spreading',
  't_marker_any',
  't_caps',
  't_short',
  't_emoji_only',
  't_praise_and_complaint',
  ...markerIds.map((id) => `m_${id}`),
] as const;

/** Features that look beyond the target: zeroed in the "target only" ablation. */
const contextFeatureNames = [
  'c_has_context',
  'c_negative_posts',
  'c_negative_mean',
  'c_author_earlier',
  'c_author_earlier_negative',
  'c_brand_before',
  'c_brand_unsolved',
  'c_parent_negative',
  'c_parent_brand',
  'c_starts_with_brand',
  'c_unrelated_brand_post',
  'c_no_negative_context',
  'h_negative_items',
  'h_platforms',
  'x_positive_after_complaints',
  'x_praise_after_complaints',
  'x_positive_after_own_complaints',
  'x_positive_after_unsolved',
  'x_marker_in_negative_thread',
  'x_praise_without_complaints',
  'x_negative_in_negative_thread',
  'x_spreading_history',
] as const;

export const denseFeatureNames: readonly string[] = [...targetFeatureNames, ...contextFeatureNames];
const denseIndex = new Map(denseFeatureNames.map((name, index) => [name, index]));
const contextStart = targetFeatureNames.length;

export interface PostEvidence {
  id: string;
  snippet: string;
}

/** What the numbers were computed from, for reasons a person can check. */
export interface FeatureEvidence {
  targetId: string;
  markers: MarkerHit[];
  praise: string[];
  complaint: string[];
  topPositive?: string;
  topNegative?: string;
  complaintPosts: PostEvidence[];
  authorComplaintPosts: PostEvidence[];
  unsolvedBrandPosts: PostEvidence[];
  parent?: PostEvidence;
  /** Word n-grams of the target with their hashed bucket (for "wording" reasons). */
  wordGrams: { gram: string; bucket: number; value: number }[];
}

export interface Features {
  /** Values of denseFeatureNames, same order. */
  dense: Float64Array;
  /** Hashed n-gram buckets (0 .. 2^hashBits-1) and values; a bucket may repeat. */
  buckets: number[];
  values: number[];
  language: Language;
  evidence: FeatureEvidence;
}

export interface FeatureOptions {
  hashBits: number;
  history?: readonly CustomerHistoryItem[];
  /** Ablation: leave every context feature at 0, as if the target stood alone. */
  targetOnly?: boolean;
  /** Language of the target when the caller already knows it. */
  language?: Language;
}

interface PostSignal {
  post: Post;
  negativity: number;
  isNegative: boolean;
}

const negativeCategories = new Set(['complaint', 'repeated_negative']);

export function extractFeatures(thread: Thread, target: Post, lexicons: Lexicons, options: FeatureOptions): Features {
  const dense = new Float64Array(denseFeatureNames.length);
  const set = (name: string, value: number) => {
    const index = denseIndex.get(name);
    if (index !== undefined) dense[index] = value;
  };
  const language = options.language ?? detectLanguage(target.text);
  const raw = target.text.slice(0, maxFeatureChars * 2);
  const normalized = normalizeText(raw);
  const tokens = tokenize(normalized).map(squeezeElongation);
  const sentiment = scoreSentiment(tokens, language, lexicons);
  const praise = findPhrases(normalized, 'praise', language, lexicons);
  const complaint = findPhrases(normalized, 'complaint', language, lexicons);
  const markers = findMarkers(raw, lexicons);
  const questionWords = findPhrases(normalized, 'question', language, lexicons);
  const letters = raw.match(/\p{L}/gu)?.length ?? 0;

  set('t_positive', Math.min(sentiment.positive, 3));
  set('t_negative', Math.min(sentiment.negative, 3));
  set('t_praise', Math.min(praise.length, 3));
  set('t_complaint', Math.min(complaint.length, 3));
  const positiveTone = sentiment.positive > sentiment.negative + 0.2 || (praise.length > 0 && sentiment.negative < 0.5);
  set('t_pure_praise', positiveTone && complaint.length === 0 ? 1 : 0);
  set('t_question_mark', raw.includes('?') ? 1 : 0);
  set('t_question_word', questionWords.length > 0 && isQuestionStart(normalized, questionWords) ? 1 : 0);
  set('t_suggestion', Math.min(findPhrases(normalized, 'suggestion', language, lexicons).length, 2));
  const spreading = findPhrases(normalized, 'spreading', language, lexicons).length;
  set('t_spreading', Math.min(spreading, 2));
  set('t_marker_any', markers.some((hit) => !['exclamations', 'ellipsis', 'emoji-heart'].includes(hit.id)) ? 1 : 0);
  set('t_caps', /(?<!\p{L})\p{Lu}{3,}(?!\p{L})/u.test(raw) ? 1 : 0);
  set('t_short', tokens.length <= 6 ? 1 : 0);
  set('t_emoji_only', letters === 0 && tokens.length > 0 ? 1 : 0);
  set('t_praise_and_complaint', praise.length > 0 && complaint.length > 0 ? 1 : 0);
  for (const hit of markers) set(`m_${hit.id}`, 1);

  const evidence: FeatureEvidence = {
    targetId: target.id,
    markers,
    praise,
    complaint,
    complaintPosts: [],
    authorComplaintPosts: [],
    unsolvedBrandPosts: [],
    wordGrams: [],
  };
  if (sentiment.topPositive) evidence.topPositive = sentiment.topPositive;
  if (sentiment.topNegative) evidence.topNegative = sentiment.topNegative;

  if (!options.targetOnly) {
    addContext(thread, target, lexicons, options.history ?? [], dense, set, evidence, {
      positive: positiveTone ? 1 : 0,
      praise: praise.length > 0 ? 1 : 0,
      marker: dense[denseIndex.get('t_marker_any') ?? 0] ?? 0,
      negative: sentiment.negative > sentiment.positive || complaint.length > 1 ? 1 : 0,
      spreading: spreading > 0 ? 1 : 0,
    });
  }

  const { buckets, values } = hashNgrams(normalized, tokens, options.hashBits, evidence);
  return { dense, buckets, values, language, evidence };
}

function isQuestionStart(normalized: string, questionWords: string[]): boolean {
  const start = normalized.trimStart().slice(0, 40);
  return questionWords.some((word) => start.startsWith(word));
}

interface TargetTone {
  positive: number;
  praise: number;
  marker: number;
  negative: number;
  spreading: number;
}

function addContext(
  thread: Thread,
  target: Post,
  lexicons: Lexicons,
  history: readonly CustomerHistoryItem[],
  dense: Float64Array,
  set: (name: string, value: number) => void,
  evidence: FeatureEvidence,
  tone: TargetTone,
): void {
  const targetIndex = thread.posts.findIndex((post) => post.id === target.id);
  const before = targetIndex >= 0 ? thread.posts.slice(0, targetIndex) : [];
  const author = authorKey(target);
  const signals: PostSignal[] = before.map((post) => signalOf(post, lexicons));

  const customerSignals = signals.filter((signal) => !signal.post.isBrand);
  const negativePosts = customerSignals.filter((signal) => signal.isNegative);
  const ownPosts = customerSignals.filter((signal) => authorKey(signal.post) === author);
  const ownNegative = ownPosts.filter((signal) => signal.isNegative);
  evidence.complaintPosts = negativePosts.map((signal) => postEvidence(signal.post));
  evidence.authorComplaintPosts = ownNegative.map((signal) => postEvidence(signal.post));

  // A brand reply "did not solve it" when a customer post after it is still negative (or the target complains).
  const unsolved: Post[] = [];
  signals.forEach((signal, index) => {
    if (!signal.post.isBrand) return;
    const later = signals.slice(index + 1).filter((next) => !next.post.isBrand);
    if (later.some((next) => next.isNegative) || (later.length === 0 && tone.negative > 0)) unsolved.push(signal.post);
  });
  evidence.unsolvedBrandPosts = unsolved.map(postEvidence);

  const parent =
    (target.parentId !== undefined ? before.find((post) => post.id === target.parentId) : undefined) ?? before.at(-1);
  const parentSignal = parent ? signals.find((signal) => signal.post.id === parent.id) : undefined;
  if (parent) evidence.parent = postEvidence(parent);

  const negativeCount = negativePosts.length;
  const negativeMean =
    customerSignals.length > 0
      ? customerSignals.reduce((sum, signal) => sum + signal.negativity, 0) / customerSignals.length
      : 0;
  const first = thread.posts[0];
  const startsWithBrand = first !== undefined && first.isBrand && first.id !== target.id;
  const unrelatedBrandPost =
    startsWithBrand && ownPosts.length === 0 && tone.negative > 0 && !signalOf(first, lexicons).isNegative ? 1 : 0;
  const otherPlaces = history.filter(
    (item) => negativeCategories.has(item.category) && (item.threadUrl === undefined || item.threadUrl !== thread.url),
  );
  const negatives = Math.log1p(negativeCount);
  const contrast = Math.min(negativeCount, 1);

  set('c_has_context', before.length > 0 ? 1 : 0);
  set('c_negative_posts', negatives);
  set('c_negative_mean', Math.max(-1, Math.min(negativeMean, 2)));
  set('c_author_earlier', Math.log1p(ownPosts.length));
  set('c_author_earlier_negative', Math.log1p(ownNegative.length));
  set('c_brand_before', signals.some((signal) => signal.post.isBrand) ? 1 : 0);
  set('c_brand_unsolved', unsolved.length > 0 ? 1 : 0);
  set('c_parent_negative', parentSignal?.isNegative ? 1 : 0);
  set('c_parent_brand', parent?.isBrand ? 1 : 0);
  set('c_starts_with_brand', startsWithBrand ? 1 : 0);
  set('c_unrelated_brand_post', unrelatedBrandPost);
  set('c_no_negative_context', negativeCount === 0 ? 1 : 0);
  set('h_negative_items', Math.log1p(otherPlaces.length));
  set('h_platforms', Math.min(new Set(otherPlaces.map((item) => item.platform)).size, 3));
  set('x_positive_after_complaints', tone.positive * negatives);
  set('x_praise_after_complaints', tone.praise * contrast);
  set('x_positive_after_own_complaints', tone.positive * Math.min(ownNegative.length, 1));
  set('x_positive_after_unsolved', tone.positive * (unsolved.length > 0 ? 1 : 0));
  set('x_marker_in_negative_thread', tone.marker * contrast);
  set('x_praise_without_complaints', tone.positive * (negativeCount === 0 ? 1 : 0));
  set('x_negative_in_negative_thread', tone.negative * contrast);
  set('x_spreading_history', (tone.spreading > 0 ? 1 : 0) + Math.min(otherPlaces.length, 2) * tone.negative);
  void dense;
}

/** Posts are read once per thread object, however many times sarcasm and category look at them. */
const signalCache = new WeakMap<Post, PostSignal>();

function signalOf(post: Post, lexicons: Lexicons): PostSignal {
  const cachedSignal = signalCache.get(post);
  if (cachedSignal) return cachedSignal;
  const signal = computeSignal(post, lexicons);
  signalCache.set(post, signal);
  return signal;
}

function computeSignal(post: Post, lexicons: Lexicons): PostSignal {
  const language = detectLanguage(post.text);
  const normalized = normalizeText(post.text.slice(0, maxFeatureChars));
  const tokens = tokenize(normalized).map(squeezeElongation);
  const sentiment = scoreSentiment(tokens, language, lexicons);
  const complaints = findPhrases(normalized, 'complaint', language, lexicons).length;
  const ironic = findMarkers(post.text.slice(0, maxFeatureChars), lexicons).some((hit) =>
    ['emoji-eyeroll', 'emoji-unamused', 'emoji-clown', 'emoji-facepalm', 'hashtag-not', 'nl-weer-eens'].includes(
      hit.id,
    ),
  );
  const negativity = sentiment.negative - sentiment.positive + 0.35 * Math.min(complaints, 4) + (ironic ? 0.5 : 0);
  return { post, negativity, isNegative: negativity >= 0.4 };
}

function authorKey(post: Post): string {
  return post.handle ? normalizeHandle(post.handle) : post.author.trim().toLowerCase();
}

function postEvidence(post: Post): PostEvidence {
  const text = post.text.replace(/\s+/g, ' ').trim();
  return { id: post.id, snippet: text.length > 60 ? `${text.slice(0, 57)}…` : text };
}

/** Word 1–2-grams and character 2–4-grams of the target, each group scaled to unit length. */
function hashNgrams(
  normalized: string,
  tokens: string[],
  hashBits: number,
  evidence: FeatureEvidence,
): { buckets: number[]; values: number[] } {
  const mask = (1 << hashBits) - 1;
  const buckets: number[] = [];
  const values: number[] = [];
  const words = tokens.slice(0, 300);
  const grams: string[] = [];
  for (let i = 0; i < words.length; i++) {
    grams.push(words[i] ?? '');
    if (i + 1 < words.length) grams.push(`${words[i]} ${words[i + 1]}`);
  }
  const wordValue = grams.length > 0 ? 1 / Math.sqrt(grams.length) : 0;
  for (const gram of grams) {
    const bucket = hashString(`w:${gram}`) & mask;
    buckets.push(bucket);
    values.push(wordValue);
    evidence.wordGrams.push({ gram, bucket, value: wordValue });
  }
  const text = ` ${words.join(' ')} `.slice(0, maxFeatureChars);
  const charGrams: number[] = [];
  for (let n = 2; n <= 4; n++) {
    for (let i = 0; i + n <= text.length; i++) charGrams.push(hashString(`c:${text.slice(i, i + n)}`) & mask);
  }
  const charValue = charGrams.length > 0 ? 1 / Math.sqrt(charGrams.length) : 0;
  for (const bucket of charGrams) {
    buckets.push(bucket);
    values.push(charValue);
  }
  return { buckets, values };
}

export const contextFeatureStart = contextStart;
