/**
 * Presentation mode for a projector: large type, one scenario at a time, revealed step by step.
 *   ← →          previous / next scenario          1…9, 0   jump to scenario 1…10
 *   space ↓ ⏎    reveal the next part              ↑        hide the last part
 *   Esc          leave
 */
import { useEffect, useState } from 'react';
import type { Scenario } from '../../lib/playground/schema';
import { useT } from '../common/locale';
import { AnalysisPanel } from './AnalysisPanel';
import { DraftEditor } from './DraftEditor';
import { ThreadView } from './ThreadView';
import { sarcasmCues, useAnalysis } from './use-analysis';

const lastStep = 4;

export interface PresentationModeProps {
  scenarios: readonly Scenario[];
  startIndex: number;
  onExit: (index: number) => void;
}

export function PresentationMode({ scenarios, startIndex, onExit }: PresentationModeProps) {
  const t = useT();
  const [index, setIndex] = useState(Math.min(Math.max(startIndex, 0), Math.max(scenarios.length - 1, 0)));
  const [step, setStep] = useState(0);

  useEffect(() => {
    const go = (next: number) => {
      if (next < 0 || next >= scenarios.length) return;
      setIndex(next);
      setStep(0);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT'))
        return;
      if (event.key === 'ArrowRight' || event.key === 'PageDown') go(index + 1);
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') go(index - 1);
      else if (event.key === ' ' || event.key === 'ArrowDown' || event.key === 'Enter')
        setStep((s) => Math.min(s + 1, lastStep));
      else if (event.key === 'ArrowUp') setStep((s) => Math.max(s - 1, 0));
      else if (event.key === 'Escape') onExit(index);
      else if (/^[0-9]$/.test(event.key)) go(event.key === '0' ? 9 : Number(event.key) - 1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, scenarios.length, onExit]);

  const scenario = scenarios[index];
  if (!scenario) {
    return (
      <section className="pg-present">
        <p>{t({ nl: 'Geen scenario’s.', en: 'No scenarios.' })}</p>
      </section>
    );
  }
  return (
    <Slide
      key={scenario.id}
      scenario={scenario}
      index={index}
      total={scenarios.length}
      step={step}
      onExit={() => onExit(index)}
    />
  );
}

function Slide({
  scenario,
  index,
  total,
  step,
  onExit,
}: {
  scenario: Scenario;
  index: number;
  total: number;
  step: number;
  onExit: () => void;
}) {
  const t = useT();
  const bad = useAnalysis(scenario, scenario.badReply);
  const good = useAnalysis(scenario, scenario.goodReply);
  return (
    <section className="pg-present" data-testid="presentation" aria-live="polite">
      <header className="pg-present__header">
        <span className="pg-present__counter" data-testid="presentation-counter">
          {index + 1} / {total}
        </span>
        <h1 className="pg-present__title" data-testid="presentation-title">
          {t(scenario.title)}
        </h1>
        <button type="button" className="pg-button" onClick={onExit}>
          {t({ nl: 'Sluiten (Esc)', en: 'Close (Esc)' })}
        </button>
      </header>
      <div className="pg-columns">
        <div className="pg-column">
          <ThreadView thread={scenario.thread} cues={step >= 1 ? sarcasmCues(bad) : []} large />
        </div>
        <div className="pg-column">{step >= 1 ? <AnalysisPanel state={bad} large suggestionLimit={1} /> : null}</div>
      </div>
      {step >= 2 ? (
        <div className="pg-compare">
          <DraftEditor
            id="present-bad"
            label={t({ nl: '✘ Zo niet', en: '✘ Not like this' })}
            value={scenario.badReply}
            onChange={() => undefined}
            findings={bad.ok ? bad.analysis.findings : []}
            unavailable={!bad.ok}
            large
            readOnly
          />
          {step >= 3 ? (
            <DraftEditor
              id="present-good"
              label={t({ nl: '✔ Maar zo', en: '✔ But like this' })}
              value={scenario.goodReply}
              onChange={() => undefined}
              findings={good.ok ? good.analysis.findings : []}
              unavailable={!good.ok}
              large
              readOnly
            />
          ) : null}
        </div>
      ) : null}
      {step >= 4 ? <p className="pg-present__lesson">{t(scenario.lesson)}</p> : null}
      <footer className="pg-present__help">
        {t({
          nl: '← → scenario · spatie/↓ volgende stap · ↑ terug · 1–9 springen · Esc sluiten',
          en: '← → scenario · space/↓ next step · ↑ back · 1–9 jump · Esc close',
        })}
      </footer>
    </section>
  );
}
