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
import { detectLanguage, languageOfWords } from './language';
import { findMarkers, findPhrases, scoreSentiment, type Lexicons, type MarkerHit } from './lexicon';
import { polarityInput, scorePolarity, type PolarityInput, type PolarityModel } from './polarity';
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
  'tp_positive',
  'tp_negative',
  ...markerIds.map((id) => `m_${id}`),
] as const;

/** Features that look beyond the target: zeroed in the "target only" ablation. */
const contextFeatureNames = [
  'c_has_context',
  'c_negative_posts',
  'c_negative_mean',
  'c_author_earlier_negative',
  'c_brand_before',
  'c_brand_unsolved',
  'c_parent_negative',
  'c_parent_brand',
  'c_starts_with_brand',
  'c_unrelated_brand_post',
  'c_no_negative_context',
  'c_last_customer_negative',
  'c_last_customer_positive',
  'c_last_own_negative',
  'c_resolved',
  'c_negative_after_resolved',
  'c_negative_after_last_brand',
  'c_brand_last_word',
  'c_brand_last_resolves',
  'c_positive_posts',
  'c_starts_positive',
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
  'x_positive_after_last_negative',
  'x_positive_after_resolution',
  'x_not_negative_after_negative',
  'x_positive_after_own_last_negative',
  'x_calm_after_negative_after_brand',
  'x_calm_after_brand_resolves',
  'x_positive_in_positive_thread',
  'c_state_negative',
  'c_state_positive',
  'x_calm_in_negative_state',
  'x_positive_in_negative_state',
  'x_positive_in_positive_state',
  'p_brand_reply_negative',
  'p_brand_reply_positive',
  'p_last_customer_negative',
  'p_last_customer_positive',
  'p_opening_customer_negative',
  'p_opening_customer_positive',
  'p_mean_customer_negative',
  'p_brand_opening_positive',
  'xp_positive_x_brand_reply_negative',
  'xp_positive_x_brand_reply_positive',
  'xp_calm_x_last_customer_negative',
  'xp_calm_x_last_customer_positive',
  'xp_positive_x_mean_negative',
  'xs_positive_x_brand_reply_negative',
  'xs_positive_x_brand_reply_positive',
  'xs_positive_x_last_customer_negative',
  'xs_positive_x_last_customer_positive',
  'xs_positive_x_mean_negative',
  'xs_not_negative_x_mean_negative',
  'xs_positive_in_negative_state',
  'xs_positive_in_positive_state',
  'p_reactions_negative',
  'p_reactions_positive',
  'c_brand_reply_brushoff',
  'c_brand_reply_solves',
  'x_positive_after_brushoff',
  'x_calm_after_brushoff',
  'xs_positive_after_brushoff',
  'x_positive_after_solving_reply',
  'c_brand_reply_welcomes',
  'x_positive_after_welcoming_reply',
  'x_calm_after_welcoming_reply',
  'p_parent_negative',
  'p_parent_positive',
  'p_own_last_negative',
  'p_own_last_positive',
  'xs_positive_x_parent_negative',
  'xs_positive_x_parent_positive',
  'xs_positive_x_own_last_negative',
  'xs_positive_x_own_last_positive',
  'xs_negative_x_last_customer_negative',
  'xs_negative_x_brand_reply_negative',
  'xs_negative_in_negative_state',
] as const;

export const denseFeatureNames: readonly string[] = [...targetFeatureNames, ...contextFeatureNames];
const denseIndex = new Map(denseFeatureNames.map((name, index) => [name, index]));
const contextStart = targetFeatureNames.length;

export interface PostEvidence {
  id: string;
  /** The post's full text; shortened only when a reason is written. */
  text: string;
}

/** What the numbers were computed from, for reasons a person can check. */
export interface FeatureEvidence {
  targetId: string;
  targetText: string;
  markers: MarkerHit[];
  praise: string[];
  complaint: string[];
  topPositive?: string;
  topNegative?: string;
  complaintPosts: PostEvidence[];
  authorComplaintPosts: PostEvidence[];
  unsolvedBrandPosts: PostEvidence[];
  parent?: PostEvidence;
  /** The brand's latest reply before the target. */
  lastBrandPost?: PostEvidence;
  /** Positive customer posts before the target. */
  positivePosts: PostEvidence[];
  /** The latest post that says the problem was solved. */
  resolvingPost?: PostEvidence;
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
  /** False: skip the hashed n-grams (a model that gives them no weight); default true. */
  ngrams?: boolean;
  /** Language of the target when the caller already knows it. */
  language?: Language;
  /** The learned post polarity for reading earlier posts; without it, lexicon rules read them. */
  polarity?: PolarityModel;
}

interface PostSignal {
  post: Post;
  negativity: number;
  isNegative: boolean;
  isPositive: boolean;
  /** Says the problem was solved ("bag arrived", "is opgelost"). */
  resolves: boolean;
  /** A stock reply that moves the problem along without solving it ("DM us", "helaas", "allow 14 days"). */
  brushoff: number;
  tokens: string[];
  /** A brand post that answers praise ("love to hear it", "fijn om te horen"). */
  welcomes: boolean;
  /** Probability-like reading of the post: negative, positive (0..1). */
  pNegative: number;
  pPositive: number;
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
  const praise = findPhrases(tokens, 'praise', language, lexicons);
  const complaint = findPhrases(tokens, 'complaint', language, lexicons);
  const markers = findMarkers(raw, lexicons);
  const questionWords = findPhrases(tokens, 'question', language, lexicons);
  const letters = raw.match(/\p{L}/gu)?.length ?? 0;

  set('t_positive', Math.min(sentiment.positive, 3));
  set('t_negative', Math.min(sentiment.negative, 3));
  set('t_praise', Math.min(praise.length, 3));
  set('t_complaint', Math.min(complaint.length, 3));
  const positiveTone = sentiment.positive > sentiment.negative + 0.2 || (praise.length > 0 && sentiment.negative < 0.5);
  set('t_pure_praise', positiveTone && complaint.length === 0 ? 1 : 0);
  set('t_question_mark', raw.includes('?') ? 1 : 0);
  set('t_question_word', questionWords.length > 0 && isQuestionStart(tokens, lexicons, language) ? 1 : 0);
  set('t_suggestion', Math.min(findPhrases(tokens, 'suggestion', language, lexicons).length, 2));
  const spreading = findPhrases(tokens, 'spreading', language, lexicons).length;
  set('t_spreading', Math.min(spreading, 2));
  set('t_marker_any', markers.some((hit) => !['exclamations', 'ellipsis', 'emoji-heart'].includes(hit.id)) ? 1 : 0);
  set('t_caps', /(?<!\p{L})\p{Lu}{3,}(?!\p{L})/u.test(raw) ? 1 : 0);
  set('t_short', tokens.length <= 6 ? 1 : 0);
  set('t_emoji_only', letters === 0 && tokens.length > 0 ? 1 : 0);
  set('t_praise_and_complaint', praise.length > 0 && complaint.length > 0 ? 1 : 0);
  for (const hit of markers) set(`m_${hit.id}`, 1);

  const evidence: FeatureEvidence = {
    targetId: target.id,
    targetText: target.text,
    markers,
    praise,
    complaint,
    complaintPosts: [],
    authorComplaintPosts: [],
    unsolvedBrandPosts: [],
    positivePosts: [],
    wordGrams: [],
  };
  if (sentiment.topPositive) evidence.topPositive = sentiment.topPositive;
  if (sentiment.topNegative) evidence.topNegative = sentiment.topNegative;

  // The target's surface tone as the learned polarity reads it (compliment-like vs complaint-like words).
  const polarity = options.polarity;
  const [surfaceNegative, , surfacePositive] = polarity
    ? scorePolarity(
        polarity,
        polarityInput(tokens, raw, language, false, lexicons.negativeIrony.test(raw), lexicons, polarity.hashBits),
      )
    : [sentiment.negative > sentiment.positive ? 1 : 0, 0, positiveTone ? 1 : 0];
  set('tp_positive', surfacePositive);
  set('tp_negative', surfaceNegative);

  let contextState: ContextState = 'none';
  if (!options.targetOnly) {
    contextState = addContext(thread, target, lexicons, options.history ?? [], options.polarity, dense, set, evidence, {
      positive: positiveTone ? 1 : 0,
      praise: praise.length > 0 ? 1 : 0,
      marker: dense[denseIndex.get('t_marker_any') ?? 0] ?? 0,
      negative: sentiment.negative > sentiment.positive || complaint.length > 1 ? 1 : 0,
      spreading: spreading > 0 ? 1 : 0,
      surfacePositive,
      surfaceNegative,
    });
  }

  if (options.ngrams === false) return { dense, buckets: [], values: [], language, evidence };
  const { buckets, values } = hashNgrams(normalized, tokens, options.hashBits, evidence, contextState);
  if (!options.targetOnly) {
    addContextWords(thread, target, lexicons, options.polarity, options.hashBits, buckets, values);
  }
  return { dense, buckets, values, language, evidence };
}

/** A question word opens the post (after any @mentions): "hoe kan ik…", "can I…". */
function isQuestionStart(tokens: readonly string[], lexicons: Lexicons, language: Language): boolean {
  const start = tokens.findIndex((token) => !token.startsWith('@'));
  if (start < 0) return false;
  return findPhrases(tokens.slice(start, start + 4), 'question', language, lexicons).some((phrase) =>
    phrase.startsWith(tokens[start] ?? ''),
  );
}

interface TargetTone {
  positive: number;
  praise: number;
  marker: number;
  negative: number;
  spreading: number;
  surfacePositive: number;
  surfaceNegative: number;
}

function addContext(
  thread: Thread,
  target: Post,
  lexicons: Lexicons,
  history: readonly CustomerHistoryItem[],
  polarity: PolarityModel | undefined,
  dense: Float64Array,
  set: (name: string, value: number) => void,
  evidence: FeatureEvidence,
  tone: TargetTone,
): ContextState {
  const targetIndex = thread.posts.findIndex((post) => post.id === target.id);
  const before = targetIndex >= 0 ? thread.posts.slice(0, targetIndex) : [];
  const author = authorKey(target);
  const signals: PostSignal[] = before.map((post) => signalOf(post, lexicons, polarity));

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
    startsWithBrand && ownPosts.length === 0 && tone.negative > 0 && !signalOf(first, lexicons, polarity).isNegative
      ? 1
      : 0;
  const otherPlaces = history.filter(
    (item) => negativeCategories.has(item.category) && (item.threadUrl === undefined || item.threadUrl !== thread.url),
  );
  const negatives = Math.log1p(negativeCount);
  const contrast = Math.min(negativeCount, 1);

  set('c_has_context', before.length > 0 ? 1 : 0);
  set('c_negative_posts', negatives);
  set('c_negative_mean', Math.max(-1, Math.min(negativeMean, 2)));
  // Only the author's earlier COMPLAINTS count: a plain "posted before" count learned that follow-ups are sarcastic
  // (a trait of the written threads, not of webcare: "thanks!" after being helped is a follow-up too). Without it
  // train-split CV F1 0.672 → 0.648, pairs 0.435 → 0.387 (within noise on 366 threads), and thanks-after-help works.
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
  // The state the thread is in right before the target: the latest customer posts, and whether it got solved.
  const lastCustomer = customerSignals.at(-1);
  const lastOwn = ownPosts.at(-1);
  const resolvedAt = signals.findLastIndex((signal) => signal.resolves && !signal.isNegative);
  const negativeAfterResolved =
    resolvedAt >= 0 && signals.slice(resolvedAt + 1).some((signal) => !signal.post.isBrand && signal.isNegative);
  const lastNegative = lastCustomer?.isNegative ? 1 : 0;
  const resolving = signals[resolvedAt];
  if (resolving && !negativeAfterResolved) evidence.resolvingPost = postEvidence(resolving.post);
  set('c_last_customer_negative', lastNegative);
  set('c_last_customer_positive', lastCustomer?.isPositive ? 1 : 0);
  set('c_last_own_negative', lastOwn?.isNegative ? 1 : 0);
  set('c_resolved', resolvedAt >= 0 && !negativeAfterResolved ? 1 : 0);
  set('c_negative_after_resolved', negativeAfterResolved ? 1 : 0);
  set('x_positive_after_last_negative', tone.positive * lastNegative);
  set('x_positive_after_resolution', tone.positive * (resolvedAt >= 0 && !negativeAfterResolved ? 1 : 0));
  set('x_not_negative_after_negative', (1 - tone.negative) * lastNegative);
  set('x_positive_after_own_last_negative', tone.positive * (lastOwn?.isNegative ? 1 : 0));
  const lastBrandAt = signals.findLastIndex((signal) => signal.post.isBrand);
  const afterBrand = lastBrandAt >= 0 ? signals.slice(lastBrandAt + 1).filter((signal) => !signal.post.isBrand) : [];
  const negativeAfterBrand = afterBrand.filter((signal) => signal.isNegative).length;
  const lastBrand = signals[lastBrandAt];
  const brandResolves = lastBrand?.resolves && negativeAfterBrand === 0 ? 1 : 0;
  const positivePosts = customerSignals.filter((signal) => signal.isPositive).length;
  const firstCustomer = customerSignals[0];
  const calm = 1 - tone.negative;
  if (lastBrand) evidence.lastBrandPost = postEvidence(lastBrand.post);
  evidence.positivePosts = customerSignals
    .filter((signal) => signal.isPositive)
    .map((signal) => postEvidence(signal.post));
  set('c_negative_after_last_brand', Math.log1p(negativeAfterBrand));
  set('c_brand_last_word', lastBrandAt >= 0 && lastBrandAt === signals.length - 1 ? 1 : 0);
  set('c_brand_last_resolves', brandResolves);
  set('c_positive_posts', Math.log1p(positivePosts));
  set('c_starts_positive', firstCustomer?.isPositive ? 1 : 0);
  set('x_calm_after_negative_after_brand', calm * Math.min(negativeAfterBrand, 1));
  set('x_calm_after_brand_resolves', calm * brandResolves);
  set('x_positive_in_positive_thread', tone.positive * (positivePosts > negativeCount ? 1 : 0));
  const reactions = (targetIndex >= 0 ? thread.posts.slice(targetIndex + 1) : [])
    .filter((post) => !post.isBrand && authorKey(post) !== author)
    .map((post) => signalOf(post, lexicons, polarity));
  set('p_reactions_negative', reactions.length > 0 ? Math.max(...reactions.map((signal) => signal.pNegative)) : 0);
  set('p_reactions_positive', reactions.length > 0 ? Math.max(...reactions.map((signal) => signal.pPositive)) : 0);

  // The brand's latest reply to a customer mirrors the situation: "love to hear that!" vs "sorry, please contact…".
  const brandReplyAt = signals.findLastIndex(
    (signal, index) => signal.post.isBrand && signals.slice(0, index).some((earlier) => !earlier.post.isBrand),
  );
  const brandReply = signals[brandReplyAt];
  const openingCustomer = customerSignals[0];
  const meanNegative =
    customerSignals.length > 0
      ? customerSignals.reduce((sum, signal) => sum + signal.pNegative, 0) / customerSignals.length
      : 0;
  set('p_brand_reply_negative', brandReply?.pNegative ?? 0);
  set('p_brand_reply_positive', brandReply?.pPositive ?? 0);
  set('p_last_customer_negative', lastCustomer?.pNegative ?? 0);
  set('p_last_customer_positive', lastCustomer?.pPositive ?? 0);
  set('p_opening_customer_negative', openingCustomer?.pNegative ?? 0);
  set('p_opening_customer_positive', openingCustomer?.pPositive ?? 0);
  set('p_mean_customer_negative', meanNegative);
  set('p_brand_opening_positive', startsWithBrand ? (signals[0]?.pPositive ?? 0) : 0);
  set('xp_positive_x_brand_reply_negative', tone.positive * (brandReply?.pNegative ?? 0));
  set('xp_positive_x_brand_reply_positive', tone.positive * (brandReply?.pPositive ?? 0));
  set('xp_calm_x_last_customer_negative', calm * (lastCustomer?.pNegative ?? 0));
  set('xp_calm_x_last_customer_positive', calm * (lastCustomer?.pPositive ?? 0));
  set('xp_positive_x_mean_negative', tone.positive * meanNegative);
  if (brandReply) evidence.lastBrandPost = postEvidence(brandReply.post);
  // "We'll pass this on to the team" after praise is a thank-you, not a brush-off.
  const brushoffCount = brandReply?.welcomes ? 0 : (brandReply?.brushoff ?? 0);
  set('c_brand_reply_brushoff', Math.min(brushoffCount, 2));
  set('c_brand_reply_solves', brandReply?.resolves && brushoffCount === 0 ? 1 : 0);
  set('x_positive_after_brushoff', tone.positive * Math.min(brushoffCount, 1));
  set('x_calm_after_brushoff', calm * Math.min(brushoffCount, 1));
  set('xs_positive_after_brushoff', tone.surfacePositive * Math.min(brushoffCount, 1));
  set('x_positive_after_solving_reply', tone.positive * (brandReply?.resolves && brushoffCount === 0 ? 1 : 0));
  set('xs_positive_x_brand_reply_negative', tone.surfacePositive * (brandReply?.pNegative ?? 0));
  set('xs_positive_x_brand_reply_positive', tone.surfacePositive * (brandReply?.pPositive ?? 0));
  set('xs_positive_x_last_customer_negative', tone.surfacePositive * (lastCustomer?.pNegative ?? 0));
  set('xs_positive_x_last_customer_positive', tone.surfacePositive * (lastCustomer?.pPositive ?? 0));
  set('xs_positive_x_mean_negative', tone.surfacePositive * meanNegative);
  set('xs_not_negative_x_mean_negative', (1 - tone.surfaceNegative) * meanNegative);

  // One summary of where the thread stands when the target is written, for the word conjunctions below.
  const stateNegative =
    negativeAfterBrand > 0 ||
    negativeAfterResolved ||
    (lastBrandAt < 0 && lastNegative === 1) ||
    (lastOwn?.isNegative === true && !brandResolves);
  const statePositive = !stateNegative && (brandResolves === 1 || lastCustomer?.isPositive === true);
  set('c_state_negative', stateNegative ? 1 : 0);
  set('c_state_positive', statePositive ? 1 : 0);
  set('x_calm_in_negative_state', stateNegative ? calm : 0);
  set('xs_positive_in_negative_state', stateNegative ? tone.surfacePositive : 0);
  set('xs_positive_in_positive_state', statePositive ? tone.surfacePositive : 0);
  set('x_positive_in_negative_state', stateNegative ? tone.positive : 0);
  set('x_positive_in_positive_state', statePositive ? tone.positive : 0);
  set('x_spreading_history', (tone.spreading > 0 ? 1 : 0) + Math.min(otherPlaces.length, 2) * tone.negative);
  // The post the target answers, and the author's own latest post: praise under one's own solved problem is meant,
  // under one's own open problem it is not, whatever other customers in the thread went through.
  set('p_parent_negative', parentSignal?.pNegative ?? 0);
  set('p_parent_positive', parentSignal?.pPositive ?? 0);
  set('p_own_last_negative', lastOwn?.pNegative ?? 0);
  set('p_own_last_positive', lastOwn?.pPositive ?? 0);
  set('xs_positive_x_parent_negative', tone.surfacePositive * (parentSignal?.pNegative ?? 0));
  set('xs_positive_x_parent_positive', tone.surfacePositive * (parentSignal?.pPositive ?? 0));
  set('xs_positive_x_own_last_negative', tone.surfacePositive * (lastOwn?.pNegative ?? 0));
  set('xs_positive_x_own_last_positive', tone.surfacePositive * (lastOwn?.pPositive ?? 0));
  // A plainly negative target in a negative thread is a complaint said directly, not irony.
  set('xs_negative_x_last_customer_negative', tone.surfaceNegative * (lastCustomer?.pNegative ?? 0));
  set('xs_negative_x_brand_reply_negative', tone.surfaceNegative * (brandReply?.pNegative ?? 0));
  set('xs_negative_in_negative_state', stateNegative ? tone.surfaceNegative : 0);
  // The brand's own reply answered praise: the thread is a happy one, whatever stock words the reply also has.
  const welcomed = brandReply?.welcomes === true ? 1 : 0;
  set('c_brand_reply_welcomes', welcomed);
  set('x_positive_after_welcoming_reply', tone.positive * welcomed);
  set('x_calm_after_welcoming_reply', calm * welcomed);
  void dense;
  return stateNegative ? 'negative' : statePositive ? 'positive' : before.length > 0 ? 'neutral' : 'none';
}

/** Where the thread stands before the target: complaints still open, solved/positive, neither, or no thread. */
export type ContextState = 'negative' | 'positive' | 'neutral' | 'none';

/** Posts are read once per thread object, however many times sarcasm and category look at them; one cache per
 * polarity model (the shipped one, or a variant being evaluated). */
const signalCaches = new WeakMap<object, WeakMap<Post, PostSignal>>();
const withoutPolarity = {};

function signalOf(post: Post, lexicons: Lexicons, polarity: PolarityModel | undefined): PostSignal {
  const key = polarity ?? withoutPolarity;
  let cache = signalCaches.get(key);
  if (!cache) {
    cache = new WeakMap();
    signalCaches.set(key, cache);
  }
  const cachedSignal = cache.get(post);
  if (cachedSignal) return cachedSignal;
  const signal = computeSignal(post, lexicons, polarity);
  cache.set(post, signal);
  return signal;
}

function computeSignal(post: Post, lexicons: Lexicons, polarity: PolarityModel | undefined): PostSignal {
  const text = post.text.slice(0, maxFeatureChars);
  const tokens = tokenize(normalizeText(text)).map(squeezeElongation);
  const language = languageOfWords(tokens);
  const ironic = lexicons.negativeIrony.test(text);
  const resolves = findPhrases(tokens, 'resolution', language, lexicons).length > 0;
  const brushoff = Math.min(findPhrases(tokens, 'brushoff', language, lexicons).length, 3);
  const welcomes = post.isBrand && findPhrases(tokens, 'welcome', language, lexicons).length > 0;
  if (polarity) {
    // The learned reading of the post (polarity.ts), with the lexicons and cue lists among its inputs.
    const input = polarityInput(tokens, text, language, post.isBrand, ironic, lexicons, polarity.hashBits);

    const [negative, , positive] = scorePolarity(polarity, input);
    return {
      post,
      negativity: negative - positive,
      isNegative: negative >= 0.5,
      isPositive: positive >= 0.5,
      resolves: resolves && negative < 0.5,
      brushoff,
      welcomes,
      tokens,
      pNegative: negative,
      pPositive: positive,
    };
  }
  const sentiment = scoreSentiment(tokens, language, lexicons);
  const complaints = findPhrases(tokens, 'complaint', language, lexicons).length;
  const negativity = sentiment.negative - sentiment.positive + 0.35 * Math.min(complaints, 4) + (ironic ? 0.5 : 0);
  return {
    post,
    negativity,
    isNegative: negativity >= 0.4,
    isPositive: negativity <= -0.3 || (resolves && negativity < 0.4),
    tokens,
    resolves,
    brushoff,
    welcomes,
    pNegative: 1 / (1 + Math.exp(-4 * (negativity - 0.4))),
    pPositive: 1 / (1 + Math.exp(-4 * (-negativity - 0.3))),
  };
}

/** The polarity model's input for one post, exactly as the context features read it (training uses this too). */
export function polarityInputOf(post: Post, lexicons: Lexicons, hashBits: number): PolarityInput {
  const text = post.text.slice(0, maxFeatureChars);
  const tokens = tokenize(normalizeText(text)).map(squeezeElongation);
  const language = languageOfWords(tokens);
  return polarityInput(tokens, text, language, post.isBrand, lexicons.negativeIrony.test(text), lexicons, hashBits);
}

function authorKey(post: Post): string {
  return post.handle ? normalizeHandle(post.handle) : post.author.trim().toLowerCase();
}

function postEvidence(post: Post): PostEvidence {
  return { id: post.id, text: post.text };
}

/** The start of a post, on one line, for a reason a person reads. */
export function snippetOf(evidence: PostEvidence): string {
  const text = evidence.text.slice(0, 200).replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Words of the brand's latest reply and of the latest other customer post before the target, hashed apart from the
 * target's words: what the thread's current state says ("still", "unfortunately", "corrected", "arrived") is learned
 * from the labelled threads instead of listed by hand.
 */
function addContextWords(
  thread: Thread,
  target: Post,
  lexicons: Lexicons,
  polarity: PolarityModel | undefined,
  hashBits: number,
  buckets: number[],
  values: number[],
): void {
  const mask = (1 << hashBits) - 1;
  const index = thread.posts.findIndex((post) => post.id === target.id);
  let brand: Post | undefined;
  let customer: Post | undefined;
  for (let i = index - 1; i >= 0 && (!brand || !customer); i--) {
    const post = thread.posts[i];
    if (!post) continue;
    if (post.isBrand) brand ??= post;
    else customer ??= post;
  }
  // Reactions of OTHER customers after the target ("haha same", "my thoughts exactly 😩") are part of the thread an
  // agent sees; the brand's own later replies are not used (they would echo how the brand already read it).
  const author = authorKey(target);
  const reaction = thread.posts.slice(index + 1).find((post) => !post.isBrand && authorKey(post) !== author);
  for (const [prefix, post] of [
    ['B', brand],
    ['C', customer],
    ['A', reaction],
  ] as const) {
    if (!post) continue;
    const words = [...new Set(signalOf(post, lexicons, polarity).tokens.slice(0, 60))];
    const value = words.length > 0 ? contextWordWeight / Math.sqrt(words.length) : 0;
    for (const word of words) {
      buckets.push(hashString(`${prefix}:${word}`) & mask);
      values.push(value);
    }
  }
}

/** Context words count less than the target's own words: they describe the thread, not the post being judged. */
const contextWordWeight = 1;

/** Word 1–2-grams and character 2–4-grams of the target, each group scaled to unit length. */
function hashNgrams(
  normalized: string,
  tokens: string[],
  hashBits: number,
  evidence: FeatureEvidence,
  state: ContextState,
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
    // The same words read differently in a thread of open complaints than in a solved one ("great", "bedankt").
    if (state === 'negative' || state === 'positive') {
      buckets.push(hashString(`${state}|w:${gram}`) & mask);
      values.push(wordValue);
    }
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
