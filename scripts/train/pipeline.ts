/**
 * Training pipeline shared by `npm run train` and the ablation in `webcare eval analysis`:
 * features → logistic regression (sarcasm) + multinomial logistic regression (category) → Platt scaling on
 * cross-validated train scores → quantized model JSON.
 */
import { extractFeatures, denseFeatureNames, polarityInputOf } from '../../lib/analysis/features';
import { polarityFeatureNames, type PolarityModel } from '../../lib/analysis/polarity';
import { loadLexicons } from '../../lib/analysis/lexicon';
import { buildPolarity, type ModelJson } from '../../lib/analysis/model';
import { categorySchema, type Category } from '../../lib/analysis/types';
import { hashString } from '../../lib/analysis/text';
import type { Example, PostState } from './datasets';
import type { Post } from '../../lib/thread/schema';
import { fitBinary, fitMultinomial, fitPlatt, predictBinary, type BinaryFit, type SparseVector } from './logistic';

export interface TrainSettings {
  seed: number;
  hashBits: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** How much one own (webcare) thread counts against one iSarcasmEval tweet. */
  webcareWeight: number;
  folds: number;
  /** Ablation: no context features. */
  targetOnly: boolean;
  /**
   * Hashed n-grams (target words, context words, words × thread state) in the SARCASM model. They hurt on 366 train
   * threads (CV F1 0.647 / pairs 0.532 with, 0.694 / 0.548 without) and help on 941 with the learned post readers
   * (0.795 / 0.769 without, 0.814 / 0.797 with). The category model always uses them.
   */
  ngrams: boolean;
  /** Multiplies the hashed n-gram values (their regularisation strength relative to the named features). */
  ngramScale: number;
  /** Teach the polarity model that sarcastic posts are negative (what they mean) instead of leaving them out. */
  polaritySarcasmNegative: boolean;
  /** Sarcasm fits averaged over this many shuffles. */
  bags: number;
  /** Named features left out of training (their weights stay 0): for measuring leaner feature sets. */
  dropFeatures: string[];
  /** AdaGrad rate and epochs of the category model. */
  categoryLearningRate: number;
  categoryEpochs: number;
  /** Extra weight of context-flip pair members: only the thread separates them, so they teach the context. */
  pairWeight: number;
  /**
   * Weight of the pair-contrast rows: for each context-flip pair in the training data, the difference of its two
   * feature vectors (sarcastic minus sincere) labelled 1, and its mirror labelled 0. The target's own words cancel
   * out, so these rows teach only what the thread adds; 0 = none.
   */
  pairContrastWeight: number;
  /** Prefix of the fold hash: repeated cross-validation with other fold splits ('' for the shipped model). */
  foldSalt: string;
  /** AdaGrad rate of the named (cue and context) features; the n-grams use learningRate. */
  denseLearningRate: number;
  /**
   * Hash space of the post polarity model; 0 = no polarity model (earlier posts read by lexicon rules). Off: with
   * cross-fitting, train-split CV F1 0.651 / pairs 0.306 with it vs 0.672 / 0.435 with the word lists (366 threads).
   */
  polarityHashBits: number;
  /** Which labelled posts teach the polarity model: the non-target posts' states, the targets, or both. */
  polarityFromPosts: boolean;
  polarityFromTargets: boolean;
  /** AdaGrad rate and epochs of the polarity model. */
  polarityLearningRate: number;
  polarityEpochs: number;
}

export const defaultSettings: TrainSettings = {
  seed: 20261125,
  hashBits: 15,
  epochs: 40,
  learningRate: 0.05,
  l2: 1e-5,
  webcareWeight: 4,
  folds: 5,
  targetOnly: false,
  ngrams: true,
  ngramScale: 0.25,
  // Earlier posts read by a polarity model learned from the labelled post states (train-split pair-grouped CV,
  // 3 runs, 476 threads): word lists F1 0.698 / pairs 0.630 → learned, 12 bits 0.745 / 0.700 → with role-split cues
  // and character 4-grams, 14 bits (post-state accuracy 0.71 → 0.76) 0.765 / 0.733. On 823 train threads: 0.706 /
  // 0.618 with the old settings → 0.792 / 0.757 with these.
  // 16 bits: F1 0.814 / pairs 0.797 (14 bits) → 0.820 / 0.824 (3 runs, 941 threads).
  polarityHashBits: 16,
  polarityFromPosts: true,
  polarityFromTargets: true,
  // The polarity model also reads the target's tone. A separate surface-tone model for it (trained with sarcastic
  // targets as praise-like) helped a little on 476 threads (0.750 vs 0.745) and not on 2245 (CV 3 runs: 0.852 /
  // pairs 0.843 with it, 0.856 / 0.849 without), so it was removed.
  polarityLearningRate: 0.1,
  polarityEpochs: 20,
  // Dense rate 0.05 and 40 epochs (with the learned readers): 0.750 / 0.707 → 0.764 / 0.719 (476 threads).
  denseLearningRate: 0.05,
  pairWeight: 1.5,
  pairContrastWeight: 0,
  foldSalt: '',
  polaritySarcasmNegative: false,
  dropFeatures: [],
  bags: 1,
  categoryLearningRate: 0.3,
  categoryEpochs: 12,
};

export function toVector(
  example: Example,
  settings: TrainSettings,
  polarity?: PolarityModel,
  ngrams = settings.ngrams,
): SparseVector {
  const features = extractFeatures(example.thread, example.target, loadLexicons(), {
    hashBits: settings.hashBits,
    targetOnly: settings.targetOnly,
    ...(polarity ? { polarity } : {}),
  });
  const dense = denseFeatureNames.length;
  const entries = new Map<number, number>();
  features.dense.forEach((value, index) => {
    if (value !== 0 && !dropped(settings).has(index)) entries.set(index, value);
  });
  if (ngrams) {
    features.buckets.forEach((bucket, k) => {
      const index = dense + bucket;
      entries.set(index, (entries.get(index) ?? 0) + (features.values[k] ?? 0) * settings.ngramScale);
    });
  }
  const indices = Int32Array.from(entries.keys());
  const values = Float64Array.from(entries.values());
  return { indices, values };
}

const droppedCache = new WeakMap<TrainSettings, Set<number>>();
function dropped(settings: TrainSettings): Set<number> {
  let set = droppedCache.get(settings);
  if (!set) {
    set = new Set(settings.dropFeatures.map((name) => denseFeatureNames.indexOf(name)).filter((index) => index >= 0));
    droppedCache.set(settings, set);
  }
  return set;
}

/** Each source and class gets the same total weight within its source; own threads count webcareWeight more. */
function sarcasmWeights(examples: readonly Example[], settings: TrainSettings): number[] {
  const counts = new Map<string, number>();
  const key = (example: Example) => `${example.source}:${example.sarcastic}`;
  for (const example of examples) counts.set(key(example), (counts.get(key(example)) ?? 0) + 1);
  const perSource = new Map<string, number>();
  for (const example of examples) perSource.set(example.source, (perSource.get(example.source) ?? 0) + 1);
  return examples.map((example) => {
    const sourceTotal = perSource.get(example.source) ?? 1;
    const balanced = sourceTotal / 2 / (counts.get(key(example)) ?? 1);
    const pair = example.pair !== undefined ? settings.pairWeight : 1;
    return balanced * (example.source === 'webcare' ? settings.webcareWeight * pair : 1);
  });
}

/** Pair-contrast rows (see TrainSettings.pairContrastWeight) for the pairs among `rows`. */
function pairContrastRows(
  rows: readonly { example: Example; vector: SparseVector }[],
  settings: TrainSettings,
): { vectors: SparseVector[]; labels: number[]; weights: number[] } {
  const out = { vectors: [] as SparseVector[], labels: [] as number[], weights: [] as number[] };
  if (settings.pairContrastWeight <= 0) return out;
  const byPair = new Map<string, { example: Example; vector: SparseVector }[]>();
  for (const row of rows) {
    if (row.example.pair === undefined || row.example.source !== 'webcare') continue;
    byPair.set(row.example.pair, [...(byPair.get(row.example.pair) ?? []), row]);
  }
  for (const members of byPair.values()) {
    const sarcastic = members.filter((row) => row.example.sarcastic);
    const sincere = members.filter((row) => !row.example.sarcastic);
    for (const yes of sarcastic) {
      for (const no of sincere) {
        const difference = new Map<number, number>();
        yes.vector.indices.forEach((index, k) => difference.set(index, yes.vector.values[k] ?? 0));
        no.vector.indices.forEach((index, k) =>
          difference.set(index, (difference.get(index) ?? 0) - (no.vector.values[k] ?? 0)),
        );
        const kept = [...difference].filter(([, value]) => value !== 0);
        const vector = {
          indices: Int32Array.from(kept.map(([i]) => i)),
          values: Float64Array.from(kept.map(([, v]) => v)),
        };
        const mirror = { indices: vector.indices, values: vector.values.map((value) => -value) };
        out.vectors.push(vector, mirror);
        out.labels.push(1, 0);
        out.weights.push(settings.pairContrastWeight, settings.pairContrastWeight);
      }
    }
  }
  return out;
}

function withPairContrast(
  examples: readonly Example[],
  vectors: readonly SparseVector[],
  labels: readonly number[],
  weights: readonly number[],
  settings: TrainSettings,
): [SparseVector[], number[], number[]] {
  const extra = pairContrastRows(
    examples.map((example, i) => ({ example, vector: vectors[i] as SparseVector })),
    settings,
  );
  return [
    [...vectors, ...extra.vectors],
    [...labels, ...extra.labels],
    [...weights, ...extra.weights],
  ];
}

export function foldOf(example: Example, folds: number, salt = ''): number {
  // Pairs stay in one fold, so a pair's twin never leaks into its own calibration score.
  return hashString(`${salt}${example.pair !== undefined ? `pair:${example.pair}` : example.id}`) % folds;
}

/** The average of `bags` fits with different shuffles (seeds): a linear model, so averaging weights is exact. */
function fitBagged(
  vectors: readonly SparseVector[],
  labels: readonly number[],
  weights: readonly number[],
  size: number,
  options: Parameters<typeof fitBinary>[4],
  bags: number,
): BinaryFit {
  const fits = Array.from({ length: Math.max(1, bags) }, (_, bag) =>
    fitBinary(vectors, labels, weights, size, { ...options, seed: options.seed + 1000 * bag }),
  );
  if (fits.length === 1) return fits[0] as BinaryFit;
  const average = new Float64Array(size);
  for (const fit of fits)
    for (let i = 0; i < size; i++) average[i] = (average[i] ?? 0) + (fit.weights[i] ?? 0) / fits.length;
  return { bias: fits.reduce((sum, fit) => sum + fit.bias, 0) / fits.length, weights: average };
}

export interface TrainReport {
  model: ModelJson;
  /** Out-of-fold sarcasm raw scores on train (for calibration and CV figures). */
  oof: { example: Example; raw: number }[];
}

/** A post state as polarity: the problem open (negative), nothing to solve (neutral), solved or happy (positive). */
const stateLabel: Record<PostState, number> = { neg: 0, stall: 0, neu: 1, pos: 2, solve: 2 };

/**
 * Post polarity from the train split: the labelled states of non-target posts, and the labelled targets (plain
 * complaints negative, plain compliments positive, questions/suggestions/other neutral; sarcastic targets are left
 * out, their words say the opposite).
 */
export function trainPolarity(trainExamples: readonly Example[], settings: TrainSettings): ModelJson['polarity'] {
  const bits = settings.polarityHashBits || 8;
  const labelled: { post: Post; label: number }[] = [];
  for (const example of trainExamples) {
    if (example.source !== 'webcare') continue;
    if (settings.polarityFromPosts && example.postStates) {
      for (const post of example.thread.posts) {
        const state = example.postStates[post.id];
        if (state !== undefined) labelled.push({ post, label: stateLabel[state] });
      }
    }
    if (!settings.polarityFromTargets || example.category === undefined) continue;
    if (example.sarcastic && !settings.polaritySarcasmNegative) continue;
    const label =
      example.sarcastic || example.category === 'complaint' || example.category === 'repeated_negative'
        ? 0
        : example.category === 'compliment'
          ? 2
          : 1;
    labelled.push({ post: example.target, label });
  }
  const rows = labelled.map(({ post, label }) => {
    const input = polarityInputOf(post, loadLexicons(), bits);
    const dense = polarityFeatureNames.length;
    const entries = new Map<number, number>();
    input.dense.forEach((value, index) => {
      if (value !== 0) entries.set(index, value);
    });
    input.buckets.forEach((bucket, k) => {
      entries.set(dense + bucket, (entries.get(dense + bucket) ?? 0) + (input.values[k] ?? 0));
    });
    return { label, vector: { indices: Int32Array.from(entries.keys()), values: Float64Array.from(entries.values()) } };
  });
  const size = polarityFeatureNames.length + (1 << bits);
  const counts = [0, 1, 2].map((label) => rows.filter((row) => row.label === label).length);
  const fits =
    settings.polarityHashBits > 0 && rows.length > 0
      ? fitMultinomial(
          rows.map((row) => row.vector),
          rows.map((row) => row.label),
          rows.map((row) => rows.length / 3 / Math.max(1, counts[row.label] ?? 1)),
          3,
          size,
          {
            epochs: settings.polarityEpochs,
            learningRate: settings.polarityLearningRate,
            l2: settings.l2,
            seed: settings.seed + 2,
          },
        )
      : [0, 1, 2].map(() => ({ bias: 0, weights: new Float64Array(size) }));
  return {
    hashBits: bits,
    denseFeatures: [...polarityFeatureNames],
    linear: fits.map((fit) => quantizeLinear(fit, polarityFeatureNames.length, bits, 1)),
  };
}

export function train(trainExamples: readonly Example[], settings: TrainSettings = defaultSettings): TrainReport {
  const size = denseFeatureNames.length + (1 << settings.hashBits);
  const polarityJson = trainPolarity(trainExamples, settings);
  // Cross-fitting: each example's features come from a polarity model that never saw that example, as at inference
  // time; otherwise the target's own learned polarity would leak its label into the sarcasm and category models.
  const foldPolarity = Array.from({ length: settings.folds }, (_, fold) =>
    buildPolarity(
      trainPolarity(
        trainExamples.filter((example) => foldOf(example, settings.folds, settings.foldSalt) !== fold),
        settings,
      ),
    ),
  );
  const polarityOf = (example: Example) => foldPolarity[foldOf(example, settings.folds, settings.foldSalt)];
  const vectors = trainExamples.map((example) => toVector(example, settings, polarityOf(example)));
  // The category model always reads the words ("kan ik…", "zouden jullie…"), whatever the sarcasm model does.
  const categoryVectors = settings.ngrams
    ? vectors
    : trainExamples.map((example) => toVector(example, settings, polarityOf(example), true));
  const labels = trainExamples.map((example) => (example.sarcastic ? 1 : 0));
  const weights = sarcasmWeights(trainExamples, settings);
  const fitOptions = {
    epochs: settings.epochs,
    learningRate: settings.learningRate,
    l2: settings.l2,
    seed: settings.seed,
    denseLearningRate: settings.denseLearningRate,
    denseCount: denseFeatureNames.length,
  };

  const oof: { example: Example; raw: number }[] = [];
  for (let fold = 0; fold < settings.folds; fold++) {
    const inFold = trainExamples.map((example) => foldOf(example, settings.folds, settings.foldSalt) === fold);
    const pick = <T>(items: readonly T[], keep: boolean) => items.filter((_, i) => inFold[i] !== keep);
    const fit = fitBagged(
      ...withPairContrast(
        pick(trainExamples, true),
        pick(vectors, true),
        pick(labels, true),
        pick(weights, true),
        settings,
      ),
      size,
      fitOptions,
      settings.bags,
    );
    trainExamples.forEach((example, i) => {
      if (inFold[i]) oof.push({ example, raw: predictBinary(fit, vectors[i] as SparseVector) });
    });
  }
  const ownOof = oof.filter((row) => row.example.source === 'webcare');
  const calibration = ownOof.length >= 40 ? ownOof : oof;
  const platt = fitPlatt(
    calibration.map((row) => row.raw),
    calibration.map((row) => (row.example.sarcastic ? 1 : 0)),
  );

  const sarcasmFit = fitBagged(
    ...withPairContrast(trainExamples, vectors, labels, weights, settings),
    size,
    fitOptions,
    settings.bags,
  );

  const classes = categorySchema.options as Category[];
  const categorized = trainExamples
    .map((example, i) => ({ example, vector: categoryVectors[i] as SparseVector }))
    .filter((row) => row.example.category !== undefined);
  const classCounts = classes.map((c) => categorized.filter((row) => row.example.category === c).length);
  const categoryFits: BinaryFit[] =
    categorized.length > 0
      ? fitMultinomial(
          categorized.map((row) => row.vector),
          categorized.map((row) => classes.indexOf(row.example.category as Category)),
          // Balanced classes: rare categories (suggestion, repeated_negative) matter as much for macro-F1.
          categorized.map(
            (row) =>
              categorized.length /
              classes.length /
              Math.max(1, classCounts[classes.indexOf(row.example.category as Category)] ?? 1),
          ),
          classes.length,
          size,
          {
            ...fitOptions,
            learningRate: settings.categoryLearningRate,
            epochs: settings.categoryEpochs,
            denseLearningRate: settings.categoryLearningRate,
            seed: settings.seed + 1,
          },
        )
      : classes.map(() => ({ bias: 0, weights: new Float64Array(size) }));

  const countBy = (predicate: (example: Example) => boolean) => trainExamples.filter(predicate).length;
  const model: ModelJson = {
    version: 1,
    hashBits: settings.hashBits,
    denseFeatures: [...denseFeatureNames],
    sarcasm: { linear: quantize(sarcasmFit, settings), platt: { a: round(platt.a, 5), b: round(platt.b, 5) } },
    category: {
      classes,
      linear: categoryFits.map((fit) =>
        quantizeLinear(fit, denseFeatureNames.length, settings.hashBits, settings.ngramScale),
      ),
    },
    polarity: polarityJson,
    training: {
      settings,
      examples: {
        isarcasmTrain: countBy((example) => example.source === 'isarcasm'),
        webcareTrain: countBy((example) => example.source === 'webcare'),
        webcareSarcastic: countBy((example) => example.source === 'webcare' && example.sarcastic),
        categoryExamples: categorized.length,
      },
      calibratedOn: calibration === ownOof ? 'webcare train out-of-fold' : 'all train out-of-fold',
    },
  };
  return { model, oof };
}

/** Hashed weights to int8; the training-time n-gram scale is folded in, so scoring uses the raw values. */
function quantize(fit: BinaryFit, settings: TrainSettings): ModelJson['sarcasm']['linear'] {
  return quantizeLinear(fit, denseFeatureNames.length, settings.hashBits, settings.ngrams ? settings.ngramScale : 0);
}

function quantizeLinear(
  fit: BinaryFit,
  dense: number,
  hashBits: number,
  factor: number,
): ModelJson['sarcasm']['linear'] {
  const size = 1 << hashBits;
  let max = 0;
  for (let i = 0; i < size; i++) max = Math.max(max, Math.abs((fit.weights[dense + i] ?? 0) * factor));
  const scale = max > 0 ? max / 127 : 0;
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    const q = scale > 0 ? Math.round(((fit.weights[dense + i] ?? 0) * factor) / scale) : 0;
    bytes[i] = q & 0xff;
  }
  return {
    bias: round(fit.bias, 5),
    dense: Array.from(fit.weights.slice(0, dense), (w) => round(w, 5)),
    hashedScale: scale,
    hashed: Buffer.from(bytes).toString('base64'),
  };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
