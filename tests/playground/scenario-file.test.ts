import { describe, expect, it } from 'vitest';
import { builtInScenarios } from '../../lib/playground/scenarios';
import { exportScenarioSet, exportThread, importScenarioFile } from '../../lib/playground/scenario-file';
import { parseThreadText } from '../../lib/thread/parse';

const scenarios = builtInScenarios();

describe('scenario files', () => {
  it('round-trips a scenario set, renaming ids that are taken', () => {
    const text = exportScenarioSet(scenarios.slice(0, 3));
    const fresh = importScenarioFile(text, 'set.json');
    expect(fresh).toEqual({ ok: true, value: scenarios.slice(0, 3) });
    const again = importScenarioFile(text, 'set.json', [scenarios[0]?.id ?? '']);
    expect(again.ok && again.value.map((s) => s.id)).toEqual([
      `${scenarios[0]?.id}-2`,
      scenarios[1]?.id,
      scenarios[2]?.id,
    ]);
  });

  it('exports each thread as valid Thread JSON and imports it as a new scenario', () => {
    const scenario = scenarios[0];
    if (!scenario) throw new Error('no scenarios');
    const text = exportThread(scenario);
    expect(parseThreadText(text).ok).toBe(true);
    const imported = importScenarioFile(text, 'trein-klacht.thread.json');
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(imported.value[0]).toMatchObject({
      id: 'trein-klacht',
      language: 'nl',
      badReply: '',
      thread: scenario.thread,
    });
  });

  it('names the file, line and field of a broken thread', () => {
    const text = '{\n  "version": 1,\n  "platform": "x",\n  "posts": [],\n  "colour": "red"\n}';
    const result = importScenarioFile(text, 'bad.json');
    expect(result).toEqual({ ok: false, error: expect.stringContaining('bad.json:5: colour: unknown field') });
  });

  it('names the line of a broken scenario set and of invalid JSON', () => {
    const set = JSON.parse(exportScenarioSet(scenarios.slice(0, 1))) as { scenarios: { language: string }[] };
    if (set.scenarios[0]) set.scenarios[0].language = 'de';
    const text = JSON.stringify(set, null, 2);
    const result = importScenarioFile(text, 'set.json');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^set\.json:\d+: scenarios\[0\]\.language:/);
    expect(importScenarioFile('{"version": 1,', 'cut.json')).toEqual({
      ok: false,
      error: expect.stringContaining('cut.json: not valid JSON'),
    });
  });
});
