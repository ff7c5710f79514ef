/**
 * Quiz questions built from scenarios, and their scoring. Deterministic for a seed, so a trainer and a room of
 * trainees can run "the same quiz" and a test can check it.
 */
import type { Localized } from '../localized';
import { mistakeLabels } from './mistakes';
import type { Mistake, Scenario } from './schema';
import { isQuizReady } from './scenarios';

export interface PickBestOption {
  id: string;
  text: string;
  best: boolean;
  /** Why this reply is (not) the best. */
  why: Localized;
}

export type QuizQuestion =
  | { kind: 'pick-best'; scenarioId: string; options: PickBestOption[] }
  | {
      kind: 'find-wrong';
      scenarioId: string;
      reply: string;
      /** Mistakes to tick; `applies` says whether the reply makes it. */
      options: { mistake: Mistake; applies: boolean }[];
    };

export type QuizAnswer = { kind: 'pick-best'; optionId: string } | { kind: 'find-wrong'; mistakes: readonly Mistake[] };

export interface QuestionResult {
  /** 0..1 */
  points: number;
  /** Fully right. */
  correct: boolean;
}

export interface QuizOptions {
  seed: number;
  /** How many questions; default: one per ready scenario. */
  count?: number;
  kinds?: readonly QuizQuestion['kind'][];
  /** Options in a find-wrong question (true mistakes plus distractors); default 5. */
  findWrongOptions?: number;
}

export function buildQuiz(scenarios: readonly Scenario[], options: QuizOptions): QuizQuestion[] {
  const random = mulberry32(options.seed);
  const kinds = options.kinds && options.kinds.length > 0 ? options.kinds : (['pick-best', 'find-wrong'] as const);
  const ready = shuffle(
    scenarios.filter((scenario) => isQuizReady(scenario)),
    random,
  );
  const count = Math.min(options.count ?? ready.length, ready.length);
  return ready.slice(0, count).map((scenario, index) => {
    const kind = kinds[index % kinds.length] ?? 'pick-best';
    return kind === 'pick-best'
      ? pickBestQuestion(scenario, random)
      : findWrongQuestion(scenario, random, options.findWrongOptions ?? 5);
  });
}

function pickBestQuestion(scenario: Scenario, random: () => number): QuizQuestion {
  const badWhy: Localized = {
    nl: scenario.mistakes.map((mistake) => mistakeLabels[mistake].label.nl).join('; '),
    en: scenario.mistakes.map((mistake) => mistakeLabels[mistake].label.en).join('; '),
  };
  const candidates: PickBestOption[] = [
    { id: 'good', text: scenario.goodReply, best: true, why: scenario.lesson },
    { id: 'bad', text: scenario.badReply, best: false, why: badWhy },
    ...scenario.alternatives.map((alternative, index) => ({
      id: `alt-${index + 1}`,
      text: alternative.text,
      best: false,
      why: alternative.why,
    })),
  ];
  return { kind: 'pick-best', scenarioId: scenario.id, options: shuffle(candidates, random) };
}

function findWrongQuestion(scenario: Scenario, random: () => number, size: number): QuizQuestion {
  const present = new Set(scenario.mistakes);
  const distractors = shuffle(
    (Object.keys(mistakeLabels) as Mistake[]).filter((mistake) => !present.has(mistake)),
    random,
  ).slice(0, Math.max(0, size - present.size));
  const options = shuffle(
    [
      ...scenario.mistakes.map((mistake) => ({ mistake, applies: true })),
      ...distractors.map((mistake) => ({ mistake, applies: false })),
    ],
    random,
  );
  return { kind: 'find-wrong', scenarioId: scenario.id, reply: scenario.badReply, options };
}

/**
 * Pick-best: 1 for the best reply, else 0. Find-wrong: (right ticks − wrong ticks) / mistakes present, floored at 0,
 * so ticking everything scores no better than ticking nothing.
 */
export function scoreAnswer(question: QuizQuestion, answer: QuizAnswer | undefined): QuestionResult {
  if (!answer || answer.kind !== question.kind) return { points: 0, correct: false };
  if (question.kind === 'pick-best' && answer.kind === 'pick-best') {
    const picked = question.options.find((option) => option.id === answer.optionId);
    const correct = picked?.best === true;
    return { points: correct ? 1 : 0, correct };
  }
  if (question.kind === 'find-wrong' && answer.kind === 'find-wrong') {
    const ticked = new Set(answer.mistakes);
    const present = question.options.filter((option) => option.applies);
    let right = 0;
    let wrong = 0;
    for (const option of question.options) {
      if (!ticked.has(option.mistake)) continue;
      if (option.applies) right++;
      else wrong++;
    }
    const points = present.length === 0 ? 0 : Math.max(0, (right - wrong) / present.length);
    return { points, correct: right === present.length && wrong === 0 };
  }
  return { points: 0, correct: false };
}

export interface QuizScore {
  points: number;
  max: number;
  /** 0..100, rounded. */
  percent: number;
  correct: number;
  results: QuestionResult[];
}

export function scoreQuiz(questions: readonly QuizQuestion[], answers: readonly (QuizAnswer | undefined)[]): QuizScore {
  const results = questions.map((question, index) => scoreAnswer(question, answers[index]));
  const points = results.reduce((sum, result) => sum + result.points, 0);
  const max = questions.length;
  return {
    points,
    max,
    percent: max === 0 ? 0 : Math.round((points / max) * 100),
    correct: results.filter((result) => result.correct).length,
    results,
  };
}

/** Small seeded PRNG (mulberry32): the same seed gives the same quiz in every browser. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = a;
  }
  return copy;
}
