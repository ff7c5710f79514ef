/**
 * The trainer playground. Parts and when each runs:
 * - scenario list: loaded once from localStorage (else the built-ins), saved on every change;
 * - route: kept in the URL hash (#/s/<id>, #/quiz, #/present/<id>) so a projector or a shared link opens the same view;
 * - analysis: `analyze` from lib/analysis, the sidebar's own entry point, re-run on each edit (use-analysis.ts).
 */
import { useCallback, useEffect, useState } from 'react';
import { resolveUiLanguage, type UiLanguage } from '../../lib/localized';
import { builtInScenarios } from '../../lib/playground/scenarios';
import { exportScenarioSet, exportThread } from '../../lib/playground/scenario-file';
import type { Scenario } from '../../lib/playground/schema';
import { LocaleProvider, useT } from '../common/locale';
import { downloadText } from './download';
import { Gallery } from './Gallery';
import { ImportPanel } from './ImportPanel';
import { PresentationMode } from './PresentationMode';
import { QuizMode } from './QuizMode';
import { clearStoredScenarios, loadScenarios, saveScenarios } from './scenario-store';
import { ScenarioView } from './ScenarioView';
import { starterPhrasebooks } from './starter-phrasebooks';

type Route =
  { view: 'gallery' } | { view: 'scenario'; id: string } | { view: 'quiz' } | { view: 'present'; id: string };

function readRoute(hash: string): Route {
  const [, view, id] = hash.replace(/^#/, '').split('/');
  if (view === 's' && id) return { view: 'scenario', id: decodeURIComponent(id) };
  if (view === 'present') return { view: 'present', id: decodeURIComponent(id ?? '') };
  if (view === 'quiz') return { view: 'quiz' };
  return { view: 'gallery' };
}

function routeHash(route: Route): string {
  switch (route.view) {
    case 'scenario':
      return `#/s/${encodeURIComponent(route.id)}`;
    case 'present':
      return `#/present/${encodeURIComponent(route.id)}`;
    case 'quiz':
      return '#/quiz';
    default:
      return '#/';
  }
}

export function PlaygroundApp() {
  const [language, setLanguage] = useState<UiLanguage>(() => {
    const asked = new URLSearchParams(globalThis.location?.search ?? '').get('lang');
    return asked === 'nl' || asked === 'en' ? asked : resolveUiLanguage('auto', globalThis.navigator?.language);
  });
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <LocaleProvider language={language}>
      <Playground language={language} onLanguage={setLanguage} />
    </LocaleProvider>
  );
}

function Playground({ language, onLanguage }: { language: UiLanguage; onLanguage: (language: UiLanguage) => void }) {
  const t = useT();
  const [stored] = useState(loadScenarios);
  const [scenarios, setScenarios] = useState<Scenario[]>(stored.scenarios);
  const [route, setRoute] = useState<Route>(() => readRoute(globalThis.location?.hash ?? ''));
  const builtInIds = new Set(builtInScenarios().map((s) => s.id));
  const books = starterPhrasebooks();

  useEffect(() => {
    const onHash = () => setRoute(readRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const navigate = useCallback((next: Route) => {
    setRoute(next);
    const hash = routeHash(next);
    if (window.location.hash !== hash) window.history.pushState(null, '', hash);
    window.scrollTo?.(0, 0);
  }, []);

  const update = (next: Scenario[]) => {
    setScenarios(next);
    saveScenarios(next);
  };
  const replace = (scenario: Scenario) => update(scenarios.map((s) => (s.id === scenario.id ? scenario : s)));

  const exitPresentation = useCallback(
    (index: number) => {
      const id = scenarios[index]?.id;
      navigate(id ? { view: 'scenario', id } : { view: 'gallery' });
    },
    [scenarios, navigate],
  );

  const current = route.view === 'scenario' ? scenarios.find((s) => s.id === route.id) : undefined;

  return (
    <div className={`pg-app${route.view === 'present' ? ' pg-app--present' : ''}`}>
      {route.view !== 'present' ? (
        <header className="pg-header">
          <button type="button" className="pg-brand" onClick={() => navigate({ view: 'gallery' })}>
            {t({ nl: 'Webcare-oefenplaats', en: 'Webcare playground' })}
          </button>
          <nav className="pg-nav">
            <button
              type="button"
              className="pg-button"
              aria-pressed={route.view === 'gallery'}
              onClick={() => navigate({ view: 'gallery' })}
              data-testid="nav-gallery"
            >
              {t({ nl: 'Scenario’s', en: 'Scenarios' })}
            </button>
            <button
              type="button"
              className="pg-button"
              aria-pressed={route.view === 'quiz'}
              onClick={() => navigate({ view: 'quiz' })}
              data-testid="nav-quiz"
            >
              {t({ nl: 'Quiz', en: 'Quiz' })}
            </button>
            <button
              type="button"
              className="pg-button"
              onClick={() => navigate({ view: 'present', id: current?.id ?? scenarios[0]?.id ?? '' })}
              data-testid="nav-present"
            >
              {t({ nl: 'Presenteren', en: 'Present' })}
            </button>
          </nav>
          <span className="pg-spacer" />
          {books.problems.length > 0 ? (
            <span className="pg-warning" title={books.problems.join('\n')}>
              {t({ nl: 'Zinnenboek deels niet geladen', en: 'Phrasebook partly not loaded' })}
            </span>
          ) : (
            <span className="pg-muted" data-testid="phrasebook-status">
              {books.entries.length > 0
                ? t({ nl: `${books.entries.length} zinnen geladen`, en: `${books.entries.length} phrases loaded` })
                : t({ nl: 'Geen zinnenboek', en: 'No phrasebook' })}
            </span>
          )}
          <div className="pg-lang" role="group" aria-label={t({ nl: 'Taal', en: 'Language' })}>
            {(['nl', 'en'] as const).map((code) => (
              <button
                key={code}
                type="button"
                className="pg-button pg-button--small"
                aria-pressed={language === code}
                onClick={() => onLanguage(code)}
              >
                {code.toUpperCase()}
              </button>
            ))}
          </div>
        </header>
      ) : null}
      {stored.problem ? (
        <p className="pg-message pg-message--error" role="alert">
          {t({
            nl: 'Opgeslagen scenario’s konden niet worden gelezen; de standaardset is geladen. ',
            en: 'Saved scenarios could not be read; the built-in set is loaded. ',
          })}
          {stored.problem}
        </p>
      ) : null}
      <main className="pg-main">
        {route.view === 'gallery' ? (
          <>
            <ImportPanel
              takenIds={scenarios.map((s) => s.id)}
              onAdd={(added) => {
                update([...scenarios, ...added]);
                const first = added[0];
                if (added.length === 1 && first) navigate({ view: 'scenario', id: first.id });
              }}
              onExportAll={() => downloadText('webcare-scenarios.json', exportScenarioSet(scenarios))}
              onResetAll={() => {
                clearStoredScenarios();
                setScenarios(builtInScenarios());
              }}
            />
            <Gallery scenarios={scenarios} onOpen={(id) => navigate({ view: 'scenario', id })} />
          </>
        ) : null}
        {route.view === 'scenario' && current ? (
          <ScenarioView
            key={current.id}
            scenario={current}
            isBuiltIn={builtInIds.has(current.id)}
            onChange={replace}
            onReset={() => {
              const original = builtInScenarios().find((s) => s.id === current.id);
              if (original) replace(original);
            }}
            onDelete={() => {
              update(scenarios.filter((s) => s.id !== current.id));
              navigate({ view: 'gallery' });
            }}
            onExportThread={() => downloadText(`${current.id}.thread.json`, exportThread(current))}
            onExportScenario={() => downloadText(`${current.id}.scenario.json`, exportScenarioSet([current]))}
            onPresent={() => navigate({ view: 'present', id: current.id })}
            onBack={() => navigate({ view: 'gallery' })}
          />
        ) : null}
        {route.view === 'scenario' && !current ? (
          <p className="pg-message pg-message--error">
            {t({ nl: 'Dit scenario bestaat niet (meer).', en: 'This scenario does not exist (any more).' })}
          </p>
        ) : null}
        {route.view === 'quiz' ? <QuizMode scenarios={scenarios} onExit={() => navigate({ view: 'gallery' })} /> : null}
        {route.view === 'present' ? (
          <PresentationMode
            scenarios={scenarios}
            startIndex={Math.max(
              0,
              scenarios.findIndex((s) => s.id === route.id),
            )}
            onExit={exitPresentation}
          />
        ) : null}
      </main>
    </div>
  );
}
