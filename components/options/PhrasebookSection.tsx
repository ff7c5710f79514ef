/**
 * Options page: the phrasebooks. Parts: book picker (team books read-only, the agent's own book editable),
 * folders, search, the entry list, the entry editor or read-only view with a live preview on a sample thread,
 * undo, and below them import/export and subscriptions (PhrasebookTransfer.tsx).
 *
 * Keyboard: "/" search, ↑/↓ move through the list, Enter edit, Ctrl+S save, Esc cancel, Ctrl+Z undo.
 * Every write goes through lib/db/phrasebooks.ts; texts are rendered as text, never as HTML.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { WebcareDb } from '../../lib/db/schema';
import { webcareDb } from '../../lib/db/open';
import {
  copyTeamEntry,
  deleteEntry,
  ensureOwnPhrasebook,
  installStarterPhrasebooks,
  listPhrasebooks,
  loadPhrasebook,
  OWN_BOOK_ID,
  putEntry,
  savePhrasebook,
  type StoredBook,
} from '../../lib/db/phrasebooks';
import {
  phrasebookCategorySchema,
  phrasebookEntrySchema,
  type Phrasebook,
  type PhrasebookEntry,
} from '../../lib/phrasebook/schema';
import { fillTemplate, variableValues } from '../../lib/phrasebook/fill';
import { starterPhrasebooks } from '../../lib/phrasebook/starter';
import type { Settings } from '../../lib/settings/schema';
import { useT } from '../common/locale';
import type { SectionProps } from './sections';
import { PhrasebookTransfer } from './PhrasebookTransfer';
import { PhrasebookTryOut } from './PhrasebookTryOut';
import { categoryNames } from '../common/labels';

/** The page's one Dexie connection (lib/db/open.ts). */
export function phrasebookDb(): WebcareDb {
  return webcareDb();
}

interface BookState {
  books: StoredBook[];
  book: Phrasebook | undefined;
  invalid: number;
}

/** Books for the picker and the chosen one (the own book when `id` is gone); installs the starters on first use. */
async function loadBookState(id: string): Promise<BookState> {
  const db = phrasebookDb();
  await installStarterPhrasebooks(db, starterPhrasebooks());
  await ensureOwnPhrasebook(db);
  const books = await listPhrasebooks(db);
  const loaded = await loadPhrasebook(db, books.some((b) => b.id === id) ? id : OWN_BOOK_ID);
  return { books, book: loaded?.book, invalid: loaded?.invalid.length ?? 0 };
}

/** The customer the preview is written to. */
const sampleCustomer = { author: 'Annelies Meijer', handle: '@annelies' };

export function PhrasebookSection({ settings }: SectionProps) {
  const t = useT();
  const [books, setBooks] = useState<StoredBook[]>([]);
  const [bookId, setBookId] = useState<string>(OWN_BOOK_ID);
  const [book, setBook] = useState<Phrasebook>();
  const [folder, setFolder] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string>();
  const [editing, setEditing] = useState<PhrasebookEntry | null>(null);
  const [undoStack, setUndoStack] = useState<Phrasebook[]>([]);
  const [status, setStatus] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);

  const apply = useCallback((state: BookState) => {
    setBooks(state.books);
    setBook(state.book);
    if (state.invalid > 0) setStatus(`${state.invalid} stored entries could not be read`);
  }, []);
  const reload = useCallback((id: string) => loadBookState(id).then(apply), [apply]);

  useEffect(() => {
    void loadBookState(bookId).then(apply);
  }, [apply, bookId]);

  const readOnly = book?.kind === 'team';
  const folders = useMemo(() => [...new Set(book?.entries.map((entry) => entry.folder) ?? [])].sort(), [book]);
  const visible = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return (book?.entries ?? []).filter((entry) => {
      if (folder !== null && entry.folder !== folder && !entry.folder.startsWith(`${folder}/`)) return false;
      const haystack = [entry.id, entry.title, entry.text.nl, entry.text.en, entry.tags.join(' ')]
        .join(' ')
        .toLowerCase();
      return words.every((word) => haystack.includes(word));
    });
  }, [book, folder, query]);
  const selected = book?.entries.find((entry) => entry.id === selectedId);

  const remember = () => {
    if (book && !readOnly) setUndoStack((stack) => [...stack.slice(-49), book]);
  };

  /** Do a write, say so, and show the result (in `nextBookId` when the write moved us to another book). */
  const run = async (action: () => Promise<void>, done: string, nextBookId?: string) => {
    try {
      await action();
      setStatus(done);
      if (nextBookId && nextBookId !== bookId)
        setBookId(nextBookId); // the effect loads it
      else await reload(bookId);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };

  const saveEditing = () => {
    if (!editing || !book) return;
    const parsed = phrasebookEntrySchema.safeParse(editing);
    if (!parsed.success) {
      setStatus(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
      return;
    }
    remember();
    void run(
      async () => {
        await putEntry(phrasebookDb(), book.id, parsed.data);
        setSelectedId(parsed.data.id);
        setEditing(null);
      },
      t({ nl: 'Opgeslagen.', en: 'Saved.' }),
    );
  };

  const undo = () => {
    const previous = undoStack.at(-1);
    if (!previous) return;
    setUndoStack((stack) => stack.slice(0, -1));
    void run(() => savePhrasebook(phrasebookDb(), previous), t({ nl: 'Ongedaan gemaakt.', en: 'Undone.' }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const inField = event.target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName);
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's' && editing) {
      event.preventDefault();
      saveEditing();
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !inField) {
      event.preventDefault();
      undo();
    } else if (event.key === 'Escape' && editing) {
      setEditing(null);
    } else if (!inField && event.key === '/') {
      event.preventDefault();
      searchRef.current?.focus();
    } else if (
      (!inField || event.target === searchRef.current) &&
      (event.key === 'ArrowDown' || event.key === 'ArrowUp')
    ) {
      event.preventDefault();
      const index = visible.findIndex((entry) => entry.id === selectedId);
      const next = visible[Math.max(0, Math.min(visible.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)))];
      if (next) setSelectedId(next.id);
    } else if (!inField && event.key === 'Enter' && selected && !readOnly) {
      // Else the same Enter reaches the editor's just-focused title field and submits the form at once.
      event.preventDefault();
      setEditing(selected);
    }
  };

  const newEntry = () => {
    const taken = new Set(book?.entries.map((entry) => entry.id));
    let id = 'new-reply';
    for (let n = 2; taken.has(id); n++) id = `new-reply-${n}`;
    setEditing({
      id,
      title: t({ nl: 'Nieuw antwoord', en: 'New reply' }),
      text: { nl: 'Hoi {firstName}, ', en: 'Hi {firstName}, ' },
      folder: folder ?? '',
      tags: [],
      categories: [],
      platforms: [],
      author: settings.agent.firstName,
    });
  };

  return (
    <div className="wc-phrasebook" onKeyDown={onKeyDown} data-testid="phrasebook">
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
        <label>
          {t({ nl: 'Antwoordenboek', en: 'Phrasebook' })}{' '}
          <select
            name="phrasebook-book"
            value={book?.id ?? bookId}
            onChange={(event) => {
              setBookId(event.target.value);
              setFolder(null);
              setSelectedId(undefined);
              setEditing(null);
            }}
          >
            {books.map((stored) => (
              <option key={stored.id} value={stored.id}>
                {stored.name}
                {stored.kind === 'team' ? t({ nl: ' (team, alleen lezen)', en: ' (team, read-only)' }) : ''}
              </option>
            ))}
          </select>
        </label>
        <input
          ref={searchRef}
          type="search"
          name="phrasebook-search"
          placeholder={t({ nl: 'Zoeken ( / )', en: 'Search ( / )' })}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        {!readOnly && (
          <button type="button" onClick={newEntry}>
            {t({ nl: 'Nieuw antwoord', en: 'New reply' })}
          </button>
        )}
        <button type="button" onClick={undo} disabled={undoStack.length === 0} title="Ctrl+Z">
          {t({ nl: 'Ongedaan maken', en: 'Undo' })}
        </button>
      </div>
      <p role="status" aria-live="polite">
        {status}
      </p>
      <div style={{ display: 'grid', gridTemplateColumns: '150px 1fr', gap: 12 }}>
        <nav aria-label={t({ nl: 'Mappen', en: 'Folders' })} style={{ display: 'grid', alignContent: 'start', gap: 2 }}>
          <FolderButton active={folder === null} onClick={() => setFolder(null)}>
            {t({ nl: 'Alle', en: 'All' })} ({book?.entries.length ?? 0})
          </FolderButton>
          {folders.map((name) => (
            <FolderButton key={name} active={folder === name} onClick={() => setFolder(name)}>
              {name || t({ nl: '(geen map)', en: '(no folder)' })}
            </FolderButton>
          ))}
        </nav>
        <div>
          <ul
            role="listbox"
            aria-label={t({ nl: 'Antwoorden', en: 'Replies' })}
            style={{ listStyle: 'none', padding: 0, margin: 0, maxHeight: 260, overflow: 'auto' }}
          >
            {visible.map((entry) => (
              <li
                key={entry.id}
                role="option"
                aria-selected={entry.id === selectedId}
                data-entry-id={entry.id}
                tabIndex={-1}
                onClick={() => setSelectedId(entry.id)}
                onDoubleClick={() => !readOnly && setEditing(entry)}
                style={{
                  padding: '2px 6px',
                  cursor: 'pointer',
                  background: entry.id === selectedId ? 'rgba(29,100,216,0.15)' : undefined,
                }}
              >
                {entry.title} <small style={{ opacity: 0.6 }}>{entry.folder}</small>
              </li>
            ))}
            {visible.length === 0 && <li>{t({ nl: 'Geen antwoorden gevonden.', en: 'No replies found.' })}</li>}
          </ul>
          {editing ? (
            <EntryEditor
              entry={editing}
              onChange={setEditing}
              onSave={saveEditing}
              onCancel={() => setEditing(null)}
              settings={settings}
              variables={book?.variables ?? {}}
            />
          ) : (
            selected && (
              <EntryView
                entry={selected}
                readOnly={readOnly}
                settings={settings}
                variables={book?.variables ?? {}}
                onEdit={() => setEditing(selected)}
                onDelete={() => {
                  remember();
                  void run(
                    () => deleteEntry(phrasebookDb(), book!.id, selected.id),
                    t({ nl: 'Verwijderd.', en: 'Deleted.' }),
                  );
                }}
                onCopy={() =>
                  void run(
                    async () => {
                      const copy = await copyTeamEntry(phrasebookDb(), book!.id, selected.id);
                      setSelectedId(copy.id);
                    },
                    t({
                      nl: 'Persoonlijke kopie gemaakt; die vervangt het teamantwoord in je suggesties.',
                      en: 'Personal copy made; it replaces the team reply in your suggestions.',
                    }),
                    OWN_BOOK_ID,
                  )
                }
              />
            )
          )}
        </div>
      </div>
      {book && <PhrasebookTryOut book={book} settings={settings} />}
      {book && (
        <PhrasebookTransfer
          book={book}
          books={books}
          onChanged={(message, snapshot) => {
            if (snapshot) setUndoStack((stack) => [...stack.slice(-49), snapshot]);
            setStatus(message);
            void reload(bookId);
          }}
        />
      )}
    </div>
  );
}

function FolderButton(props: { active: boolean; onClick: () => void; children: React.ReactNode }) {
  return (
    <button
      type="button"
      aria-pressed={props.active}
      onClick={props.onClick}
      style={{
        textAlign: 'left',
        fontWeight: props.active ? 600 : 400,
        background: 'none',
        border: 'none',
        padding: '2px 4px',
        cursor: 'pointer',
        color: 'inherit',
      }}
    >
      {props.children}
    </button>
  );
}

interface PreviewProps {
  entry: PhrasebookEntry;
  settings: Settings;
  variables: Record<string, string>;
}

/** The entry filled for a sample customer: filled variables in bold, missing ones marked. */
export function EntryPreview({ entry, settings, variables }: PreviewProps) {
  const t = useT();
  return (
    <div data-testid="phrasebook-preview">
      {(['nl', 'en'] as const).map((language) => {
        const template = entry.text[language];
        if (!template) return null;
        const filled = fillTemplate(
          template,
          variableValues({
            target: sampleCustomer,
            brand: { name: settings.brand.name },
            fill: { agent: settings.agent.firstName, initials: settings.agent.initials, custom: variables },
            now: new Date(),
            language,
          }),
        );
        return (
          <div
            key={language}
            style={{ border: '1px solid rgba(128,128,128,0.4)', borderRadius: 8, padding: '6px 10px', margin: '6px 0' }}
          >
            <small>
              {t({ nl: 'Voorbeeld aan Annelies Meijer', en: 'Preview to Annelies Meijer' })} ({language})
            </small>
            <p style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>
              {filled.parts.map((part, index) =>
                part.kind === 'text' ? (
                  <span key={index}>{part.text}</span>
                ) : part.value !== undefined ? (
                  <b key={index}>{part.value}</b>
                ) : (
                  <mark
                    key={index}
                    data-missing={part.name}
                    title={t({ nl: 'Nog in te vullen', en: 'Still to fill in' })}
                  >
                    {`{${part.name}}`}
                  </mark>
                ),
              )}
            </p>
            {filled.missing.length > 0 && (
              <small>
                {t({ nl: 'Moet nog ingevuld worden vóór versturen: ', en: 'Must be filled in before sending: ' })}
                {filled.missing.join(', ')}
              </small>
            )}
          </div>
        );
      })}
    </div>
  );
}

function EntryView(
  props: PreviewProps & { readOnly: boolean; onEdit: () => void; onDelete: () => void; onCopy: () => void },
) {
  const t = useT();
  const { entry } = props;
  return (
    <article data-testid="phrasebook-entry" style={{ marginTop: 10 }}>
      <h3 style={{ margin: '4px 0' }}>{entry.title}</h3>
      <small>
        {entry.folder} · {entry.categories.map((category) => t(categoryNames[category])).join(', ')}
        {entry.tags.length > 0 && ` · ${entry.tags.join(', ')}`}
        {entry.author && ` · ${entry.author}`}
        {entry.updatedAt && ` · ${entry.updatedAt.slice(0, 10)}`}
      </small>
      <EntryPreview entry={entry} settings={props.settings} variables={props.variables} />
      {props.readOnly ? (
        <button type="button" onClick={props.onCopy}>
          {t({ nl: 'Maak een persoonlijke kopie', en: 'Make a personal copy' })}
        </button>
      ) : (
        <span style={{ display: 'flex', gap: 8 }}>
          <button type="button" onClick={props.onEdit}>
            {t({ nl: 'Bewerken (Enter)', en: 'Edit (Enter)' })}
          </button>
          <button type="button" onClick={props.onDelete}>
            {t({ nl: 'Verwijderen', en: 'Delete' })}
          </button>
        </span>
      )}
    </article>
  );
}

function EntryEditor(
  props: PreviewProps & { onChange: (entry: PhrasebookEntry) => void; onSave: () => void; onCancel: () => void },
) {
  const t = useT();
  const { entry, onChange } = props;
  const patch = (change: Partial<PhrasebookEntry>) => onChange({ ...entry, ...change });
  const setText = (language: 'nl' | 'en', value: string) => {
    const text = { ...entry.text };
    if (value) text[language] = value;
    else delete text[language];
    patch({ text });
  };
  return (
    <form
      className="wc-form"
      style={{ maxWidth: 'none', marginTop: 10 }}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave();
      }}
      data-testid="phrasebook-editor"
    >
      <label>
        {t({ nl: 'Titel', en: 'Title' })}
        <input name="entry-title" value={entry.title} onChange={(e) => patch({ title: e.target.value })} autoFocus />
      </label>
      <label>
        Id
        <input
          name="entry-id"
          value={entry.id}
          onChange={(e) => patch({ id: e.target.value.replace(/[\s/]/g, '-') })}
        />
      </label>
      <label>
        {t({ nl: 'Map (met / voor submappen)', en: 'Folder (/ for subfolders)' })}
        <input name="entry-folder" value={entry.folder} onChange={(e) => patch({ folder: e.target.value })} />
      </label>
      <label>
        {t({ nl: 'Trefwoorden (komma’s)', en: 'Tags (commas)' })}
        <input
          name="entry-tags"
          value={entry.tags.join(', ')}
          onChange={(e) =>
            patch({
              tags: e.target.value
                .split(',')
                .map((tag) => tag.trim())
                .filter(Boolean),
            })
          }
        />
      </label>
      <fieldset>
        <legend>{t({ nl: 'Beantwoordt', en: 'Answers' })}</legend>
        {phrasebookCategorySchema.options.map((category) => (
          <label key={category}>
            <input
              type="checkbox"
              checked={entry.categories.includes(category)}
              onChange={(e) =>
                patch({
                  categories: e.target.checked
                    ? [...entry.categories, category]
                    : entry.categories.filter((c) => c !== category),
                })
              }
            />
            {t(categoryNames[category])}
          </label>
        ))}
      </fieldset>
      {(['nl', 'en'] as const).map((language) => (
        <label key={language}>
          {language === 'nl'
            ? t({ nl: 'Tekst Nederlands', en: 'Dutch text' })
            : t({ nl: 'Tekst Engels', en: 'English text' })}
          <textarea
            name={`entry-text-${language}`}
            rows={4}
            value={entry.text[language] ?? ''}
            onChange={(e) => setText(language, e.target.value)}
          />
        </label>
      ))}
      <small>
        {t({
          nl: 'Variabelen: {firstName} {name} {handle} {agent} {initials} {brand} {today} en die van het team. {{ en }} schrijven een accolade.',
          en: 'Variables: {firstName} {name} {handle} {agent} {initials} {brand} {today} and the team’s own. {{ and }} write a brace.',
        })}
      </small>
      <EntryPreview entry={entry} settings={props.settings} variables={props.variables} />
      <span style={{ display: 'flex', gap: 8 }}>
        <button type="submit">{t({ nl: 'Opslaan (Ctrl+S)', en: 'Save (Ctrl+S)' })}</button>
        <button type="button" onClick={props.onCancel}>
          {t({ nl: 'Annuleren (Esc)', en: 'Cancel (Esc)' })}
        </button>
      </span>
    </form>
  );
}
