/** The Analysis JSON of the thread, as the sidebar shows it: language, category, sarcasm verdict, suggestions. */
import { useT } from '../common/locale';
import type { AnalysisState } from './use-analysis';
import { categoryNames, languageNames } from '../common/labels';

export interface AnalysisPanelProps {
  state: AnalysisState;
  onUseSuggestion?: (text: string) => void;
  large?: boolean;
  /** Show at most this many suggestions (a projector has room for one or two). */
  suggestionLimit?: number;
}

export function AnalysisPanel({ state, onUseSuggestion, large = false, suggestionLimit }: AnalysisPanelProps) {
  const t = useT();
  if (!state.ok) {
    return (
      <section className="pg-analysis pg-analysis--error" role="alert" data-testid="analysis-error">
        {t({ nl: 'De analyse gaf een fout: ', en: 'The analysis failed: ' })}
        {state.error}
      </section>
    );
  }
  const { analysis } = state;
  const sarcasm = analysis.sarcasm;
  return (
    <section className={`pg-analysis${large ? ' pg-analysis--large' : ''}`} data-testid="analysis">
      <h2 className="pg-heading">{t({ nl: 'Analyse', en: 'Analysis' })}</h2>
      <dl className="pg-analysis__facts">
        <dt>{t({ nl: 'Categorie', en: 'Category' })}</dt>
        <dd data-testid="category">{t(categoryNames[analysis.category])}</dd>
        <dt>{t({ nl: 'Taal', en: 'Language' })}</dt>
        <dd data-testid="language">{t(languageNames[analysis.language])}</dd>
        <dt>{t({ nl: 'Sarcasme', en: 'Sarcasm' })}</dt>
        <dd>
          <span
            className={`pg-badge ${sarcasm.sarcastic ? 'pg-badge--sarcastic' : 'pg-badge--sincere'}`}
            data-testid="sarcasm-verdict"
          >
            {sarcasm.sarcastic ? t({ nl: 'Sarcastisch', en: 'Sarcastic' }) : t({ nl: 'Gemeend', en: 'Sincere' })}{' '}
            {Math.round(sarcasm.score * 100)}%
          </span>
        </dd>
      </dl>
      {sarcasm.reasons.length > 0 ? (
        <ul
          className="pg-analysis__reasons"
          aria-label={t({ nl: 'Waarom dit oordeel', en: 'Why this verdict' })}
          data-testid="sarcasm-reasons"
        >
          {sarcasm.reasons.map((reason, index) => (
            <li key={`${reason.postId}-${index}`}>
              <span className="pg-tag">{reason.postId}</span> {reason.cue}
            </li>
          ))}
        </ul>
      ) : null}
      <h3 className="pg-subheading">
        {t({ nl: 'Suggesties uit het zinnenboek', en: 'Suggestions from the phrasebook' })}
      </h3>
      {analysis.suggestions.length === 0 ? (
        <p className="pg-muted">
          {t({
            nl: 'Geen suggesties (geen zinnenboek geladen of niets passends).',
            en: 'No suggestions (no phrasebook loaded or nothing fits).',
          })}
        </p>
      ) : (
        <ol className="pg-suggestions" data-testid="suggestions">
          {analysis.suggestions.slice(0, suggestionLimit).map((suggestion) => (
            <li key={suggestion.id} className="pg-suggestion">
              <div className="pg-suggestion__title">
                {suggestion.title} <span className="pg-muted">{suggestion.score.toFixed(2)}</span>
              </div>
              <p className="pg-suggestion__text">{suggestion.text}</p>
              {suggestion.why ? <p className="pg-muted">{suggestion.why}</p> : null}
              {suggestion.missing && suggestion.missing.length > 0 ? (
                <p className="pg-warning">
                  {t({ nl: 'Nog in te vullen: ', en: 'Still to fill in: ' })}
                  {suggestion.missing.map((name) => `{${name}}`).join(', ')}
                </p>
              ) : null}
              {onUseSuggestion ? (
                <button
                  type="button"
                  className="pg-button pg-button--small"
                  onClick={() => onUseSuggestion(suggestion.text)}
                >
                  {t({ nl: 'Gebruik als concept', en: 'Use as draft' })}
                </button>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
