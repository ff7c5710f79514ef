import { useDeferredValue, useMemo } from 'react';
import { analyze } from '../../lib/analysis/analyze';
import type { Analysis, SarcasmReason } from '../../lib/analysis/types';
import { scenarioAnalyzeOptions } from '../../lib/playground/analysis-options';
import type { Scenario } from '../../lib/playground/schema';
import { useUiLanguage } from '../common/locale';
import { starterPhrasebooks } from './starter-phrasebooks';

export type AnalysisState = { ok: true; analysis: Analysis } | { ok: false; error: string };

/**
 * The sidebar's own analysis of a scenario and draft. The draft is deferred so typing stays smooth; a failing
 * analysis is shown as a message instead of taking the page down.
 */
export function useAnalysis(scenario: Scenario, draft: string | undefined): AnalysisState {
  const uiLanguage = useUiLanguage();
  const deferredDraft = useDeferredValue(draft);
  return useMemo(() => {
    const books = starterPhrasebooks();
    try {
      const options = scenarioAnalyzeOptions(scenario, {
        ...(deferredDraft !== undefined ? { draft: deferredDraft } : {}),
        phrasebook: books.entries,
        variables: books.variables,
        uiLanguage,
      });
      return { ok: true, analysis: analyze(scenario.thread, options) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }, [scenario, deferredDraft, uiLanguage]);
}

/** The posts to mark as sarcasm cues: only when the verdict is sarcastic (reasons for "sincere" are not cues). */
export function sarcasmCues(state: AnalysisState): readonly SarcasmReason[] {
  return state.ok && state.analysis.sarcasm.sarcastic ? state.analysis.sarcasm.reasons : [];
}
