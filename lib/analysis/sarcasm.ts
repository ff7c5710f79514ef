/**
 * Sarcasm of the target post, read in its thread: a calibrated logistic regression over the target's words and
 * cues and the thread's context (lib/analysis/features.ts), with reasons derived from the features that
 * contributed most, each pointing at a real post (the complaints before, the brand reply that did not solve it,
 * the marker in the target).
 */
import type { Post, Thread } from '../thread/schema';
import { denseFeatureNames, extractFeatures, snippetOf, type FeatureEvidence, type Features } from './features';
import { loadLexicons } from './lexicon';
import { loadModel, scoreLinear, sigmoid, type LoadedModel } from './model';
import type { Language, SarcasmReason, SarcasmVerdict } from './types';

export interface SarcasmOptions {
  /** Another trained model (evaluation, ablation); default the shipped one. */
  model?: LoadedModel;
  /** Ablation: ignore the thread around the target. */
  targetOnly?: boolean;
  language?: Language;
  /** At most this many reasons; default 4. */
  maxReasons?: number;
}

export function detectSarcasm(thread: Thread, target: Post, options: SarcasmOptions = {}): SarcasmVerdict {
  const model = options.model ?? loadModel();
  const features = extractFeatures(thread, target, loadLexicons(), {
    hashBits: model.hashBits,
    ngrams: model.sarcasmUsesNgrams,
    ...(model.polarity ? { polarity: model.polarity } : {}),
    ...(options.targetOnly ? { targetOnly: true } : {}),
    ...(options.language ? { language: options.language } : {}),
  });
  const raw = scoreLinear(model.sarcasm, features);
  const score = sigmoid(model.platt.a * raw + model.platt.b);
  const rounded = Math.round(score * 1000) / 1000;
  const shown = Number.isFinite(rounded) ? rounded : 0;
  // Decided on the score as shown, so a badge never reads "0.5, not sarcastic" (0.4996 rounds up).
  const sarcastic = shown >= 0.5;
  return {
    sarcastic,
    score: shown,
    reasons: explain(model, features, sarcastic, options.maxReasons ?? 4),
  };
}

/** Dense features grouped into reason families; a family's contribution is the sum of its features'. */
const families: Record<string, readonly string[]> = {
  contrast: [
    'x_positive_after_complaints',
    'x_praise_after_complaints',
    'c_negative_posts',
    'c_negative_mean',
    'x_positive_after_last_negative',
    'x_not_negative_after_negative',
    'c_last_customer_negative',
    'p_mean_customer_negative',
    'p_last_customer_negative',
    'p_opening_customer_negative',
    'xp_positive_x_mean_negative',
    'xp_calm_x_last_customer_negative',
    'xs_positive_x_last_customer_negative',
    'xs_positive_x_mean_negative',
    'xs_not_negative_x_mean_negative',
    'c_state_negative',
    'x_calm_in_negative_state',
    'x_positive_in_negative_state',
    'xs_positive_in_negative_state',
    'p_parent_negative',
    'xs_positive_x_parent_negative',
  ],
  own: [
    'x_positive_after_own_complaints',
    'c_author_earlier_negative',
    'c_last_own_negative',
    'x_positive_after_own_last_negative',
    'p_own_last_negative',
    'xs_positive_x_own_last_negative',
  ],
  resolved: ['c_resolved', 'x_positive_after_resolution', 'c_last_customer_positive'],
  positiveThread: [
    'x_positive_in_positive_thread',
    'c_positive_posts',
    'c_starts_positive',
    'p_last_customer_positive',
    'p_opening_customer_positive',
    'xp_calm_x_last_customer_positive',
    'xs_positive_x_last_customer_positive',
    'c_state_positive',
    'x_positive_in_positive_state',
    'xs_positive_in_positive_state',
    'p_parent_positive',
    'p_own_last_positive',
    'xs_positive_x_parent_positive',
    'xs_positive_x_own_last_positive',
  ],
  unsolved: [
    'x_positive_after_unsolved',
    'c_brand_unsolved',
    'c_negative_after_resolved',
    'c_negative_after_last_brand',
    'x_calm_after_negative_after_brand',
    'p_brand_reply_negative',
    'xp_positive_x_brand_reply_negative',
    'xs_positive_x_brand_reply_negative',
  ],
  brushoff: [
    'c_brand_reply_brushoff',
    'x_positive_after_brushoff',
    'x_calm_after_brushoff',
    'xs_positive_after_brushoff',
  ],
  brandSolved: [
    'c_brand_reply_solves',
    'x_positive_after_solving_reply',
    'c_brand_last_resolves',
    'x_calm_after_brand_resolves',
    'p_brand_reply_positive',
    'xp_positive_x_brand_reply_positive',
    'xs_positive_x_brand_reply_positive',
  ],
  welcomed: ['c_brand_reply_welcomes', 'x_positive_after_welcoming_reply', 'x_calm_after_welcoming_reply'],
  markerInThread: ['x_marker_in_negative_thread'],
  mixed: ['t_praise_and_complaint'],
  sincere: ['x_praise_without_complaints', 'c_no_negative_context'],
  plainComplaint: [
    'x_negative_in_negative_thread',
    't_negative',
    't_complaint',
    'xs_negative_x_last_customer_negative',
    'xs_negative_x_brand_reply_negative',
    'xs_negative_in_negative_state',
  ],
  question: ['t_question_mark', 't_question_word'],
};

/** Which way a family's story points: reasons are only given when the model agrees with the story. */
const familyDirection: Record<string, 1 | -1> = {
  contrast: 1,
  own: 1,
  unsolved: 1,
  brushoff: 1,
  markerInThread: 1,
  mixed: 1,
  sincere: -1,
  plainComplaint: -1,
  question: -1,
  resolved: -1,
  brandSolved: -1,
  welcomed: -1,
  positiveThread: -1,
};

interface Contribution {
  family: string;
  value: number;
}

function explain(model: LoadedModel, features: Features, sarcastic: boolean, maxReasons: number): SarcasmReason[] {
  const sign = sarcastic ? 1 : -1;
  const contributions: Contribution[] = [];
  const byName = new Map<string, number>();
  denseFeatureNames.forEach((name, index) => {
    const value = (model.sarcasm.dense[index] ?? 0) * (features.dense[index] ?? 0);
    if (value !== 0) byName.set(name, value);
  });
  for (const [family, names] of Object.entries(families)) {
    if (familyDirection[family] !== sign) continue;
    contributions.push({ family, value: names.reduce((sum, name) => sum + (byName.get(name) ?? 0), 0) });
  }
  for (const hit of features.evidence.markers) {
    contributions.push({ family: `marker:${hit.id}`, value: byName.get(`m_${hit.id}`) ?? 0 });
  }
  // Wording: the target's word n-gram that pushed hardest (character n-grams are not human-checkable).
  let bestGram: { gram: string; value: number } | undefined;
  for (const { gram, bucket, value } of features.evidence.wordGrams) {
    const contribution = (model.sarcasm.hashed[bucket] ?? 0) * value * sign;
    if (contribution > 0 && (!bestGram || contribution > bestGram.value)) bestGram = { gram, value: contribution };
  }
  if (bestGram) contributions.push({ family: `wording:${bestGram.gram}`, value: bestGram.value * sign });

  const reasons: SarcasmReason[] = [];
  const seen = new Set<string>();
  const add = (reason: SarcasmReason) => {
    const key = `${reason.postId} ${reason.cue}`;
    if (!seen.has(key)) reasons.push(reason);
    seen.add(key);
  };
  contributions
    .filter((item) => item.value * sign > 0.05)
    .sort((a, b) => b.value * sign - a.value * sign)
    .slice(0, maxReasons)
    .forEach((item) => describe(item.family, features.evidence, sarcastic).forEach(add));
  if (reasons.length === 0 && sarcastic) reasons.push(...fallbackReasons(features.evidence));
  return reasons.slice(0, maxReasons + 3);
}

/** When no single family stands out, point at what the thread said just before, or at the post itself. */
function fallbackReasons(evidence: FeatureEvidence): SarcasmReason[] {
  const before = evidence.complaintPosts.at(-1) ?? evidence.parent;
  if (before) return [{ postId: before.id, cue: `read against the post before it: ${quote(snippetOf(before))}` }];
  return [{ postId: evidence.targetId, cue: 'the wording of the post as a whole reads as ironic' }];
}

function quote(text: string): string {
  return `"${text}"`;
}

function describe(family: string, evidence: FeatureEvidence, sarcastic: boolean): SarcasmReason[] {
  const target = evidence.targetId;
  const praise = evidence.praise[0] ?? evidence.topPositive;
  const praiseText = praise ? `praise (${quote(praise)})` : 'positive words';
  if (family.startsWith('marker:')) {
    const hit = evidence.markers.find((marker) => `marker:${marker.id}` === family);
    if (!hit) return [];
    const cue = sarcastic
      ? `ironic marker: ${hit.label}, here ${quote(hit.match)}`
      : `${quote(hit.match)} reads as meant here (${hit.label})`;
    return [{ postId: target, cue }];
  }
  if (family.startsWith('wording:')) {
    const gram = family.slice('wording:'.length);
    return [
      {
        postId: target,
        cue: sarcastic
          ? `wording often meant ironically: ${quote(gram)}`
          : `wording usually meant plainly: ${quote(gram)}`,
      },
    ];
  }
  switch (family) {
    case 'contrast': {
      const posts = evidence.complaintPosts;
      if (posts.length === 0) return [];
      return [
        {
          postId: target,
          cue: `${quote(snippetOf({ id: target, text: evidence.targetText }))} after ${posts.length} complaint post${posts.length === 1 ? '' : 's'} in the thread`,
        },
        ...posts.slice(-3).map((post) => ({ postId: post.id, cue: `earlier complaint: ${quote(snippetOf(post))}` })),
      ];
    }
    case 'own':
      return evidence.authorComplaintPosts.slice(-2).map((post) => ({
        postId: post.id,
        cue: `the same customer complained before: ${quote(snippetOf(post))}`,
      }));
    case 'unsolved':
      return evidence.unsolvedBrandPosts.slice(-2).map((post) => ({
        postId: post.id,
        cue: `brand reply that did not solve it (the complaints went on): ${quote(snippetOf(post))}`,
      }));
    case 'resolved':
      return evidence.resolvingPost
        ? [
            {
              postId: evidence.resolvingPost.id,
              cue: `the problem was solved here: ${quote(snippetOf(evidence.resolvingPost))}`,
            },
          ]
        : [];
    case 'brushoff':
      return evidence.lastBrandPost
        ? [
            {
              postId: evidence.lastBrandPost.id,
              cue: `a stock brand reply that did not solve it: ${quote(snippetOf(evidence.lastBrandPost))}`,
            },
          ]
        : [];
    case 'brandSolved':
      return evidence.lastBrandPost
        ? [
            {
              postId: evidence.lastBrandPost.id,
              cue: `the brand's reply solved it: ${quote(snippetOf(evidence.lastBrandPost))}`,
            },
          ]
        : [];
    case 'welcomed':
      return evidence.lastBrandPost
        ? [
            {
              postId: evidence.lastBrandPost.id,
              cue: `the brand's reply answers praise: ${quote(snippetOf(evidence.lastBrandPost))}`,
            },
          ]
        : [];
    case 'positiveThread':
      return evidence.positivePosts.length > 0
        ? evidence.positivePosts
            .slice(-2)
            .map((post) => ({ postId: post.id, cue: `the thread is positive: ${quote(snippetOf(post))}` }))
        : [];
    case 'markerInThread':
      return evidence.complaintPosts.length > 0
        ? [{ postId: target, cue: 'ironic marker in a thread of complaints' }]
        : [];
    case 'mixed':
      return [
        {
          postId: target,
          cue: `praise and complaint in one post: ${quote(evidence.praise[0] ?? '')} with ${quote(evidence.complaint[0] ?? '')}`,
        },
      ];
    case 'sincere':
      return [{ postId: target, cue: `${praiseText} with no complaints before it: reads as meant` }];
    case 'plainComplaint':
      return [
        {
          postId: target,
          cue: `a plain complaint${evidence.topNegative ? ` (${quote(evidence.topNegative)})` : ''}, said directly`,
        },
      ];
    case 'question':
      return [{ postId: target, cue: 'a plain question' }];
    default:
      return [];
  }
}
