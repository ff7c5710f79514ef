/**
 * Privacy and data portability: what the log keeps (excerpts, retention), export everything or a filter as JSON
 * or CSV, import a JSON export (merged, no duplicates), find and erase one person, delete everything.
 * All of it acts on the extension's own database (lib/db), never the page's.
 */
import { useState, type FormEvent } from 'react';
import { webcareDb } from '../../lib/db/open';
import { exportLog, handledToCsv, importLog, notesToCsv, type ExportFilter } from '../../lib/db/export';
import { deleteEverything, findPerson, forgetPerson, type PersonReport } from '../../lib/db/forget';
import { purgeExpired } from '../../lib/db/retention';
import { StorageFullError } from '../../lib/db/log';
import { useT, useUiLanguage } from '../common/locale';
import type { SectionProps } from './sections';

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const dayStartIso = (value: string) => (value ? new Date(`${value}T00:00:00`).toISOString() : undefined);

export function PrivacySection({ settings, save }: SectionProps) {
  const t = useT();
  const ui = useUiLanguage();
  const [privacy, setPrivacy] = useState(settings.privacy);
  const [status, setStatus] = useState<string>();
  const [filter, setFilter] = useState({ from: '', to: '', platform: '', agent: '', person: '' });
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<PersonReport>();

  const message = (error: unknown) =>
    error instanceof StorageFullError ? error.localized[ui] : error instanceof Error ? error.message : String(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await save({ ...settings, privacy });
      const purged = await purgeExpired(webcareDb(), privacy.retentionDays, new Date());
      setStatus(
        t({ nl: 'Opgeslagen.', en: 'Saved.' }) +
          (purged
            ? ` ${t({ nl: 'Verlopen verwijderd: ', en: 'Expired deleted: ' })}${purged.handled} / ${purged.notes} / ${purged.corrections}`
            : ''),
      );
    } catch (error) {
      setStatus(message(error));
    }
  };

  const currentFilter = async (): Promise<ExportFilter> => {
    const person = filter.person.trim();
    const customerKeys = person ? (await findPerson(webcareDb(), person)).customerKeys : undefined;
    const from = dayStartIso(filter.from);
    const to = filter.to ? new Date(new Date(`${filter.to}T00:00:00`).getTime() + 86_400_000).toISOString() : undefined;
    return {
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(filter.platform ? { platforms: [filter.platform] } : {}),
      ...(filter.agent.trim() ? { agents: [filter.agent.trim()] } : {}),
      // A person with nothing stored exports nothing, not everything.
      ...(customerKeys ? { customerKeys: customerKeys.length ? customerKeys : ['\u0000none'] } : {}),
    };
  };

  const exportAs = async (format: 'json' | 'csv') => {
    try {
      const data = await exportLog(webcareDb(), await currentFilter());
      const stamp = data.exportedAt.slice(0, 10);
      if (format === 'json') {
        download(`webcare-log-${stamp}.json`, 'application/json', JSON.stringify(data, null, 2));
      } else {
        download(`webcare-log-${stamp}.csv`, 'text/csv', handledToCsv(data.handled));
        if (data.notes.length) download(`webcare-notes-${stamp}.csv`, 'text/csv', notesToCsv(data.notes));
      }
      setStatus(
        t({ nl: 'Geëxporteerd: ', en: 'Exported: ' }) +
          `${data.handled.length} ${t({ nl: 'items', en: 'items' })}, ${data.notes.length} ${t({ nl: 'notities', en: 'notes' })}, ${data.corrections.length} ${t({ nl: 'correcties', en: 'corrections' })}`,
      );
    } catch (error) {
      setStatus(message(error));
    }
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const report = await importLog(webcareDb(), await file.text());
      setStatus(
        t({ nl: 'Geïmporteerd. Nieuw: ', en: 'Imported. New: ' }) +
          `${report.added.handled} / ${report.added.notes} / ${report.added.corrections}; ` +
          t({ nl: 'al aanwezig (samengevoegd): ', en: 'already there (merged): ' }) +
          `${report.merged.handled} / ${report.merged.notes} / ${report.merged.corrections}`,
      );
    } catch (error) {
      setStatus(t({ nl: 'Import mislukt: ', en: 'Import failed: ' }) + message(error));
    }
  };

  const erase = async () => {
    if (!found) return;
    const sure = window.confirm(
      t({
        nl: `Alles over "${found.query}" definitief verwijderen: ${found.handled.length} items, ${found.notes} notities, ${found.corrections} correcties?`,
        en: `Permanently delete everything about "${found.query}": ${found.handled.length} items, ${found.notes} notes, ${found.corrections} corrections?`,
      }),
    );
    if (!sure) return;
    const report = await forgetPerson(webcareDb(), found.query);
    setFound(undefined);
    setStatus(
      t({ nl: 'Verwijderd: ', en: 'Erased: ' }) +
        `${report.handled.length} ${t({ nl: 'items', en: 'items' })}, ${report.notes} ${t({ nl: 'notities', en: 'notes' })}, ${report.corrections} ${t({ nl: 'correcties', en: 'corrections' })} (${report.customerKeys.join(', ') || '—'})`,
    );
  };

  const wipe = async () => {
    const sure = window.confirm(
      t({
        nl: 'Het hele logboek, alle notities en correcties definitief verwijderen? Antwoordenboeken blijven.',
        en: 'Permanently delete the whole log, all notes and corrections? Phrasebooks stay.',
      }),
    );
    if (!sure) return;
    const report = await deleteEverything(webcareDb());
    setStatus(
      t({ nl: 'Alles verwijderd: ', en: 'Everything deleted: ' }) +
        `${report.handled} / ${report.notes} / ${report.corrections}`,
    );
  };

  return (
    <div className="wc-form" data-testid="privacy-section">
      <p>
        <a href="/insights.html" target="_blank" rel="noreferrer" data-testid="open-insights">
          {t({ nl: 'Inzichten openen (grafieken over het logboek)', en: 'Open insights (charts of the log)' })}
        </a>
      </p>
      <form onSubmit={(event) => void submit(event)}>
        <label>
          <input
            type="checkbox"
            name="store-excerpts"
            checked={privacy.storeExcerpts}
            onChange={(e) => setPrivacy({ ...privacy, storeExcerpts: e.target.checked })}
          />
          {t({
            nl: 'Tekst van het bericht (fragment) bewaren — nodig voor terugkerende onderwerpen in inzichten',
            en: 'Keep the post text (excerpt) — needed for recurring topics in insights',
          })}
        </label>
        <label>
          {t({ nl: 'Bewaartermijn in dagen (0 = altijd bewaren)', en: 'Keep for this many days (0 = forever)' })}
          <input
            type="number"
            min={0}
            name="retention-days"
            value={privacy.retentionDays}
            onChange={(e) =>
              setPrivacy({ ...privacy, retentionDays: Math.max(0, Math.floor(Number(e.target.value) || 0)) })
            }
          />
        </label>
        <button type="submit">{t({ nl: 'Opslaan', en: 'Save' })}</button>
      </form>

      <fieldset>
        <legend>{t({ nl: 'Exporteren', en: 'Export' })}</legend>
        <label>
          {t({ nl: 'Van', en: 'From' })}
          <input type="date" value={filter.from} onChange={(e) => setFilter({ ...filter, from: e.target.value })} />
        </label>
        <label>
          {t({ nl: 'Tot en met', en: 'Up to and including' })}
          <input type="date" value={filter.to} onChange={(e) => setFilter({ ...filter, to: e.target.value })} />
        </label>
        <label>
          {t({ nl: 'Platform', en: 'Platform' })}
          <select value={filter.platform} onChange={(e) => setFilter({ ...filter, platform: e.target.value })}>
            <option value="">{t({ nl: 'alle', en: 'all' })}</option>
            <option value="x">X</option>
            <option value="facebook">Facebook</option>
            <option value="linkedin">LinkedIn</option>
            <option value="web">web</option>
          </select>
        </label>
        <label>
          {t({ nl: 'Medewerker', en: 'Agent' })}
          <input value={filter.agent} onChange={(e) => setFilter({ ...filter, agent: e.target.value })} />
        </label>
        <label>
          {t({ nl: 'Persoon (handle of naam)', en: 'Person (handle or name)' })}
          <input value={filter.person} onChange={(e) => setFilter({ ...filter, person: e.target.value })} />
        </label>
        <button type="button" onClick={() => void exportAs('json')} data-testid="export-json">
          JSON
        </button>{' '}
        <button type="button" onClick={() => void exportAs('csv')} data-testid="export-csv">
          CSV
        </button>
      </fieldset>

      <fieldset>
        <legend>{t({ nl: 'Importeren (JSON-export, samenvoegen)', en: 'Import (JSON export, merged)' })}</legend>
        <input
          type="file"
          accept="application/json,.json"
          data-testid="import-file"
          onChange={(e) => void importFile(e.target.files?.[0])}
        />
      </fieldset>

      <fieldset>
        <legend>{t({ nl: 'Een persoon vinden en wissen', en: 'Find and erase one person' })}</legend>
        <input
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="@handle / Voornaam Achternaam"
          data-testid="person-query"
        />
        <button
          type="button"
          onClick={() =>
            void findPerson(webcareDb(), query.trim()).then(setFound, (error) => setStatus(message(error)))
          }
          disabled={!query.trim()}
        >
          {t({ nl: 'Zoeken', en: 'Find' })}
        </button>
        {found && (
          <div data-testid="person-report">
            <p>
              {found.handled.length} {t({ nl: 'items', en: 'items' })}, {found.notes}{' '}
              {t({ nl: 'notities', en: 'notes' })}, {found.corrections} {t({ nl: 'correcties', en: 'corrections' })}
              {found.customerKeys.length ? ` (${found.customerKeys.join(', ')})` : ''}
            </p>
            <ul>
              {found.handled.slice(0, 50).map((item, index) => (
                <li key={index}>
                  {item.handledAt.slice(0, 10)} · {item.platform} · {item.category} · {item.threadUrl}
                </li>
              ))}
            </ul>
            <button
              type="button"
              onClick={() => void erase()}
              disabled={!found.handled.length && !found.notes && !found.corrections}
            >
              {t({ nl: 'Alles over deze persoon wissen…', en: 'Erase everything about this person…' })}
            </button>
          </div>
        )}
      </fieldset>

      <fieldset>
        <legend>{t({ nl: 'Alles verwijderen', en: 'Delete everything' })}</legend>
        <button type="button" onClick={() => void wipe()} data-testid="delete-everything">
          {t({ nl: 'Logboek, notities en correcties verwijderen…', en: 'Delete the log, notes and corrections…' })}
        </button>
      </fieldset>
      {status && (
        <p role="status" data-testid="privacy-status">
          {status}
        </p>
      )}
    </div>
  );
}
