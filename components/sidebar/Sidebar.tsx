/**
 * The sidebar: the whole thread, the analysis of the target post (sarcasm with its reasons, category, language),
 * the top suggestions (keys 1–5 insert), and the findings on the live draft. Page text is rendered as React text.
 *
 * It gets its thread either from the page (site mode, through the port) or as a capture of any other page (web
 * mode: selection or article, from the action or the context menu).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { analyze } from '../../lib/analysis/analyze';
import type { Analysis } from '../../lib/analysis/types';
import type { CustomerHistoryItem } from '../../lib/analysis/types';
import type { ReadResult, Theme } from '../../lib/messages';
import type { PhrasebookEntry } from '../../lib/phrasebook/schema';
import type { Settings } from '../../lib/settings/schema';
import { findTarget, isBrandAuthor } from '../../lib/thread/target';
import type { Brand, Post, Thread } from '../../lib/thread/schema';
import { useT } from '../common/locale';
import { CustomerHistory } from './CustomerHistory';
import {
  loadCustomerHistory,
  loadPhrasebook,
  loadSarcasmCorrection,
  rememberInsertion,
  saveSarcasmCorrection,
  type PostRef,
} from './data';
import { AnalysisPanel } from './AnalysisPanel';
import { fillMissing, type FillValues } from './fill-missing';
import { ThreadView } from './ThreadView';

export interface SidebarProps {
  settings: Settings;
  read: ReadResult | undefined;
  url: string;
  theme: Theme;
  draft: string;
  /** Site mode: the page is linked (insertion possible). */
  linked: boolean;
  onSelectTarget?: (postId: string) => void;
  onInsert?: (text: string) => Promise<{ ok: boolean; copied?: boolean; reason?: string }>;
  onClose?: () => void;
  /** Unreadable page: ask the page for the agent's selection. */
  onUseSelection?: () => void;
}

function brandOf(settings: Settings, thread: Thread | undefined): Brand | undefined {
  if (settings.brand.name.trim() === '') return thread?.brand;
  const handles = Object.values(settings.brand.handles).flat();
  return {
    name: settings.brand.name,
    handles,
    voice: settings.brand.voice,
    ...(settings.brand.signature ? { signature: settings.brand.signature } : {}),
  };
}

export function Sidebar(props: SidebarProps) {
  const t = useT();
  const { settings, read } = props;
  const thread = useMemo(() => {
    if (!read?.ok) return undefined;
    // The brand settings decide which posts are the brand's (contracts.md isBrand), as analyze() does.
    const brand = brandOf(settings, read.thread);
    if (!brand) return read.thread;
    return {
      ...read.thread,
      posts: read.thread.posts.map((post) =>
        post.isBrand || !isBrandAuthor(post, brand) ? post : { ...post, isBrand: true },
      ),
    };
  }, [read, settings]);
  const [phrasebook, setPhrasebook] = useState<PhrasebookEntry[]>([]);
  const [history, setHistory] = useState<CustomerHistoryItem[]>([]);
  const [correction, setCorrection] = useState<boolean>();
  const [notice, setNotice] = useState<string>();

  useEffect(() => {
    void loadPhrasebook().then(setPhrasebook);
  }, []);

  const target: Post | undefined = useMemo(() => (thread ? findTarget(thread) : undefined), [thread]);
  const ref: PostRef | undefined = useMemo(
    () =>
      thread && target
        ? {
            platform: thread.platform,
            threadUrl: thread.url ?? props.url,
            targetPostId: target.id,
            customerName: target.author,
            ...(target.handle ? { customerHandle: target.handle } : {}),
          }
        : undefined,
    [thread, target, props.url],
  );

  useEffect(() => {
    if (!ref) return;
    let alive = true;
    void loadCustomerHistory(ref).then((items) => alive && setHistory(items));
    void loadSarcasmCorrection(ref).then((value) => alive && setCorrection(value));
    return () => {
      alive = false;
    };
  }, [ref]);

  const [analysis, analysisError]: [Analysis | undefined, string | undefined] = useMemo(() => {
    if (!thread) return [undefined, undefined];
    try {
      const brand = brandOf(settings, thread);
      const result = analyze(thread, {
        ...(brand ? { brand } : {}),
        phrasebook,
        history,
        ...(props.draft.trim() !== '' ? { draft: props.draft } : {}),
        fill: { agent: settings.agent.firstName, initials: settings.agent.initials },
        checks: { rules: settings.rules, teamPhrases: settings.teamPhrases },
        uiLanguage: settings.uiLanguage === 'auto' ? undefined : settings.uiLanguage,
      });
      return [result, undefined];
    } catch (error) {
      // Shown, not thrown: the thread stays readable even when the analysis fails.
      return [undefined, (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 200)];
    }
  }, [thread, settings, phrasebook, history, props.draft]);

  // Values the agent typed for variables a suggestion could not fill, per target post and entry.
  const [fills, setFills] = useState<Record<string, FillValues>>({});
  const fillKey = (entryId: string) => `${target?.id ?? ''}|${entryId}`;

  const insert = useCallback(
    async (text: string, entryId?: string) => {
      if (!props.onInsert) return;
      setNotice(t({ nl: 'Bezig met invoegen…', en: 'Inserting…' }));
      const outcome = await props.onInsert(text);
      if (outcome.ok) {
        // Issue 6: watch for this reply being posted, to log the item by itself (data.ts → lib/insights/reply-posted).
        if (ref && thread) {
          rememberInsertion(ref, text, thread.posts, {
            category: analysis?.category ?? 'other',
            sarcastic: correction ?? analysis?.sarcasm.sarcastic ?? false,
            ...(correction !== undefined ? { sarcasmCorrected: true } : {}),
            ...(target?.time ? { postedAt: target.time } : {}),
            ...(target?.text ? { excerpt: target.text } : {}),
            ...(entryId ? { entryId } : {}),
          });
        }
        setNotice(t({ nl: 'Ingevoegd in het antwoordveld.', en: 'Inserted into the reply box.' }));
        return;
      }
      // The page copies when it can (the focus is there after the attempt); else try from the sidebar.
      const copied =
        outcome.copied ||
        (await navigator.clipboard.writeText(text).then(
          () => true,
          () => false,
        ));
      setNotice(
        copied
          ? t({
              nl: 'Invoegen lukte niet; de tekst staat op het klembord. Plak met Ctrl+V.',
              en: 'Could not insert; the text is on the clipboard. Paste with Ctrl+V.',
            })
          : t({ nl: 'Invoegen en kopiëren lukten niet.', en: 'Could not insert or copy the text.' }),
      );
    },
    [props, t, ref, thread, analysis, correction, target],
  );

  // Keys 1–5 insert a suggestion (not while typing in a field of the sidebar).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const field = event.target as HTMLElement | null;
      if (field?.closest('input, textarea, [contenteditable="true"]')) return;
      if (event.altKey && event.shiftKey && event.code === 'KeyW') {
        props.onClose?.();
        return;
      }
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const index = Number(event.key) - 1;
      const suggestion = analysis?.suggestions[index];
      if (index < 0 || index >= 5 || !suggestion) return;
      const filled = fillMissing(suggestion, fills[`${target?.id ?? ''}|${suggestion.id}`]);
      if (filled.ready) {
        event.preventDefault();
        void insert(filled.text, suggestion.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [analysis, insert, props, fills, target]);

  const sarcastic = correction ?? analysis?.sarcasm.sarcastic ?? false;
  const cuePosts = new Set(analysis?.sarcasm.reasons.map((reason) => reason.postId) ?? []);

  return (
    <div className="wc-root" data-theme={props.theme}>
      <header className="wc-header">
        <strong>Webcare</strong>
        {props.onClose && (
          <button
            type="button"
            className="wc-close"
            onClick={props.onClose}
            title={t({ nl: 'Sluiten (Alt+Shift+W)', en: 'Close (Alt+Shift+W)' })}
          >
            ×
          </button>
        )}
      </header>
      {(!read || (!read.ok && read.reason === 'loading')) && (
        <p className="wc-muted" data-testid="loading">
          {t({ nl: 'Gesprek lezen…', en: 'Reading the conversation…' })}
        </p>
      )}
      {read && !read.ok && read.reason !== 'loading' && (
        <Unreadable reason={read.reason} {...(props.onUseSelection ? { onUseSelection: props.onUseSelection } : {})} />
      )}
      {thread && (
        <>
          {analysis && ref && (
            <AnalysisPanel
              analysis={analysis}
              sarcastic={sarcastic}
              corrected={correction !== undefined}
              onCorrect={async (value) => {
                await saveSarcasmCorrection(ref, value);
                setCorrection(value);
              }}
              draft={props.draft}
              canInsert={props.linked}
              onInsert={(text, entryId) => void insert(text, entryId)}
              fills={(entryId) => fills[fillKey(entryId)]}
              onFill={(entryId, name, value) =>
                setFills((all) => ({ ...all, [fillKey(entryId)]: { ...all[fillKey(entryId)], [name]: value } }))
              }
            />
          )}
          {analysisError && (
            <p className="wc-notice" data-testid="analysis-error">
              {t({ nl: 'De analyse lukte niet: ', en: 'The analysis failed: ' })}
              {analysisError}
            </p>
          )}
          {!analysis && props.draft.trim() !== '' && (
            <section data-testid="draft">
              <h2>{t({ nl: 'Je concept', en: 'Your draft' })}</h2>
              <p className="wc-text">{props.draft}</p>
            </section>
          )}
          {notice && (
            <p className="wc-notice" role="status" data-testid="notice">
              {notice}
            </p>
          )}
          {ref && (
            <section data-slot="customer-history">
              <CustomerHistory
                customer={ref}
                settings={settings}
                thread={thread}
                {...(target ? { target } : {})}
                {...(analysis ? { analysis } : {})}
                sarcastic={sarcastic}
                corrected={correction !== undefined}
                draft={props.draft}
                phrasebook={phrasebook}
                {...(props.linked ? { onInsert: (text: string) => void insert(text) } : {})}
              />
            </section>
          )}
          <ThreadView
            thread={thread}
            targetId={target?.id}
            cuePosts={cuePosts}
            {...(props.onSelectTarget ? { onSelect: props.onSelectTarget } : {})}
          />
        </>
      )}
    </div>
  );
}

const reasonText: Record<string, { nl: string; en: string }> = {
  'not-thread-page': {
    nl: 'Deze pagina is geen gesprek (open een bericht om het hele gesprek te zien).',
    en: 'This page is not a conversation (open a post to see its whole thread).',
  },
};

function Unreadable({ reason, onUseSelection }: { reason: string; onUseSelection?: () => void }) {
  const t = useT();
  const known = reasonText[reason];
  return (
    <section className="wc-unreadable" data-testid="unreadable">
      <h2>{t({ nl: 'Kon het gesprek niet lezen', en: 'Could not read the thread' })}</h2>
      <p>
        {known
          ? t(known)
          : t({ nl: 'Reden: ', en: 'Why: ' }) +
            reason +
            '. ' +
            t({
              nl: 'De pagina is anders opgebouwd dan de assistent kent.',
              en: 'The page is built differently from what the assistant knows.',
            })}
      </p>
      {onUseSelection && (
        <button type="button" onClick={onUseSelection} data-testid="use-selection">
          {t({ nl: 'Gebruik de geselecteerde tekst', en: 'Use the selected text' })}
        </button>
      )}
    </section>
  );
}
