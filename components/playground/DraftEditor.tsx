/**
 * A draft with its findings drawn as highlighted spans. The textarea sits on a backdrop that repeats the text with
 * <mark>s (same font, wrapping and scroll), so the trainer types in a real textarea and sees the flagged words.
 */
import { useRef, useState } from 'react';
import type { ReportedFinding } from '../../lib/analysis/types';
import { segmentText } from '../../lib/playground/segments';
import { useT } from '../common/locale';

export interface DraftEditorProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  findings: readonly ReportedFinding[];
  large?: boolean;
  /** Shown, not edited (quiz explanations, presentation). */
  readOnly?: boolean;
  /** The analysis failed: say so instead of "no findings". */
  unavailable?: boolean;
}

export function DraftEditor({
  id,
  label,
  value,
  onChange,
  findings,
  large = false,
  readOnly = false,
  unavailable = false,
}: DraftEditorProps) {
  const t = useT();
  const backdrop = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<number | undefined>(undefined);
  // Findings belong to the analysed (deferred) text; spans beyond the current text are clipped by segmentText.
  const segments = segmentText(value, findings);
  const marked = segments.map((segment) =>
    segment.covering.length === 0 ? (
      <span key={segment.start}>{segment.text}</span>
    ) : (
      <mark
        key={segment.start}
        className={`pg-mark pg-mark--${worstSeverity(segment.covering.map((i) => findings[i]))}${
          active !== undefined && segment.covering.includes(active) ? ' pg-mark--active' : ''
        }`}
      >
        {segment.text}
      </mark>
    ),
  );
  return (
    <div className={`pg-draft${large ? ' pg-draft--large' : ''}`} data-testid={`draft-${id}`}>
      {readOnly ? (
        <div className="pg-draft__label">{label}</div>
      ) : (
        <label className="pg-draft__label" htmlFor={`draft-input-${id}`}>
          {label}
        </label>
      )}
      {readOnly ? (
        // Shown in full (no textarea to scroll), with the marks in the text itself.
        <div className="pg-draft__static" data-testid={`draft-text-${id}`}>
          {marked}
        </div>
      ) : (
        <div className="pg-draft__field">
          <div className="pg-draft__backdrop" ref={backdrop} aria-hidden="true">
            {marked}
            {/* A trailing newline needs one more line of backdrop to keep the scroll heights equal. */}
            {'\n '}
          </div>
          <textarea
            id={`draft-input-${id}`}
            className="pg-draft__input"
            value={value}
            spellCheck={false}
            onChange={(event) => onChange(event.target.value)}
            onScroll={(event) => {
              if (backdrop.current) backdrop.current.scrollTop = event.currentTarget.scrollTop;
            }}
            data-testid={`draft-input-${id}`}
          />
        </div>
      )}
      <div className="pg-draft__meta">
        {t({ nl: `${value.length} tekens`, en: `${value.length} characters` })} ·{' '}
        <span data-testid={`finding-count-${id}`}>
          {unavailable
            ? t({ nl: 'controle niet beschikbaar', en: 'check unavailable' })
            : findings.length === 0
              ? t({ nl: 'geen bevindingen', en: 'no findings' })
              : t({
                  nl: `${findings.length} ${findings.length === 1 ? 'bevinding' : 'bevindingen'}`,
                  en: `${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}`,
                })}
        </span>
      </div>
      <ul className="pg-findings" data-testid={`findings-${id}`}>
        {findings.map((finding, index) => (
          <li
            key={`${finding.ruleId}-${finding.start}-${index}`}
            className={`pg-finding pg-finding--${finding.severity}`}
            data-testid="finding"
            data-rule={finding.ruleId}
            onMouseEnter={() => setActive(index)}
            onMouseLeave={() => setActive(undefined)}
          >
            <div className="pg-finding__head">
              <span className="pg-tag">{finding.kind}</span> <code>{finding.ruleId}</code>{' '}
              {finding.end > finding.start ? (
                <q className="pg-finding__quote">{value.slice(finding.start, finding.end)}</q>
              ) : null}
            </div>
            <p className="pg-finding__message">{finding.message}</p>
            {finding.suggestions.length > 0 && !readOnly ? (
              <div className="pg-finding__suggestions">
                {finding.suggestions.map((suggestion) => (
                  <button
                    key={suggestion}
                    type="button"
                    className="pg-button pg-button--small"
                    title={t({ nl: 'Vervang de gemarkeerde tekst', en: 'Replace the highlighted text' })}
                    onClick={() => onChange(applySuggestion(value, finding, suggestion))}
                  >
                    {suggestion}
                  </button>
                ))}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

const severityOrder = ['hint', 'warning', 'error'] as const;

function worstSeverity(findings: readonly (ReportedFinding | undefined)[]): ReportedFinding['severity'] {
  let worst = 0;
  for (const finding of findings) {
    if (finding) worst = Math.max(worst, severityOrder.indexOf(finding.severity));
  }
  return severityOrder[worst] ?? 'hint';
}

/** A span finding replaces its words; a whole-draft finding (empty span) appends the suggestion. */
function applySuggestion(text: string, finding: ReportedFinding, suggestion: string): string {
  if (finding.end > finding.start && finding.end <= text.length) {
    return text.slice(0, finding.start) + suggestion + text.slice(finding.end);
  }
  return text.trimEnd() + (text.trim() === '' ? '' : ' ') + suggestion;
}
