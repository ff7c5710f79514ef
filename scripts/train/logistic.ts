/**
 * Logistic regression (binary and multinomial) with AdaGrad SGD and L2, deterministic for a given seed.
 * Vectors are sparse: feature indices with values; index space = dense features, then hashed buckets.
 */

export interface SparseVector {
  indices: Int32Array;
  values: Float64Array;
}

export interface FitOptions {
  epochs: number;
  learningRate: number;
  /** Learning rate for the first `denseCount` features (the named ones), if different. */
  denseLearningRate?: number;
  denseCount?: number;
  l2: number;
  seed: number;
}

export interface BinaryFit {
  bias: number;
  weights: Float64Array;
}

/** mulberry32: small, seeded, the same sequence everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(count: number, random: () => number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

export function fitBinary(
  vectors: readonly SparseVector[],
  labels: readonly number[],
  sampleWeights: readonly number[],
  size: number,
  options: FitOptions,
): BinaryFit {
  const weights = new Float64Array(size);
  const squares = new Float64Array(size);
  let bias = 0;
  let biasSquares = 0;
  const random = seededRandom(options.seed);
  const denseCount = options.denseCount ?? 0;
  const denseRate = options.denseLearningRate ?? options.learningRate;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const n of shuffled(vectors.length, random)) {
      const vector = vectors[n] as SparseVector;
      let z = bias;
      for (let k = 0; k < vector.indices.length; k++) {
        z += (weights[vector.indices[k] as number] as number) * (vector.values[k] as number);
      }
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - (labels[n] as number)) * (sampleWeights[n] as number);
      for (let k = 0; k < vector.indices.length; k++) {
        const i = vector.indices[k] as number;
        const w = weights[i] as number;
        const grad = g * (vector.values[k] as number) + options.l2 * w;
        squares[i] = (squares[i] as number) + grad * grad;
        const rate = i < denseCount ? denseRate : options.learningRate;
        weights[i] = w - (rate * grad) / (Math.sqrt(squares[i] as number) + 1e-8);
      }
      biasSquares += g * g;
      bias -= (options.learningRate * g) / (Math.sqrt(biasSquares) + 1e-8);
    }
  }
  return { bias, weights };
}

export function predictBinary(fit: BinaryFit, vector: SparseVector): number {
  let z = fit.bias;
  for (let k = 0; k < vector.indices.length; k++) {
    z += (fit.weights[vector.indices[k] as number] as number) * (vector.values[k] as number);
  }
  return z;
}

export function fitMultinomial(
  vectors: readonly SparseVector[],
  labels: readonly number[],
  sampleWeights: readonly number[],
  classes: number,
  size: number,
  options: FitOptions,
): BinaryFit[] {
  const fits = Array.from({ length: classes }, () => ({ bias: 0, weights: new Float64Array(size) }));
  const squares = Array.from({ length: classes }, () => new Float64Array(size));
  const biasSquares = new Float64Array(classes);
  const random = seededRandom(options.seed);
  const scores = new Float64Array(classes);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const n of shuffled(vectors.length, random)) {
      const vector = vectors[n] as SparseVector;
      let max = -Infinity;
      for (let c = 0; c < classes; c++) {
        const z = predictBinary(fits[c] as BinaryFit, vector);
        scores[c] = z;
        if (z > max) max = z;
      }
      let total = 0;
      for (let c = 0; c < classes; c++) {
        scores[c] = Math.exp((scores[c] as number) - max);
        total += scores[c] as number;
      }
      for (let c = 0; c < classes; c++) {
        const fit = fits[c] as BinaryFit;
        const square = squares[c] as Float64Array;
        const g = ((scores[c] as number) / total - (labels[n] === c ? 1 : 0)) * (sampleWeights[n] as number);
        for (let k = 0; k < vector.indices.length; k++) {
          const i = vector.indices[k] as number;
          const w = fit.weights[i] as number;
          const grad = g * (vector.values[k] as number) + options.l2 * w;
          square[i] = (square[i] as number) + grad * grad;
          fit.weights[i] = w - (options.learningRate * grad) / (Math.sqrt(square[i] as number) + 1e-8);
        }
        biasSquares[c] = (biasSquares[c] as number) + g * g;
        fit.bias -= (options.learningRate * g) / (Math.sqrt(biasSquares[c] as number) + 1e-8);
      }
    }
  }
  return fits;
}

/** Platt scaling: fit a, b so that sigmoid(a * raw + b) matches the labels (Newton-free gradient descent). */
export function fitPlatt(raw: readonly number[], labels: readonly number[]): { a: number; b: number } {
  const positives = labels.filter((label) => label === 1).length;
  const negatives = labels.length - positives;
  // Each class weighs half: 0.5 is then the equal-cost line whatever the class balance of the calibration data.
  const classWeight = (label: number) => labels.length / 2 / Math.max(1, label === 1 ? positives : negatives);
  // Platt's smoothed targets keep a and b finite on separable data.
  const high = (positives + 1) / (positives + 2);
  const low = 1 / (negatives + 2);
  let a = 1;
  let b = 0;
  for (let step = 0; step < 3000; step++) {
    let gradA = 0;
    let gradB = 0;
    for (let i = 0; i < raw.length; i++) {
      const p = 1 / (1 + Math.exp(-(a * (raw[i] as number) + b)));
      const target = labels[i] === 1 ? high : low;
      const weight = classWeight(labels[i] as number);
      gradA += weight * (p - target) * (raw[i] as number);
      gradB += weight * (p - target);
    }
    a -= (0.5 * gradA) / raw.length;
    b -= (0.5 * gradB) / raw.length;
  }
  return { a, b };
}
