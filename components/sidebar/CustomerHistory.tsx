/**
 * The customer panel (issue 6), in the sidebar's customer-history slot:
 *  - business hours: outside them a banner and the outside-hours reply; the time since the customer posted
 *    against the team's targets;
 *  - "Mark handled" (button, Alt+Shift+H) and, after an inserted reply, the posted-reply check that logs by itself;
 *  - earlier items of this customer across platforms with a "contacted before" badge, and what was answered;
 *  - notes agents leave on the customer.
 * Everything stored goes through ./data.ts (lib/db in the extension's origin).
 */
import { useCallback, useEffect, useState } from 'react';
import type { HistoryEntry } from '../../lib/db/history';
import type { StoredNote } from '../../lib/db/notes';
import { wasContactedBefore } from '../../lib/db/history';
import { categorySchema, type Analysis } from '../../lib/analysis/types';
import type { PhrasebookEntry } from '../../lib/phrasebook/schema';
import type { Settings } from '../../lib/settings/schema';
import type { Post, Thread } from '../../lib/thread/schema';
import { useT, useUiLanguage } from '../common/locale';
import {
  addCustomerNote,
  checkPostedReply,
  loadCategoryCorrection,
  loadCustomerPanel,
  markHandled,
  removeCustomerNote,
  saveCategoryCorrection,
  type PostRef,
} from './data';
import { BusinessHoursBanner, ResponseClock, useNow } from './BusinessHoursBanner';
import './customer-history.css';

export interface CustomerHistoryProps {
  customer: PostRef;
  settings?: Settings;
  thread?: Thread;
  target?: Post;
  analysis?: Analysis;
  /** The verdict shown (after any correction). */
  sarcastic?: boolean;
  corrected?: boolean;
  /** The live composer text (posted-reply detection). */
  draft?: string;
  phrasebook?: readonly PhrasebookEntry[];
  onInsert?: (text: string) => void;
}

export function CustomerHistory(props: CustomerHistoryProps) {
  const t = useT();
  const ui = useUiLanguage();
  const now = useNow();
  const { customer, settings, thread, target, analysis } = props;
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [notes, setNotes] = useState<StoredNote[]>([]);
  const [status, setStatus] = useState<string>();
  const [noteText, setNoteText] = useState('');

  const [correctedCategory, setCorrectedCategory] = useState<{ key: string; category?: string }>();
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((value) => value + 1), []);

  useEffect(() => {
    let alive = true;
    loadCustomerPanel(customer).then(
      (panel) => {
        if (!alive) return;
        setHistory(panel.history);
        setNotes(panel.notes);
      },
      (error: unknown) => alive && setStatus(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      alive = false;
    };
  }, [customer, version]);

  // A category correction made earlier on this post is shown again (and used when marking handled).
  const postKey = `${customer.platform}|${customer.threadUrl}|${customer.targetPostId}`;
  useEffect(() => {
    let alive = true;
    void loadCategoryCorrection(customer).then(
      (category) => alive && setCorrectedCategory({ key: postKey, ...(category ? { category } : {}) }),
    );
    return () => {
      alive = false;
    };
  }, [customer, postKey]);
  const categoryCorrection = correctedCategory?.key === postKey ? correctedCategory.category : undefined;

  const handle = useCallback(async () => {
    const outcome = await markHandled(customer, {
      category: categoryCorrection ?? analysis?.category ?? 'other',
      sarcastic: props.sarcastic ?? analysis?.sarcasm.sarcastic ?? false,
      ...(props.corrected ? { sarcasmCorrected: true } : {}),
      ...(categoryCorrection && categoryCorrection !== analysis?.category ? { categoryCorrected: true } : {}),
      ...(target?.time ? { postedAt: target.time } : {}),
      ...(target?.text ? { excerpt: target.text } : {}),
      ignoredFindings: [...new Set(analysis?.findings.map((finding) => finding.ruleId) ?? [])],
      source: 'marked',
    });
    setStatus(
      outcome.ok ? t({ nl: 'Gemarkeerd als afgehandeld.', en: 'Marked as handled.' }) : (outcome.message ?? 'error'),
    );
    if (outcome.ok) reload();
  }, [customer, analysis, props.sarcastic, props.corrected, target, t, reload, categoryCorrection]);

  // Alt+Shift+H marks the item handled (the sidebar's other keys: 1–5 insert, Alt+Shift+W closes).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && event.shiftKey && event.code === 'KeyH') {
        event.preventDefault();
        void handle();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [handle]);

  // After an inserted reply: once the composer is empty and the brand's reply shows, the item logs itself.
  useEffect(() => {
    if (!thread) return;
    void checkPostedReply(thread.posts, props.draft ?? '').then((logged) => {
      if (!logged) return;
      setStatus(t({ nl: 'Antwoord geplaatst en gelogd.', en: 'Reply posted and logged.' }));
      reload();
    });
  }, [thread, props.draft, t, reload]);

  const earlier = history.filter(
    (item) => item.threadUrl !== customer.threadUrl || item.targetPostId !== customer.targetPostId,
  );
  const handledNow = history.length !== earlier.length;
  const contactedBefore = wasContactedBefore(history, customer);
  const dateFormat = new Intl.DateTimeFormat(ui === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  const language = analysis?.language === 'en' ? 'en' : 'nl';

  return (
    <div className="wc-customer" data-testid="customer-panel">
      {settings && (
        <>
          <BusinessHoursBanner
            settings={settings}
            target={target}
            phrasebook={props.phrasebook ?? []}
            language={language}
            brandName={settings.brand.name}
            now={now}
            onInsert={props.onInsert}
          />
          {!handledNow && <ResponseClock postedAt={target?.time} settings={settings} now={now} />}
        </>
      )}
      <div className="wc-customer-head">
        <h2>{customer.customerName || customer.customerHandle}</h2>
        {contactedBefore && (
          <span className="wc-badge wc-contacted" data-testid="contacted-before">
            {t({ nl: 'Eerder contact', en: 'Contacted before' })} ({earlier.length})
          </span>
        )}
        <button
          type="button"
          onClick={() => void handle()}
          data-testid="mark-handled"
          title={t({ nl: 'Markeer als afgehandeld (Alt+Shift+H)', en: 'Mark as handled (Alt+Shift+H)' })}
          disabled={handledNow}
        >
          {handledNow ? t({ nl: 'Afgehandeld ✓', en: 'Handled ✓' }) : t({ nl: 'Afgehandeld', en: 'Mark handled' })}
        </button>
      </div>
      {analysis && (
        <label className="wc-category-correction">
          {t({ nl: 'Categorie: ', en: 'Category: ' })}
          <select
            value={categoryCorrection ?? analysis.category}
            data-testid="category-correction"
            onChange={(event) => {
              const category = event.target.value;
              void saveCategoryCorrection(customer, category).then(
                () => setCorrectedCategory({ key: postKey, category }),
                (error: unknown) => setStatus(error instanceof Error ? error.message : String(error)),
              );
            }}
          >
            {categorySchema.options.map((category) => (
              <option key={category} value={category}>
                {category}
              </option>
            ))}
          </select>
          {categoryCorrection && categoryCorrection !== analysis.category && (
            <span className="wc-muted"> {t({ nl: '(gecorrigeerd)', en: '(corrected)' })}</span>
          )}
        </label>
      )}
      {status && (
        <p className="wc-notice" role="status" data-testid="handled-status">
          {status}
        </p>
      )}
      {earlier.length > 0 && (
        <ul className="wc-history" data-testid="customer-history">
          {earlier.slice(0, 10).map((item) => (
            <li key={item.uid}>
              <span className="wc-chip">{item.platform}</span> <span className="wc-chip">{item.category}</span>{' '}
              <span className="wc-muted">{dateFormat.format(new Date(item.postedAt ?? item.handledAt))}</span>
              {item.matchedBy === 'name' && (
                <span className="wc-muted"> · {t({ nl: 'zelfde naam', en: 'same name' })}</span>
              )}
              {item.excerpt && <div className="wc-history-text">“{item.excerpt}”</div>}
              {item.replyText && (
                <div className="wc-history-reply">
                  {t({ nl: 'Antwoord: ', en: 'Answered: ' })}
                  {item.replyText}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <section className="wc-notes" aria-label={t({ nl: 'Notities', en: 'Notes' })}>
        <h3>{t({ nl: 'Notities', en: 'Notes' })}</h3>
        {notes.map((note) => (
          <div key={note.id} className="wc-note" data-testid="customer-note">
            <span>{note.text}</span>{' '}
            <span className="wc-muted">
              {note.agent} · {dateFormat.format(new Date(note.createdAt))}
            </span>{' '}
            <button
              type="button"
              className="wc-link"
              onClick={() => void removeCustomerNote(note.id).then(reload)}
              aria-label={t({ nl: 'Notitie verwijderen', en: 'Delete note' })}
            >
              ×
            </button>
          </div>
        ))}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const text = noteText.trim();
            if (!text) return;
            void addCustomerNote(customer, text)
              .then(() => setNoteText(''))
              .then(reload)
              .catch((error: unknown) => setStatus(error instanceof Error ? error.message : String(error)));
          }}
        >
          <textarea
            value={noteText}
            maxLength={2000}
            rows={2}
            onChange={(event) => setNoteText(event.target.value)}
            placeholder={t({ nl: 'Notitie over deze klant…', en: 'Note about this customer…' })}
            data-testid="note-input"
          />
          <button type="submit">{t({ nl: 'Notitie opslaan', en: 'Save note' })}</button>
        </form>
      </section>
    </div>
  );
}
