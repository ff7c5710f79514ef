import { describe, expect, it } from 'vitest';
import { builtInScenarios } from '../../lib/playground/scenarios';
import { buildQuiz, scoreAnswer, scoreQuiz, type QuizQuestion } from '../../lib/playground/quiz';

const scenarios = builtInScenarios();

describe('buildQuiz', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = buildQuiz(scenarios, { seed: 7, count: 6 });
    expect(buildQuiz(scenarios, { seed: 7, count: 6 })).toEqual(a);
    expect(buildQuiz(scenarios, { seed: 8, count: 6 })).not.toEqual(a);
    expect(a).toHaveLength(6);
  });

  it('alternates the two kinds and offers exactly one best reply per pick-best question', () => {
    const quiz = buildQuiz(scenarios, { seed: 1 });
    expect(quiz).toHaveLength(scenarios.length);
    expect(quiz.map((q) => q.kind).slice(0, 4)).toEqual(['pick-best', 'find-wrong', 'pick-best', 'find-wrong']);
    for (const question of quiz) {
      if (question.kind === 'pick-best') expect(question.options.filter((o) => o.best)).toHaveLength(1);
      else {
        const scenario = scenarios.find((s) => s.id === question.scenarioId);
        expect(
          question.options
            .filter((o) => o.applies)
            .map((o) => o.mistake)
            .sort(),
        ).toEqual([...(scenario?.mistakes ?? [])].sort());
        expect(question.options.length).toBeGreaterThanOrEqual(5);
      }
    }
  });
});

const findWrong: QuizQuestion = {
  kind: 'find-wrong',
  scenarioId: 's',
  reply: '…',
  options: [
    { mistake: 'stock-phrase', applies: true },
    { mistake: 'no-next-step', applies: true },
    { mistake: 'privacy-leak', applies: false },
    { mistake: 'too-long', applies: false },
  ],
};

describe('scoreAnswer', () => {
  it('scores pick-best 1 or 0', () => {
    const question: QuizQuestion = {
      kind: 'pick-best',
      scenarioId: 's',
      options: [
        { id: 'good', text: 'a', best: true, why: { nl: '', en: '' } },
        { id: 'bad', text: 'b', best: false, why: { nl: '', en: '' } },
      ],
    };
    expect(scoreAnswer(question, { kind: 'pick-best', optionId: 'good' })).toEqual({ points: 1, correct: true });
    expect(scoreAnswer(question, { kind: 'pick-best', optionId: 'bad' })).toEqual({ points: 0, correct: false });
    expect(scoreAnswer(question, undefined)).toEqual({ points: 0, correct: false });
  });

  it('scores find-wrong as right minus wrong ticks, never below zero', () => {
    const score = (mistakes: Parameters<typeof scoreAnswer>[1]) => scoreAnswer(findWrong, mistakes);
    expect(score({ kind: 'find-wrong', mistakes: ['stock-phrase', 'no-next-step'] })).toEqual({
      points: 1,
      correct: true,
    });
    expect(score({ kind: 'find-wrong', mistakes: ['stock-phrase'] })).toEqual({ points: 0.5, correct: false });
    expect(score({ kind: 'find-wrong', mistakes: ['stock-phrase', 'no-next-step', 'too-long'] })).toEqual({
      points: 0.5,
      correct: false,
    });
    // Ticking everything is no better than ticking nothing.
    expect(
      score({ kind: 'find-wrong', mistakes: ['stock-phrase', 'no-next-step', 'privacy-leak', 'too-long'] }).points,
    ).toBe(0);
    expect(score({ kind: 'find-wrong', mistakes: [] }).points).toBe(0);
    expect(score({ kind: 'pick-best', optionId: 'good' }).points).toBe(0);
  });
});

describe('scoreQuiz', () => {
  it('sums points, counts fully right answers and rounds the percentage', () => {
    const quiz = buildQuiz(scenarios, { seed: 3, count: 3 });
    const perfect = quiz.map((q) =>
      q.kind === 'pick-best'
        ? { kind: 'pick-best' as const, optionId: q.options.find((o) => o.best)?.id ?? '' }
        : { kind: 'find-wrong' as const, mistakes: q.options.filter((o) => o.applies).map((o) => o.mistake) },
    );
    expect(scoreQuiz(quiz, perfect)).toMatchObject({ points: 3, max: 3, percent: 100, correct: 3 });
    expect(scoreQuiz(quiz, [perfect[0]])).toMatchObject({ points: 1, max: 3, percent: 33, correct: 1 });
    expect(scoreQuiz([], [])).toMatchObject({ percent: 0, max: 0 });
  });
});
