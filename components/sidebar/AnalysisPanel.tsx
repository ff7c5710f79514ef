/** The analysis of the target: sarcasm (score, reasons, one-click correction), category, language, suggestions, findings. */
import type { Analysis } from '../../lib/analysis/types';
import { useT } from '../common/locale';
import { fillMissing, type FillValues } from './fill-missing';
import { categoryNames, languageNames } from '../common/labels';

export function AnalysisPanel(props: {
  analysis: Analysis;
  sarcastic: boolean;
  corrected: boolean;
  onCorrect: (sarcastic: boolean) => void;
  draft: string;
  canInsert: boolean;
  onInsert: (text: string, entryId: string) => void;
  /** Values the agent typed for a suggestion's unfilled variables. */
  fills: (entryId: string) => FillValues | undefined;
  onFill: (entryId: string, name: string, value: string) => void;
}) {
  const t = useT();
  const { analysis } = props;
  return (
    <section className="wc-analysis" data-testid="analysis">
      <div className="wc-badges">
        <span className={`wc-sarcasm ${props.sarcastic ? 'wc-on' : ''}`} data-testid="sarcasm">
          {props.sarcastic ? t({ nl: 'Sarcasme', en: 'Sarcasm' }) : t({ nl: 'Geen sarcasme', en: 'No sarcasm' })}{' '}
          <span className="wc-muted">{analysis.sarcasm.score.toFixed(2)}</span>
          {props.corrected && <span className="wc-muted"> · {t({ nl: 'gecorrigeerd', en: 'corrected' })}</span>}
        </span>
        <span className="wc-chip" data-testid="category">
          {t(categoryNames[analysis.category])}
        </span>
        <span className="wc-chip" data-testid="language">
          {t(languageNames[analysis.language])}
        </span>
        <button
          type="button"
          className="wc-link"
          onClick={() => props.onCorrect(!props.sarcastic)}
          data-testid="correct-sarcasm"
        >
          {props.sarcastic
            ? t({ nl: 'Niet sarcastisch', en: 'Not sarcastic' })
            : t({ nl: 'Wel sarcastisch', en: 'Is sarcastic' })}
        </button>
      </div>
      {analysis.sarcasm.reasons.length > 0 && (
        <ul className="wc-reasons">
          {analysis.sarcasm.reasons.map((reason, index) => (
            <li key={index}>{reason.cue}</li>
          ))}
        </ul>
      )}
      <h2>{t({ nl: 'Suggesties', en: 'Suggestions' })}</h2>
      {analysis.suggestions.length === 0 ? (
        <p className="wc-muted">
          {t({ nl: 'Geen passende antwoorden in het antwoordenboek.', en: 'No matching replies in the phrasebook.' })}
        </p>
      ) : (
        <ol className="wc-suggestions">
          {analysis.suggestions.slice(0, 5).map((suggestion, index) => {
            const filled = fillMissing(suggestion, props.fills(suggestion.id));
            return (
              <li key={suggestion.id}>
                <button
                  type="button"
                  disabled={!props.canInsert || !filled.ready}
                  onClick={() => props.onInsert(filled.text, suggestion.id)}
                  data-testid={`suggestion-${index + 1}`}
                >
                  <kbd>{index + 1}</kbd> <strong>{suggestion.title}</strong>
                  <span className="wc-text">{filled.text}</span>
                  {suggestion.why && <span className="wc-muted">{suggestion.why}</span>}
                </button>
                {suggestion.missing?.length ? (
                  <div className="wc-missing">
                    {t({ nl: 'Vul eerst in:', en: 'Fill in first:' })}
                    {suggestion.missing.map((name) => (
                      <label key={name}>
                        {' '}
                        {name}{' '}
                        <input
                          name={`fill-${name}`}
                          value={props.fills(suggestion.id)?.[name] ?? ''}
                          onChange={(event) => props.onFill(suggestion.id, name, event.target.value)}
                          data-testid={`fill-${index + 1}-${name}`}
                        />
                      </label>
                    ))}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      {props.draft.trim() !== '' && (
        <>
          <h2 data-testid="draft">{t({ nl: 'Je concept', en: 'Your draft' })}</h2>
          {analysis.findings.length === 0 ? (
            <p className="wc-muted" data-testid="findings-none">
              {t({ nl: 'Geen opmerkingen.', en: 'Nothing to flag.' })}
            </p>
          ) : (
            <ul className="wc-findings" data-testid="findings">
              {analysis.findings.map((finding, index) => (
                <li key={index} className={`wc-${finding.severity}`}>
                  {finding.message}
                  {finding.suggestions.length > 0 && <span className="wc-muted"> → {finding.suggestions[0]}</span>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
