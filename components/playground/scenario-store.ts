/**
 * The trainer's own scenario list (built-ins as edited, plus imported and pasted ones) kept in localStorage, which
 * both the extension page and the static site have. Stored as a scenario set and validated when read back; an
 * unreadable store falls back to the built-ins and is left untouched so nothing is overwritten by accident.
 */
import { builtInScenarios } from '../../lib/playground/scenarios';
import { scenarioSetSchema, type Scenario } from '../../lib/playground/schema';
import { exportScenarioSet } from '../../lib/playground/scenario-file';

const storageKey = 'webcare-playground:scenarios:v1';

export interface StoredScenarios {
  scenarios: Scenario[];
  /** Set when the store could not be read; saving is then off until the trainer resets. */
  problem?: string;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // Blocked storage (privacy settings, sandboxed frame): work in memory.
  }
}

export function loadScenarios(): StoredScenarios {
  const raw = storage()?.getItem(storageKey);
  if (!raw) return { scenarios: builtInScenarios() };
  try {
    const parsed = scenarioSetSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return { scenarios: parsed.data.scenarios };
    return { scenarios: builtInScenarios(), problem: parsed.error.issues[0]?.message ?? 'invalid' };
  } catch (error) {
    return { scenarios: builtInScenarios(), problem: (error as Error).message };
  }
}

export function saveScenarios(scenarios: readonly Scenario[]): void {
  try {
    storage()?.setItem(storageKey, exportScenarioSet(scenarios));
  } catch {
    // Quota or blocked storage: the session keeps working in memory.
  }
}

export function clearStoredScenarios(): void {
  try {
    storage()?.removeItem(storageKey);
  } catch {
    // Nothing stored to clear.
  }
}
