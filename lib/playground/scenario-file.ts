/**
 * Scenario files trainers share. Two shapes are read:
 * - a Thread JSON file (contracts.md) → one new scenario around that thread (replies and lesson still to write);
 * - a scenario set ({"version":1,"kind":"webcare-playground-scenarios","scenarios":[…]}) with replies and lessons.
 * Errors name the file, line and field; a bad file changes nothing.
 */
import { detectLanguage } from '../analysis/language';
import { findTarget } from '../thread/target';
import { describeIssues, parseThreadText, type ParseResult } from '../thread/parse';
import type { Thread } from '../thread/schema';
import { scenarioSetSchema, type Scenario, type ScenarioSet } from './schema';

const setKind = 'webcare-playground-scenarios';

export function exportScenarioSet(scenarios: readonly Scenario[]): string {
  const set: ScenarioSet = { version: 1, kind: setKind, scenarios: [...scenarios] };
  return JSON.stringify(set, null, 2) + '\n';
}

/** The scenario's thread alone, as a Thread JSON file any tool of the project reads. */
export function exportThread(scenario: Scenario): string {
  return JSON.stringify(scenario.thread, null, 2) + '\n';
}

/**
 * Read a file into scenarios whose ids do not collide with `takenIds` (a clash gets "-2", "-3", …), so importing
 * never overwrites a scenario.
 */
export function importScenarioFile(
  text: string,
  fileName: string,
  takenIds: Iterable<string> = [],
): ParseResult<Scenario[]> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `${fileName}: not valid JSON (${(error as Error).message})` };
  }
  const taken = new Set(takenIds);
  if (typeof data === 'object' && data !== null && 'kind' in data && !('posts' in data)) {
    const result = scenarioSetSchema.safeParse(data);
    if (!result.success) return { ok: false, error: describeIssues(result.error, text, fileName) };
    return { ok: true, value: result.data.scenarios.map((scenario) => withFreeId(scenario, taken)) };
  }
  const thread = parseThreadText(text, fileName);
  if (!thread.ok) return thread;
  return { ok: true, value: [withFreeId(scenarioFromThread(thread.value, baseName(fileName)), taken)] };
}

/** A new scenario around a thread: title from the target post, language from its text. */
export function scenarioFromThread(thread: Thread, idHint: string): Scenario {
  const target = findTarget(thread);
  const text = target?.text ?? '';
  const language = detectLanguage(text) === 'nl' ? 'nl' : 'en';
  const title = text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text || idHint;
  return {
    id: slug(idHint) || 'scenario',
    title: { nl: title, en: title },
    language,
    topics: [],
    thread,
    badReply: '',
    goodReply: '',
    mistakes: [],
    lesson: { nl: '(nog te schrijven)', en: '(to be written)' },
    alternatives: [],
  };
}

function withFreeId(scenario: Scenario, taken: Set<string>): Scenario {
  let id = scenario.id;
  for (let n = 2; taken.has(id); n++) id = `${scenario.id}-${n}`;
  taken.add(id);
  return id === scenario.id ? scenario : { ...scenario, id };
}

function baseName(fileName: string): string {
  return (fileName.split(/[\\/]/).at(-1) ?? fileName).replace(/(\.thread)?\.json$/i, '');
}

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}
