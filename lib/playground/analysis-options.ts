/**
 * The options the playground passes to `analyze` for a scenario. One function, used by the page and by the tests,
 * so the agreement test checks exactly what a trainer sees.
 */
import type { AnalyzeOptions } from '../analysis/analyze';
import type { PhrasebookEntry } from '../phrasebook/schema';
import type { Scenario } from './schema';
import { scenarioNow } from './scenarios';

export interface ScenarioAnalysisExtras {
  draft?: string;
  phrasebook?: readonly PhrasebookEntry[];
  /** Team variables from the phrasebooks (statusUrl, phone, …). */
  variables?: Record<string, string>;
  uiLanguage?: 'nl' | 'en';
}

export function scenarioAnalyzeOptions(scenario: Scenario, extras: ScenarioAnalysisExtras = {}): AnalyzeOptions {
  return {
    ...(scenario.thread.brand ? { brand: scenario.thread.brand } : {}),
    ...(extras.phrasebook ? { phrasebook: extras.phrasebook } : {}),
    ...(extras.draft !== undefined ? { draft: extras.draft } : {}),
    ...(extras.uiLanguage ? { uiLanguage: extras.uiLanguage } : {}),
    fill: {
      agent: scenario.agent?.firstName ?? '',
      initials: scenario.agent?.initials ?? '',
      custom: extras.variables ?? {},
    },
    now: scenarioNow(scenario),
  };
}
