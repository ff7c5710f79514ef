import twitterText from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { builtInScenarios, isQuizReady, scenarioNow } from '../../lib/playground/scenarios';
import { scenarioSetSchema, topicSchema } from '../../lib/playground/schema';
import { findTarget, isBrandAuthor } from '../../lib/thread/target';

const scenarios = builtInScenarios();

describe('built-in scenarios', () => {
  it('has at least 30, in Dutch and English, on X, Facebook and LinkedIn', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(30);
    for (const language of ['nl', 'en'] as const) {
      for (const platform of ['x', 'facebook', 'linkedin'] as const) {
        const count = scenarios.filter((s) => s.language === language && s.thread.platform === platform).length;
        expect(count, `${language} on ${platform}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('covers every topic the trainers asked for', () => {
    const covered = new Set(scenarios.flatMap((s) => s.topics));
    expect([...topicSchema.options].filter((topic) => !covered.has(topic))).toEqual([]);
  });

  it('validates as a scenario set, with unique ids', () => {
    const result = scenarioSetSchema.safeParse({ version: 1, kind: 'webcare-playground-scenarios', scenarios });
    expect(result.success, result.success ? '' : result.error.message).toBe(true);
  });

  it('is complete: both replies, mistakes, a brand and a target that is not the brand', () => {
    const incomplete = scenarios.filter((scenario) => {
      const target = findTarget(scenario.thread);
      const brand = scenario.thread.brand;
      return (
        !isQuizReady(scenario) ||
        scenario.badReply === scenario.goodReply ||
        !brand ||
        !target ||
        target.isBrand ||
        isBrandAuthor(target, brand)
      );
    });
    expect(incomplete.map((s) => s.id)).toEqual([]);
  });

  it('marks brand posts consistently with the brand settings', () => {
    const wrong = scenarios.flatMap((scenario) =>
      scenario.thread.posts
        .filter((post) => scenario.thread.brand && post.isBrand !== isBrandAuthor(post, scenario.thread.brand))
        .map((post) => `${scenario.id}/${post.id}`),
    );
    expect(wrong).toEqual([]);
  });

  it('keeps every good reply on X within 280 weighted characters', () => {
    const tooLong = scenarios
      .filter((s) => s.thread.platform === 'x')
      .map((s) => ({ id: s.id, length: twitterText.parseTweet(s.goodReply).weightedLength }))
      .filter((s) => s.length > 280);
    expect(tooLong).toEqual([]);
  });

  it('has a too-long scenario whose bad reply really is over the X limit', () => {
    const tooLong = scenarios.filter((s) => s.mistakes.includes('too-long') && s.thread.platform === 'x');
    expect(tooLong.length).toBeGreaterThan(0);
    for (const s of tooLong) expect(twitterText.parseTweet(s.badReply).weightedLength).toBeGreaterThan(280);
  });

  it('signs replies when the brand signs them', () => {
    const unsigned = scenarios
      .filter((s) => s.thread.brand?.signature)
      .filter((s) => !s.agent || !s.goodReply.trimEnd().endsWith(`^${s.agent.initials}`))
      .map((s) => s.id);
    expect(unsigned).toEqual([]);
  });

  it('gives each scenario a fixed "now" after its posts', () => {
    for (const scenario of scenarios) {
      const last = Math.max(...scenario.thread.posts.map((post) => Date.parse(post.time ?? '1970-01-01T00:00:00Z')));
      expect(scenarioNow(scenario).getTime(), scenario.id).toBeGreaterThan(last);
    }
  });
});
