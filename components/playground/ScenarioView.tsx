/**
 * One scenario, live: the thread as on its platform, the analysis, the draft with its findings, an optional second
 * draft to compare, the editor and the lesson.
 */
import { useState } from 'react';
import { mistakeLabels } from '../../lib/playground/mistakes';
import type { Scenario } from '../../lib/playground/schema';
import { useT } from '../common/locale';
import { AnalysisPanel } from './AnalysisPanel';
import { DraftEditor } from './DraftEditor';
import { ScenarioEditor } from './ScenarioEditor';
import { platformNames, ThreadView } from './ThreadView';
import { sarcasmCues, useAnalysis } from './use-analysis';

export interface ScenarioViewProps {
  scenario: Scenario;
  isBuiltIn: boolean;
  onChange: (scenario: Scenario) => void;
  onReset: () => void;
  onDelete: () => void;
  onExportThread: () => void;
  onExportScenario: () => void;
  onPresent: () => void;
  onBack: () => void;
}

export function ScenarioView(props: ScenarioViewProps) {
  const { scenario } = props;
  const t = useT();
  const [draft, setDraft] = useState(scenario.badReply);
  const [second, setSecond] = useState(scenario.goodReply);
  const [comparing, setComparing] = useState(false);
  const [editing, setEditing] = useState(false);
  const first = useAnalysis(scenario, draft);
  const other = useAnalysis(scenario, comparing ? second : undefined);
  const findingsOf = (state: typeof first) => (state.ok ? state.analysis.findings : []);

  return (
    <div className="pg-scenario" data-testid="scenario-view">
      <div className="pg-scenario__bar">
        <button type="button" className="pg-button" onClick={props.onBack} data-testid="back-to-gallery">
          {t({ nl: '← Alle scenario’s', en: '← All scenarios' })}
        </button>
        <h1 className="pg-title" data-testid="scenario-title">
          {t(scenario.title)}
        </h1>
        <span className="pg-tag">{scenario.language.toUpperCase()}</span>
        <span className="pg-tag">{platformNames[scenario.thread.platform]}</span>
        <span className="pg-spacer" />
        <button
          type="button"
          className="pg-button"
          aria-pressed={editing}
          onClick={() => setEditing(!editing)}
          data-testid="toggle-edit"
        >
          {editing ? t({ nl: 'Klaar met bewerken', en: 'Done editing' }) : t({ nl: 'Bewerken', en: 'Edit' })}
        </button>
        <button type="button" className="pg-button" onClick={props.onPresent}>
          {t({ nl: 'Presenteren', en: 'Present' })}
        </button>
        <button type="button" className="pg-button" onClick={props.onExportThread} data-testid="export-thread">
          {t({ nl: 'Exporteer Thread JSON', en: 'Export Thread JSON' })}
        </button>
        <button type="button" className="pg-button" onClick={props.onExportScenario}>
          {t({ nl: 'Exporteer scenario', en: 'Export scenario' })}
        </button>
        {props.isBuiltIn ? (
          <button type="button" className="pg-button" onClick={props.onReset}>
            {t({ nl: 'Herstel origineel', en: 'Restore original' })}
          </button>
        ) : (
          <button type="button" className="pg-button pg-button--danger" onClick={props.onDelete}>
            {t({ nl: 'Verwijder', en: 'Delete' })}
          </button>
        )}
      </div>

      <div className="pg-columns">
        <div className="pg-column">
          <ThreadView thread={scenario.thread} cues={sarcasmCues(first)} />
          {editing ? <ScenarioEditor scenario={scenario} onChange={props.onChange} /> : null}
        </div>
        <div className="pg-column">
          <AnalysisPanel state={first} onUseSuggestion={setDraft} />
        </div>
      </div>

      <section className="pg-drafts">
        <div className="pg-drafts__bar">
          <h2 className="pg-heading">{t({ nl: 'Concept', en: 'Draft' })}</h2>
          <button
            type="button"
            className="pg-button"
            onClick={() => setDraft(scenario.badReply)}
            data-testid="load-bad"
          >
            {t({ nl: 'Slecht antwoord', en: 'Bad reply' })}
          </button>
          <button
            type="button"
            className="pg-button"
            onClick={() => setDraft(scenario.goodReply)}
            data-testid="load-good"
          >
            {t({ nl: 'Goed antwoord', en: 'Good reply' })}
          </button>
          <button type="button" className="pg-button" onClick={() => setDraft('')}>
            {t({ nl: 'Leeg', en: 'Clear' })}
          </button>
          <label className="pg-inline">
            <input
              type="checkbox"
              checked={comparing}
              onChange={(event) => setComparing(event.target.checked)}
              data-testid="toggle-compare"
            />{' '}
            {t({ nl: 'Vergelijk twee concepten', en: 'Compare two drafts' })}
          </label>
        </div>
        <div className={comparing ? 'pg-compare' : undefined}>
          <DraftEditor
            id="a"
            label={comparing ? t({ nl: 'Concept A', en: 'Draft A' }) : t({ nl: 'Jouw antwoord', en: 'Your reply' })}
            value={draft}
            onChange={setDraft}
            findings={findingsOf(first)}
            unavailable={!first.ok}
          />
          {comparing ? (
            <DraftEditor
              id="b"
              label={t({ nl: 'Concept B', en: 'Draft B' })}
              value={second}
              onChange={setSecond}
              findings={findingsOf(other)}
            />
          ) : null}
        </div>
      </section>

      <details className="pg-lesson" data-testid="lesson">
        <summary>{t({ nl: 'De les', en: 'The lesson' })}</summary>
        <p className="pg-lesson__text">{t(scenario.lesson)}</p>
        {scenario.mistakes.length > 0 ? (
          <ul>
            {scenario.mistakes.map((mistake) => (
              <li key={mistake}>
                <strong>{t(mistakeLabels[mistake].label)}</strong> — {t(mistakeLabels[mistake].instead)}
              </li>
            ))}
          </ul>
        ) : null}
      </details>
    </div>
  );
}
