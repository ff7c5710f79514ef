import { z } from 'zod';
import scenarioData from './data/scenarios.json' with { type: 'json' };
import { scenarioSchema, type Scenario } from './schema';

let builtIn: Scenario[] | undefined;

/** The scenarios that ship with the playground, validated on first use (a broken data edit fails loudly here). */
export function builtInScenarios(): Scenario[] {
  builtIn ??= z.array(scenarioSchema).parse(scenarioData);
  return builtIn;
}

/** A scenario is ready for the quiz when it has both replies and says what is wrong with the bad one. */
export function isQuizReady(scenario: Scenario): boolean {
  return scenario.badReply.trim() !== '' && scenario.goodReply.trim() !== '' && scenario.mistakes.length > 0;
}

/**
 * "Now" for the analysis of a scenario: its fixed time, else ten minutes after its last timed post, else a fixed
 * date — never the wall clock, so a scenario reads the same in every training session.
 */
export function scenarioNow(scenario: Scenario): Date {
  if (scenario.now) return new Date(scenario.now);
  const times = scenario.thread.posts
    .map((post) => (post.time ? Date.parse(post.time) : Number.NaN))
    .filter((time) => !Number.isNaN(time));
  if (times.length > 0) return new Date(Math.max(...times) + 10 * 60_000);
  return new Date('2026-11-25T10:00:00Z');
}
