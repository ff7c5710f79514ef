/**
 * The playground's promise: what a trainer calls a bad reply, the draft check flags; what they call a good reply, it
 * leaves alone. This depends on the draft rules (issue 5), so the test lists every scenario that disagrees — the list
 * is the work left, for the rules or for the scenario text.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { analysisSchema } from '../../lib/analysis/types';
import { scenarioAnalyzeOptions } from '../../lib/playground/analysis-options';
import { builtInScenarios } from '../../lib/playground/scenarios';

const scenarios = builtInScenarios();

describe('scenario replies against the draft check', () => {
  it('returns valid Analysis JSON for every scenario and reply', () => {
    for (const scenario of scenarios) {
      for (const draft of [scenario.badReply, scenario.goodReply, '']) {
        const analysis = analyze(scenario.thread, scenarioAnalyzeOptions(scenario, { draft }));
        expect(analysisSchema.safeParse(analysis).success, scenario.id).toBe(true);
        for (const finding of analysis.findings) {
          expect(finding.start, scenario.id).toBeLessThanOrEqual(finding.end);
          expect(finding.end, scenario.id).toBeLessThanOrEqual(draft.length);
        }
      }
    }
  });

  it('flags every bad reply at least once', () => {
    const unflagged = scenarios
      .filter((s) => analyze(s.thread, scenarioAnalyzeOptions(s, { draft: s.badReply })).findings.length === 0)
      .map((s) => s.id);
    expect(unflagged, `bad replies without a finding (${unflagged.length}/${scenarios.length})`).toEqual([]);
  });

  it('leaves every good reply unflagged', () => {
    const flagged = scenarios.flatMap((s) => {
      const findings = analyze(s.thread, scenarioAnalyzeOptions(s, { draft: s.goodReply })).findings;
      return findings.map((f) => `${s.id}: ${f.ruleId} "${s.goodReply.slice(f.start, f.end)}"`);
    });
    expect(flagged, `findings on good replies (${flagged.length})`).toEqual([]);
  });
});
