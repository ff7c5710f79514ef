/**
 * Import, export, team variables and subscriptions for the options page's phrasebook section.
 * Import: read the file → validate all of it → show the plan (add / change / skip) → write only on "Import".
 * Subscribe: check the address → ask for that one origin's permission → first fetch → the background keeps it fresh.
 */
import { useState } from 'react';
import { browser } from '#imports';
import {
  applyImport,
  deletePhrasebook,
  loadPhrasebook,
  OWN_BOOK_ID,
  refreshStoredSubscription,
  savePhrasebook,
  type StoredBook,
} from '../../lib/db/phrasebooks';
import { variableNameSchema, type Phrasebook } from '../../lib/phrasebook/schema';
import {
  exportPhrasebookCsv,
  exportPhrasebookJson,
  formatIssues,
  parsePhrasebookFile,
  planImport,
  type ImportPlan,
} from '../../lib/phrasebook/transfer';
import { checkSubscriptionUrl } from '../../lib/phrasebook/subscription';
import { useT } from '../common/locale';
import { phrasebookDb } from './PhrasebookSection';

interface Props {
  book: Phrasebook;
  books: StoredBook[];
  /** After a write: a message, and the own book as it was before (for undo). */
  onChanged: (message: string, snapshot?: Phrasebook) => void;
}

interface PendingImport {
  incoming: Phrasebook;
  plan: ImportPlan;
  into: string;
  before?: Phrasebook;
}

export function PhrasebookTransfer({ book, books, onChanged }: Props) {
  const t = useT();
  const [pending, setPending] = useState<PendingImport>();
  const [problem, setProblem] = useState('');
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);

  const readFile = async (file: File) => {
    setProblem('');
    setPending(undefined);
    const text = await file.text();
    // A file without its own book header (CSV, a bare list) goes into the agent's own book.
    const result = parsePhrasebookFile(text, { id: OWN_BOOK_ID, name: 'My replies', kind: 'own' });
    if (!result.ok) {
      setProblem(
        `${t({ nl: 'Niet geïmporteerd, er is niets veranderd', en: 'Not imported, nothing was changed' })}:\n${formatIssues(result.issues.slice(0, 20), file.name)}`,
      );
      return;
    }
    // A team file updates that team book (same id); anything else lands in the own book, never in a team book.
    const existing = books.find((stored) => stored.id === result.book.id);
    const into =
      existing?.kind === 'team' && result.book.kind === 'team'
        ? result.book.id
        : existing?.kind === 'team'
          ? OWN_BOOK_ID
          : result.book.id;
    const current = (await loadPhrasebook(phrasebookDb(), into))?.book;
    const incoming = into === result.book.id ? result.book : { ...result.book, id: into, kind: 'own' as const };
    setPending({
      incoming,
      plan: planImport(current ?? { entries: [], variables: {} }, incoming),
      into,
      ...(current ? { before: current } : {}),
    });
  };

  const confirmImport = async () => {
    if (!pending) return;
    try {
      await applyImport(phrasebookDb(), pending.incoming, pending.plan, pending.into);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      return;
    }
    setPending(undefined);
    onChanged(t({ nl: 'Geïmporteerd.', en: 'Imported.' }), pending.before?.kind === 'own' ? pending.before : undefined);
  };

  const download = (text: string, name: string, type: string) => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type }));
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };

  const subscribe = async () => {
    const checked = checkSubscriptionUrl(url);
    if (!checked.ok) {
      setProblem(checked.message);
      return;
    }
    setBusy(true);
    try {
      // Must run from this click: the permission prompt needs a user gesture.
      const granted = await browser.permissions.request({ origins: [checked.permission] });
      if (!granted) {
        setProblem(t({ nl: 'Geen toestemming voor ', en: 'No permission for ' }) + checked.origin);
        return;
      }
      const outcome = await refreshStoredSubscription(phrasebookDb(), checked.url, (input, init) => fetch(input, init));
      if (outcome.status === 'kept') setProblem(outcome.message ?? '');
      else {
        setUrl('');
        onChanged(t({ nl: 'Geabonneerd.', en: 'Subscribed.' }));
      }
    } finally {
      setBusy(false);
    }
  };

  const refreshNow = async (stored: StoredBook) => {
    if (!stored.sourceUrl) return;
    setBusy(true);
    try {
      const outcome = await refreshStoredSubscription(phrasebookDb(), stored.sourceUrl, (input, init) =>
        fetch(input, init),
      );
      onChanged(
        outcome.status === 'kept'
          ? `${t({ nl: 'Laatste goede versie behouden: ', en: 'Kept the last good version: ' })}${outcome.message ?? ''}`
          : outcome.status === 'unchanged'
            ? t({ nl: 'Geen wijzigingen.', en: 'No changes.' })
            : t({ nl: 'Bijgewerkt.', en: 'Updated.' }),
      );
    } finally {
      setBusy(false);
    }
  };

  const unsubscribe = async (stored: StoredBook) => {
    await deletePhrasebook(phrasebookDb(), stored.id);
    const checked = stored.sourceUrl ? checkSubscriptionUrl(stored.sourceUrl) : undefined;
    const stillUsed = books.some(
      (other) => other.id !== stored.id && other.sourceUrl && checked?.ok && other.sourceUrl.startsWith(checked.origin),
    );
    if (checked?.ok && !stillUsed) await browser.permissions.remove({ origins: [checked.permission] });
    onChanged(t({ nl: 'Abonnement opgezegd.', en: 'Unsubscribed.' }));
  };

  const subscriptions = books.filter((stored) => stored.sourceUrl);

  return (
    <div data-testid="phrasebook-transfer">
      <h3>{t({ nl: 'Importeren en exporteren', en: 'Import and export' })}</h3>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
        <label>
          {t({ nl: 'Importeer JSON of CSV', en: 'Import JSON or CSV' })}{' '}
          <input
            type="file"
            name="phrasebook-import"
            accept=".json,.csv,application/json,text/csv"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void readFile(file);
              event.target.value = '';
            }}
          />
        </label>
        <button
          type="button"
          onClick={() => download(exportPhrasebookJson(book), `${book.id}.phrasebook.json`, 'application/json')}
        >
          {t({ nl: 'Exporteer JSON', en: 'Export JSON' })}
        </button>
        <button
          type="button"
          onClick={() => download(exportPhrasebookCsv(book.entries), `${book.id}.phrasebook.csv`, 'text/csv')}
        >
          {t({ nl: 'Exporteer CSV', en: 'Export CSV' })}
        </button>
      </div>
      {problem && (
        <pre role="alert" style={{ whiteSpace: 'pre-wrap', color: '#b3261e' }}>
          {problem}
        </pre>
      )}
      {pending && (
        <div
          data-testid="import-plan"
          style={{ border: '1px solid rgba(128,128,128,0.4)', borderRadius: 8, padding: '6px 10px' }}
        >
          <p>
            {t({ nl: 'Naar ', en: 'Into ' })}
            <b>{books.find((stored) => stored.id === pending.into)?.name ?? pending.incoming.name}</b>:{' '}
            {pending.plan.add.length} {t({ nl: 'nieuw', en: 'new' })}, {pending.plan.change.length}{' '}
            {t({ nl: 'gewijzigd', en: 'changed' })}, {pending.plan.skip.length}{' '}
            {t({ nl: 'overgeslagen', en: 'skipped' })}.{' '}
            {t({ nl: 'Er wordt niets verwijderd.', en: 'Nothing is removed.' })}
          </p>
          <PlanList title={t({ nl: 'Nieuw', en: 'New' })} items={pending.plan.add.map((entry) => entry.title)} />
          <PlanList
            title={t({ nl: 'Gewijzigd', en: 'Changed' })}
            items={pending.plan.change.map(({ after }) => after.title)}
          />
          <PlanList
            title={t({ nl: 'Overgeslagen', en: 'Skipped' })}
            items={pending.plan.skip.map(
              ({ entry, reason }) =>
                `${entry.title} (${reason === 'older' ? t({ nl: 'opgeslagen versie is nieuwer', en: 'stored version is newer' }) : t({ nl: 'ongewijzigd', en: 'unchanged' })})`,
            )}
          />
          <span style={{ display: 'flex', gap: 8 }}>
            <button type="button" onClick={() => void confirmImport()}>
              {t({ nl: 'Importeren', en: 'Import' })}
            </button>
            <button type="button" onClick={() => setPending(undefined)}>
              {t({ nl: 'Annuleren', en: 'Cancel' })}
            </button>
          </span>
        </div>
      )}
      {book.kind === 'own' && <VariablesEditor book={book} onChanged={onChanged} />}
      <h3>{t({ nl: 'Teamantwoorden volgen', en: 'Follow the team’s replies' })}</h3>
      <p>
        {t({
          nl: 'Het adres (https) van het antwoordenboek dat je teamleider publiceert. Het wordt elk uur bijgewerkt; bij een storing of een kapot bestand blijft de laatste goede versie in gebruik.',
          en: 'The address (https) of the phrasebook your team lead publishes. It is refreshed every hour; when offline or when a file is broken, the last good version stays in use.',
        })}
      </p>
      <form
        style={{ display: 'flex', gap: 8 }}
        onSubmit={(event) => {
          event.preventDefault();
          void subscribe();
        }}
      >
        <input
          type="url"
          name="phrasebook-subscribe-url"
          placeholder="https://intranet.example.org/webcare/team.json"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          style={{ flex: 1 }}
        />
        <button type="submit" disabled={busy}>
          {t({ nl: 'Volgen', en: 'Subscribe' })}
        </button>
      </form>
      <ul>
        {subscriptions.map((stored) => (
          <li key={stored.id} data-subscription={stored.id}>
            <b>{stored.name}</b> — {stored.sourceUrl}
            <br />
            <small>
              {t({ nl: 'Laatst gecontroleerd: ', en: 'Last checked: ' })}
              {stored.subscription?.checkedAt?.replace('T', ' ').slice(0, 16) ?? '—'}
              {stored.subscription?.error &&
                ` · ${t({ nl: 'laatste goede versie behouden', en: 'kept last good version' })}: ${stored.subscription.error}`}
            </small>
            {stored.subscription?.changes && (
              <small style={{ display: 'block' }}>
                {t({ nl: 'Laatste wijziging', en: 'Last change' })} ({stored.subscription.changedAt?.slice(0, 10)}):{' '}
                {describeChanges(stored.subscription.changes, t)}
              </small>
            )}
            <span style={{ display: 'flex', gap: 8 }}>
              <button type="button" disabled={busy} onClick={() => void refreshNow(stored)}>
                {t({ nl: 'Nu bijwerken', en: 'Refresh now' })}
              </button>
              <button type="button" onClick={() => void unsubscribe(stored)}>
                {t({ nl: 'Niet meer volgen', en: 'Unsubscribe' })}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function describeChanges(
  changes: { added: string[]; changed: string[]; removed: string[] },
  t: ReturnType<typeof useT>,
): string {
  const parts: string[] = [];
  if (changes.added.length) parts.push(`${t({ nl: 'nieuw', en: 'new' })}: ${changes.added.join(', ')}`);
  if (changes.changed.length) parts.push(`${t({ nl: 'gewijzigd', en: 'changed' })}: ${changes.changed.join(', ')}`);
  if (changes.removed.length) parts.push(`${t({ nl: 'verwijderd', en: 'removed' })}: ${changes.removed.join(', ')}`);
  return parts.join('; ') || t({ nl: 'geen', en: 'none' });
}

function PlanList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <details>
      <summary>
        {title} ({items.length})
      </summary>
      <ul>
        {items.slice(0, 200).map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </details>
  );
}

/** The agent's values for team variables ({statusUrl}, {phone}…): one "name = value" per line. */
function VariablesEditor({ book, onChanged }: { book: Phrasebook; onChanged: Props['onChanged'] }) {
  const t = useT();
  const [text, setText] = useState(() =>
    Object.entries(book.variables)
      .map(([name, value]) => `${name} = ${value}`)
      .join('\n'),
  );
  const [problem, setProblem] = useState('');
  const save = async () => {
    const variables: Record<string, string> = {};
    for (const [index, line] of text.split('\n').entries()) {
      if (!line.trim()) continue;
      const [name = '', ...rest] = line.split('=');
      if (!variableNameSchema.safeParse(name.trim()).success) {
        setProblem(
          `${t({ nl: 'Regel', en: 'Line' })} ${index + 1}: ${t({ nl: 'geen geldige naam', en: 'not a valid name' })} "${name.trim()}"`,
        );
        return;
      }
      variables[name.trim()] = rest.join('=').trim();
    }
    setProblem('');
    await savePhrasebook(phrasebookDb(), { ...book, variables });
    onChanged(t({ nl: 'Variabelen opgeslagen.', en: 'Variables saved.' }), book);
  };
  return (
    <details>
      <summary>{t({ nl: 'Mijn waarden voor variabelen', en: 'My values for variables' })}</summary>
      <textarea
        name="phrasebook-variables"
        rows={5}
        style={{ width: '100%' }}
        placeholder={'statusUrl = https://status.example.org\nphone = 0800 1234'}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {problem && <p role="alert">{problem}</p>}
      <button type="button" onClick={() => void save()}>
        {t({ nl: 'Opslaan', en: 'Save' })}
      </button>
    </details>
  );
}
