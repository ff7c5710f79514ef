/**
 * Quiz: pick the best reply, or tick what is wrong with one. Each answer is checked on the spot with the reasons and
 * what the assistant flags; the end shows the score per question.
 */
import { useMemo, useState } from 'react';
import { mistakeLabels } from '../../lib/playground/mistakes';
import { buildQuiz, scoreAnswer, scoreQuiz, type QuizAnswer, type QuizQuestion } from '../../lib/playground/quiz';
import type { Mistake, Scenario } from '../../lib/playground/schema';
import { useT } from '../common/locale';
import { DraftEditor } from './DraftEditor';
import { ThreadView } from './ThreadView';
import { useAnalysis } from './use-analysis';

interface QuizSetup {
  count: number;
  kind: 'mixed' | QuizQuestion['kind'];
  language: 'all' | 'nl' | 'en';
  seed: number;
}

export function QuizMode({ scenarios, onExit }: { scenarios: readonly Scenario[]; onExit: () => void }) {
  const t = useT();
  const [setup, setSetup] = useState<QuizSetup>(() => ({
    count: 5,
    kind: 'mixed',
    language: 'all',
    seed: Math.floor(Math.random() * 9000) + 1000,
  }));
  const [running, setRunning] = useState<QuizSetup | undefined>(undefined);

  if (!running) {
    return (
      <section className="pg-quiz pg-quiz--setup" data-testid="quiz-setup">
        <h1 className="pg-title">{t({ nl: 'Quiz', en: 'Quiz' })}</h1>
        <label>
          {t({ nl: 'Aantal vragen', en: 'Questions' })}
          <select
            value={setup.count}
            onChange={(e) => setSetup({ ...setup, count: Number(e.target.value) })}
            data-testid="quiz-count"
          >
            {[3, 5, 10, 20, 100].map((n) => (
              <option key={n} value={n}>
                {n === 100 ? t({ nl: 'alle', en: 'all' }) : n}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t({ nl: 'Soort', en: 'Kind' })}
          <select
            value={setup.kind}
            onChange={(e) => setSetup({ ...setup, kind: e.target.value as QuizSetup['kind'] })}
            data-testid="quiz-kind"
          >
            <option value="mixed">{t({ nl: 'Gemengd', en: 'Mixed' })}</option>
            <option value="pick-best">{t({ nl: 'Kies het beste antwoord', en: 'Pick the best reply' })}</option>
            <option value="find-wrong">{t({ nl: 'Wat is er mis?', en: 'What is wrong?' })}</option>
          </select>
        </label>
        <label>
          {t({ nl: 'Taal van de scenario’s', en: 'Scenario language' })}
          <select
            value={setup.language}
            onChange={(e) => setSetup({ ...setup, language: e.target.value as QuizSetup['language'] })}
          >
            <option value="all">{t({ nl: 'Beide', en: 'Both' })}</option>
            <option value="nl">{t({ nl: 'Nederlands', en: 'Dutch' })}</option>
            <option value="en">{t({ nl: 'Engels', en: 'English' })}</option>
          </select>
        </label>
        <label>
          {t({ nl: 'Quizcode (zelfde code = zelfde quiz)', en: 'Quiz code (same code = same quiz)' })}
          <input
            type="number"
            value={setup.seed}
            onChange={(e) => setSetup({ ...setup, seed: Number(e.target.value) || 0 })}
            data-testid="quiz-seed"
          />
        </label>
        <div className="pg-import__bar">
          <button
            type="button"
            className="pg-button pg-button--primary"
            onClick={() => setRunning(setup)}
            data-testid="quiz-start"
          >
            {t({ nl: 'Start', en: 'Start' })}
          </button>
          <button type="button" className="pg-button" onClick={onExit}>
            {t({ nl: 'Terug', en: 'Back' })}
          </button>
        </div>
      </section>
    );
  }
  return (
    <QuizRun
      key={JSON.stringify(running)}
      setup={running}
      scenarios={scenarios}
      onRestart={() => setRunning(undefined)}
      onExit={onExit}
    />
  );
}

function QuizRun({
  setup,
  scenarios,
  onRestart,
  onExit,
}: {
  setup: QuizSetup;
  scenarios: readonly Scenario[];
  onRestart: () => void;
  onExit: () => void;
}) {
  const t = useT();
  const questions = useMemo(
    () =>
      buildQuiz(
        scenarios.filter((s) => setup.language === 'all' || s.language === setup.language),
        { seed: setup.seed, count: setup.count, ...(setup.kind === 'mixed' ? {} : { kinds: [setup.kind] }) },
      ),
    [scenarios, setup],
  );
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<(QuizAnswer | undefined)[]>([]);
  const [checked, setChecked] = useState(false);

  if (questions.length === 0) {
    return (
      <section className="pg-quiz">
        <p>
          {t({
            nl: 'Geen scenario’s met een goed en slecht antwoord voor deze keuze.',
            en: 'No scenarios with a good and a bad reply for this choice.',
          })}
        </p>
        <button type="button" className="pg-button" onClick={onRestart}>
          {t({ nl: 'Terug', en: 'Back' })}
        </button>
      </section>
    );
  }

  if (index >= questions.length) {
    const score = scoreQuiz(questions, answers);
    return (
      <section className="pg-quiz pg-quiz--result" data-testid="quiz-result">
        <h1 className="pg-title">{t({ nl: 'Resultaat', en: 'Result' })}</h1>
        <p className="pg-score" data-testid="quiz-score">
          {formatPoints(score.points)} / {score.max} ({score.percent}%)
        </p>
        <p>
          {t({
            nl: `${score.correct} van ${score.max} helemaal goed.`,
            en: `${score.correct} of ${score.max} fully right.`,
          })}{' '}
          {t({ nl: 'Quizcode', en: 'Quiz code' })}: {setup.seed}
        </p>
        <ol className="pg-quiz__summary">
          {questions.map((question, i) => {
            const scenario = scenarios.find((s) => s.id === question.scenarioId);
            const result = score.results[i];
            return (
              <li key={`${question.scenarioId}-${i}`} className={result?.correct ? 'pg-ok' : 'pg-not-ok'}>
                {result?.correct ? '✔' : '✘'} {scenario ? t(scenario.title) : question.scenarioId} —{' '}
                {formatPoints(result?.points ?? 0)} · {scenario ? t(scenario.lesson) : ''}
              </li>
            );
          })}
        </ol>
        <div className="pg-import__bar">
          <button type="button" className="pg-button pg-button--primary" onClick={onRestart}>
            {t({ nl: 'Nieuwe quiz', en: 'New quiz' })}
          </button>
          <button type="button" className="pg-button" onClick={onExit}>
            {t({ nl: 'Naar de scenario’s', en: 'To the scenarios' })}
          </button>
        </div>
      </section>
    );
  }

  const question = questions[index] as QuizQuestion;
  const scenario = scenarios.find((s) => s.id === question.scenarioId);
  const answer = answers[index];
  const setAnswer = (next: QuizAnswer) => {
    const copy = [...answers];
    copy[index] = next;
    setAnswers(copy);
  };
  const result = checked ? scoreAnswer(question, answer) : undefined;

  return (
    <section className="pg-quiz" data-testid="quiz-question">
      <div className="pg-quiz__progress">
        {t({ nl: `Vraag ${index + 1} van ${questions.length}`, en: `Question ${index + 1} of ${questions.length}` })}
      </div>
      {scenario ? (
        <>
          <h2 className="pg-heading">{t(scenario.title)}</h2>
          <ThreadView thread={scenario.thread} />
        </>
      ) : null}
      {question.kind === 'pick-best' ? (
        <fieldset className="pg-fieldset" data-testid="quiz-pick-best">
          <legend>{t({ nl: 'Welk antwoord is het beste?', en: 'Which reply is best?' })}</legend>
          {question.options.map((option, i) => {
            const picked = answer?.kind === 'pick-best' && answer.optionId === option.id;
            return (
              <label
                key={option.id}
                className={`pg-option${checked ? (option.best ? ' pg-option--right' : picked ? ' pg-option--wrong' : '') : ''}`}
              >
                <input
                  type="radio"
                  name={`q-${index}`}
                  checked={picked}
                  disabled={checked}
                  onChange={() => setAnswer({ kind: 'pick-best', optionId: option.id })}
                  data-testid={`quiz-option-${i + 1}`}
                />
                <span className="pg-option__text">{option.text}</span>
                {checked ? <span className="pg-option__why">{t(option.why)}</span> : null}
              </label>
            );
          })}
        </fieldset>
      ) : (
        <FindWrong question={question} answer={answer} checked={checked} onAnswer={setAnswer} index={index} />
      )}
      {checked && scenario ? <CheckedExplanation scenario={scenario} question={question} /> : null}
      {checked && result ? (
        <p className={result.correct ? 'pg-ok' : 'pg-not-ok'} data-testid="quiz-feedback">
          {result.correct ? t({ nl: 'Goed!', en: 'Right!' }) : t({ nl: 'Niet helemaal.', en: 'Not quite.' })}{' '}
          {t({ nl: 'Punten', en: 'Points' })}: {formatPoints(result.points)}
        </p>
      ) : null}
      <div className="pg-import__bar">
        {!checked ? (
          <button
            type="button"
            className="pg-button pg-button--primary"
            disabled={question.kind === 'pick-best' && answer === undefined}
            onClick={() => {
              if (question.kind === 'find-wrong' && answer === undefined)
                setAnswer({ kind: 'find-wrong', mistakes: [] });
              setChecked(true);
            }}
            data-testid="quiz-check"
          >
            {t({ nl: 'Controleer', en: 'Check' })}
          </button>
        ) : (
          <button
            type="button"
            className="pg-button pg-button--primary"
            onClick={() => {
              setChecked(false);
              setIndex(index + 1);
            }}
            data-testid="quiz-next"
          >
            {index + 1 < questions.length
              ? t({ nl: 'Volgende', en: 'Next' })
              : t({ nl: 'Bekijk score', en: 'See score' })}
          </button>
        )}
        <button type="button" className="pg-button" onClick={onExit}>
          {t({ nl: 'Stoppen', en: 'Stop' })}
        </button>
      </div>
    </section>
  );
}

function FindWrong({
  question,
  answer,
  checked,
  onAnswer,
  index,
}: {
  question: Extract<QuizQuestion, { kind: 'find-wrong' }>;
  answer: QuizAnswer | undefined;
  checked: boolean;
  onAnswer: (answer: QuizAnswer) => void;
  index: number;
}) {
  const t = useT();
  const ticked = answer?.kind === 'find-wrong' ? answer.mistakes : [];
  const toggle = (mistake: Mistake, on: boolean) =>
    onAnswer({ kind: 'find-wrong', mistakes: on ? [...ticked, mistake] : ticked.filter((m) => m !== mistake) });
  return (
    <fieldset className="pg-fieldset" data-testid="quiz-find-wrong">
      <legend>
        {t({
          nl: 'Wat is er mis met dit antwoord? Vink alles aan wat klopt.',
          en: 'What is wrong with this reply? Tick all that apply.',
        })}
      </legend>
      <blockquote className="pg-quote">{question.reply}</blockquote>
      {question.options.map((option, i) => {
        const on = ticked.includes(option.mistake);
        const verdict = checked ? (option.applies === on ? ' pg-option--right' : ' pg-option--wrong') : '';
        return (
          <label key={option.mistake} className={`pg-option${verdict}`}>
            <input
              type="checkbox"
              checked={on}
              disabled={checked}
              name={`q-${index}-${option.mistake}`}
              onChange={(event) => toggle(option.mistake, event.target.checked)}
              data-testid={`quiz-mistake-${i + 1}`}
            />
            <span className="pg-option__text">{t(mistakeLabels[option.mistake].label)}</span>
            {checked ? (
              <span className="pg-option__why">
                {option.applies
                  ? `${t({ nl: 'Klopt: ', en: 'Applies: ' })}${t(mistakeLabels[option.mistake].instead)}`
                  : t({ nl: 'Speelt hier niet.', en: 'Not the issue here.' })}
              </span>
            ) : null}
          </label>
        );
      })}
    </fieldset>
  );
}

/** After checking: the lesson and what the assistant itself flags in the bad reply. */
function CheckedExplanation({ scenario, question }: { scenario: Scenario; question: QuizQuestion }) {
  const t = useT();
  const analysis = useAnalysis(scenario, scenario.badReply);
  return (
    <div className="pg-explanation" data-testid="quiz-explanation">
      {question.kind === 'find-wrong' ? <p className="pg-lesson__text">{t(scenario.lesson)}</p> : null}
      {question.kind === 'find-wrong' ? (
        <p>
          {t({ nl: 'Zo kan het wel: ', en: 'A better reply: ' })}
          <q>{scenario.goodReply}</q>
        </p>
      ) : null}
      <DraftEditor
        id="quiz"
        label={t({
          nl: 'Wat de assistent markeert in het slechte antwoord',
          en: 'What the assistant flags in the bad reply',
        })}
        value={scenario.badReply}
        onChange={() => undefined}
        readOnly
        findings={analysis.ok ? analysis.analysis.findings : []}
        unavailable={!analysis.ok}
      />
    </div>
  );
}

function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : points.toFixed(1);
}
