/**
 * The trained weights (data/model.json, written by `npm run train`) and the linear scoring over Features.
 * Hashed weights are stored as int8 with one scale per class, base64-encoded, to keep the file small.
 */
import { z } from 'zod';
import modelData from './data/model.json' with { type: 'json' };
import { denseFeatureNames, type Features } from './features';
import { polarityFeatureNames, type PolarityModel } from './polarity';
import { categorySchema, type Category } from './types';

const linearSchema = z.strictObject({
  bias: z.number(),
  dense: z.array(z.number()),
  /** Multiply the int8 hashed weights by this. */
  hashedScale: z.number().nonnegative(),
  /** base64 of 2^hashBits int8 weights. */
  hashed: z.string(),
});

export const modelSchema = z.strictObject({
  version: z.literal(1),
  hashBits: z.number().int().min(8).max(20),
  denseFeatures: z.array(z.string()),
  sarcasm: z.strictObject({
    linear: linearSchema,
    /** Platt scaling fit on cross-validated train scores: p = 1 / (1 + exp(-(a * raw + b))). */
    platt: z.strictObject({ a: z.number(), b: z.number() }),
  }),
  category: z.strictObject({
    classes: z.array(categorySchema).min(2),
    linear: z.array(linearSchema),
  }),
  /** Post polarity (negative, neutral, positive) for reading the earlier posts: lib/analysis/polarity.ts. */
  polarity: z.strictObject({
    hashBits: z.number().int().min(8).max(20),
    denseFeatures: z.array(z.string()),
    linear: z.array(linearSchema).length(3),
  }),
  /** How it was trained (counts, seed, settings): for the record, not used when scoring. */
  training: z.record(z.string(), z.unknown()),
});
export type ModelJson = z.infer<typeof modelSchema>;

export interface LinearModel {
  bias: number;
  dense: Float64Array;
  hashed: Float32Array;
}

export interface LoadedModel {
  hashBits: number;
  sarcasm: LinearModel;
  /** False when the sarcasm model gives the hashed n-grams no weight: they need not be computed. */
  sarcasmUsesNgrams: boolean;
  platt: { a: number; b: number };
  categoryClasses: Category[];
  category: LinearModel[];
  /** False when the model was trained without labelled categories: classifyCategory then uses rules only. */
  categoryTrained: boolean;
  /** Undefined when trained without labelled threads: earlier posts are then read with the lexicon rules. */
  polarity: PolarityModel | undefined;
}

let cached: LoadedModel | undefined;

export function loadModel(): LoadedModel {
  cached ??= buildModel(modelSchema.parse(modelData));
  return cached;
}

/** Checks a model JSON against the code's feature layout; throws with a message naming the mismatch. */
export function buildModel(json: ModelJson): LoadedModel {
  if (json.denseFeatures.join(',') !== denseFeatureNames.join(',')) {
    throw new Error('model.json was trained with another feature layout: run `npm run train`');
  }
  const decode = (linear: z.infer<typeof linearSchema>) =>
    decodeLinear(linear, json.hashBits, denseFeatureNames.length);
  return {
    hashBits: json.hashBits,
    sarcasm: decode(json.sarcasm.linear),
    sarcasmUsesNgrams: json.sarcasm.linear.hashedScale > 0,
    platt: json.sarcasm.platt,
    categoryClasses: json.category.classes,
    category: json.category.linear.map((linear) => decode(linear)),
    categoryTrained: json.category.linear.some((linear) => linear.bias !== 0),
    polarity: buildPolarity(json.polarity),
  };
}

function decodeLinear(linear: z.infer<typeof linearSchema>, hashBits: number, denseSize: number): LinearModel {
  const size = 1 << hashBits;
  if (linear.dense.length !== denseSize) throw new Error('model.json: dense weights have wrong length');
  const bytes = decodeBase64(linear.hashed);
  if (bytes.length !== size) throw new Error(`model.json: expected ${size} hashed weights, got ${bytes.length}`);
  const hashed = new Float32Array(size);
  for (let i = 0; i < size; i++) hashed[i] = (((bytes[i] ?? 0) << 24) >> 24) * linear.hashedScale;
  return { bias: linear.bias, dense: Float64Array.from(linear.dense), hashed };
}

/** The post polarity part; undefined when it was trained without labelled threads (all zero). */
export function buildPolarity(json: ModelJson['polarity']): PolarityModel | undefined {
  if (json.denseFeatures.join(',') !== polarityFeatureNames.join(',')) {
    throw new Error('model.json was trained with another polarity feature layout: run `npm run train`');
  }
  if (!json.linear.some((linear) => linear.bias !== 0)) return undefined;
  return {
    hashBits: json.hashBits,
    linear: json.linear.map((linear) => decodeLinear(linear, json.hashBits, polarityFeatureNames.length)),
  };
}

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Raw linear score (log-odds before calibration). */
export function scoreLinear(model: LinearModel, features: Features): number {
  let sum = model.bias;
  for (let i = 0; i < features.dense.length; i++) sum += (model.dense[i] ?? 0) * (features.dense[i] ?? 0);
  for (let i = 0; i < features.buckets.length; i++) {
    sum += (model.hashed[features.buckets[i] ?? 0] ?? 0) * (features.values[i] ?? 0);
  }
  return sum;
}

export function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value));
}
