/**
 * Phrasebooks in the database (tables `phrasebooks` and `entries`, lib/db/schema.ts). Every entry is checked with
 * zod on the way in and on the way out; a row that no longer parses is reported, never silently used.
 *
 * Team books are read-only for agents: only a whole-book write (subscription refresh, import of the team's own
 * file) changes them. Agents edit their "own" book, where a personal copy of a team entry replaces the original.
 */
import { z } from 'zod';
import type { PhrasebookRow, WebcareDb } from './schema';
import {
  phrasebookEntrySchema,
  phrasebookKindSchema,
  phrasebookSchema,
  variableNameSchema,
  type Phrasebook,
  type PhrasebookEntry,
} from '../phrasebook/schema';
import { applyImportPlan, mergePhrasebooks, mergeVariables, type ImportPlan } from '../phrasebook/transfer';
import {
  checkSubscriptionUrl,
  refreshSubscription,
  subscriptionBookId,
  type PhrasebookChanges,
  type RefreshResult,
} from '../phrasebook/subscription';

/** The agent's own book, created on first use. */
export const OWN_BOOK_ID = 'own';

/** Stored beside the indexed book fields (Dexie keeps extra properties; no schema change needed). */
const subscriptionStateSchema = z.object({
  checkedAt: z.string().optional(),
  /** Why the last refresh kept the old copy (offline, invalid file…). */
  error: z.string().optional(),
  /** What the last successful refresh changed. */
  changes: z
    .object({ added: z.array(z.string()), changed: z.array(z.string()), removed: z.array(z.string()) })
    .optional(),
  changedAt: z.string().optional(),
});
export type SubscriptionState = z.infer<typeof subscriptionStateSchema>;

const bookRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: phrasebookKindSchema,
  sourceUrl: z.string().optional(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  updatedAt: z.string(),
  variables: z.record(variableNameSchema, z.string()).default({}),
  subscription: subscriptionStateSchema.optional(),
});
export type StoredBook = z.infer<typeof bookRowSchema>;

export class ReadOnlyPhrasebookError extends Error {
  constructor(bookId: string) {
    super(`phrasebook "${bookId}" is the team's and read-only; make a personal copy of the entry instead`);
    this.name = 'ReadOnlyPhrasebookError';
  }
}

export async function listPhrasebooks(db: WebcareDb): Promise<StoredBook[]> {
  const rows = await db.phrasebooks.toArray();
  return rows
    .map((row) => bookRowSchema.safeParse(row))
    .filter((result) => result.success)
    .map((result) => result.data)
    .sort((a, b) => (a.kind === b.kind ? (a.name < b.name ? -1 : 1) : a.kind === 'team' ? -1 : 1));
}

export async function getStoredBook(db: WebcareDb, bookId: string): Promise<StoredBook | undefined> {
  const row = await db.phrasebooks.get(bookId);
  const parsed = bookRowSchema.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}

export interface LoadedPhrasebook {
  book: Phrasebook;
  /** Keys of rows that did not validate (kept in the database, left out here). */
  invalid: string[];
}

export async function loadPhrasebook(db: WebcareDb, bookId: string): Promise<LoadedPhrasebook | undefined> {
  const stored = await getStoredBook(db, bookId);
  if (!stored) return undefined;
  const rows = await db.entries.where('bookId').equals(bookId).toArray();
  const entries: PhrasebookEntry[] = [];
  const invalid: string[] = [];
  for (const row of rows.sort((a, b) => orderOf(a.entry) - orderOf(b.entry) || (a.key < b.key ? -1 : 1))) {
    const parsed = phrasebookEntrySchema.safeParse(stripOrder(row.entry));
    if (parsed.success) entries.push(parsed.data);
    else invalid.push(row.key);
  }
  const book: Phrasebook = {
    version: 1,
    id: stored.id,
    name: stored.name,
    kind: stored.kind,
    variables: stored.variables,
    entries,
  };
  return { book, invalid };
}

/** All books, team first: what the sidebar ranks (after mergePhrasebooks). */
export async function loadAllPhrasebooks(db: WebcareDb): Promise<Phrasebook[]> {
  const books: Phrasebook[] = [];
  for (const stored of await listPhrasebooks(db)) {
    const loaded = await loadPhrasebook(db, stored.id);
    if (loaded) books.push(loaded.book);
  }
  return books;
}

export interface SaveOptions {
  sourceUrl?: string;
  etag?: string;
  lastModified?: string;
  subscription?: SubscriptionState;
}

/**
 * Write a whole book, replacing its entries, in one transaction (a failure leaves the old book as it was).
 * Used for installs, imports and subscription refreshes; agents' single edits go through putEntry.
 */
export async function savePhrasebook(
  db: WebcareDb,
  input: Phrasebook,
  options: SaveOptions = {},
  now = new Date(),
): Promise<void> {
  const book = phrasebookSchema.parse(input);
  await db.transaction('rw', db.phrasebooks, db.entries, async () => {
    const previous = await getStoredBook(db, book.id);
    const row: StoredBook = {
      id: book.id,
      name: book.name,
      kind: book.kind,
      updatedAt: now.toISOString(),
      variables: book.variables,
      ...(previous?.sourceUrl ? { sourceUrl: previous.sourceUrl } : {}),
      ...(previous?.subscription ? { subscription: previous.subscription } : {}),
      ...options,
    };
    await db.phrasebooks.put(row as PhrasebookRow);
    await db.entries.where('bookId').equals(book.id).delete();
    await db.entries.bulkPut(
      book.entries.map((entry, order) => ({
        key: `${book.id}/${entry.id}`,
        bookId: book.id,
        id: entry.id,
        entry: { ...entry, [ORDER]: order },
        updatedAt: entry.updatedAt ?? row.updatedAt,
      })),
    );
  });
}

/** Record a refresh that kept the old copy, or what the last one changed, without touching the entries. */
export async function saveSubscriptionState(
  db: WebcareDb,
  bookId: string,
  state: SubscriptionState & { sourceUrl?: string; etag?: string; lastModified?: string },
): Promise<void> {
  const { sourceUrl, etag, lastModified, ...subscription } = state;
  await db.transaction('rw', db.phrasebooks, async () => {
    const stored = await getStoredBook(db, bookId);
    if (!stored) return;
    const row: StoredBook = {
      ...stored,
      subscription: { ...stored.subscription, ...subscription },
      ...(sourceUrl !== undefined ? { sourceUrl } : {}),
      ...(etag !== undefined ? { etag } : {}),
      ...(lastModified !== undefined ? { lastModified } : {}),
    };
    await db.phrasebooks.put(row as PhrasebookRow);
  });
}

/** Add or change one entry of an own book. */
export async function putEntry(db: WebcareDb, bookId: string, input: PhrasebookEntry, now = new Date()): Promise<void> {
  const entry = phrasebookEntrySchema.parse({ ...input, updatedAt: now.toISOString() });
  await db.transaction('rw', db.phrasebooks, db.entries, async () => {
    const book = await writableBook(db, bookId);
    const key = `${book.id}/${entry.id}`;
    const existing = await db.entries.get(key);
    const order = existing ? orderOf(existing.entry) : await db.entries.where('bookId').equals(bookId).count();
    await db.entries.put({
      key,
      bookId,
      id: entry.id,
      entry: { ...entry, [ORDER]: order },
      updatedAt: entry.updatedAt ?? '',
    });
  });
}

export async function deleteEntry(db: WebcareDb, bookId: string, entryId: string): Promise<void> {
  await db.transaction('rw', db.phrasebooks, db.entries, async () => {
    await writableBook(db, bookId);
    await db.entries.delete(`${bookId}/${entryId}`);
  });
}

/** A personal copy of a team entry in the agent's own book; it replaces the original in the ranking. */
export async function copyTeamEntry(
  db: WebcareDb,
  teamBookId: string,
  entryId: string,
  ownBookId = OWN_BOOK_ID,
  now = new Date(),
): Promise<PhrasebookEntry> {
  const team = await loadPhrasebook(db, teamBookId);
  const original = team?.book.entries.find((entry) => entry.id === entryId);
  if (!original) throw new Error(`no entry "${entryId}" in phrasebook "${teamBookId}"`);
  await ensureOwnPhrasebook(db, ownBookId);
  const own = await loadPhrasebook(db, ownBookId);
  const taken = new Set(own?.book.entries.map((entry) => entry.id));
  let id = `${entryId}-mine`;
  for (let n = 2; taken.has(id); n++) id = `${entryId}-mine-${n}`;
  const copy: PhrasebookEntry = { ...original, id, copyOf: `${teamBookId}/${entryId}` };
  await putEntry(db, ownBookId, copy, now);
  return { ...copy, updatedAt: now.toISOString() };
}

export async function ensureOwnPhrasebook(db: WebcareDb, bookId = OWN_BOOK_ID, name = 'My replies'): Promise<void> {
  if (await db.phrasebooks.get(bookId)) return;
  await savePhrasebook(db, { version: 1, id: bookId, name, kind: 'own', variables: {}, entries: [] });
}

/**
 * First run: the starter books and an empty own book. Later runs bring installed starter books up to date with
 * the shipped version (they are read-only, so no agent edit can be lost; personal copies live in the own book).
 * Returns whether anything was written.
 */
export async function installStarterPhrasebooks(db: WebcareDb, starters: readonly Phrasebook[]): Promise<boolean> {
  if ((await db.phrasebooks.count()) === 0) {
    for (const book of starters) await savePhrasebook(db, book);
    await ensureOwnPhrasebook(db);
    return true;
  }
  let written = false;
  for (const starter of starters) {
    const stored = await getStoredBook(db, starter.id);
    if (!stored || stored.kind !== 'team' || stored.sourceUrl) continue;
    const current = await loadPhrasebook(db, starter.id);
    if (current && JSON.stringify(current.book) === JSON.stringify(phrasebookSchema.parse(starter))) continue;
    await savePhrasebook(db, starter);
    written = true;
  }
  return written;
}

/**
 * Carry out a plan the user has seen (planImport). Into an existing own book, or a new book of the file's kind;
 * a team book is only changed by its own file (same id), never by an agent's edits.
 */
export async function applyImport(
  db: WebcareDb,
  incoming: Phrasebook,
  plan: ImportPlan,
  intoBookId?: string,
): Promise<void> {
  const targetId = intoBookId ?? incoming.id;
  const current = await loadPhrasebook(db, targetId);
  if (current && current.book.kind === 'team' && incoming.id !== targetId) throw new ReadOnlyPhrasebookError(targetId);
  const base: Phrasebook = current?.book ?? { ...incoming, entries: [], variables: {} };
  await savePhrasebook(db, applyImportPlan(base, plan));
}

export async function deletePhrasebook(db: WebcareDb, bookId: string): Promise<void> {
  await db.transaction('rw', db.phrasebooks, db.entries, async () => {
    await db.entries.where('bookId').equals(bookId).delete();
    await db.phrasebooks.delete(bookId);
  });
}

async function writableBook(db: WebcareDb, bookId: string): Promise<StoredBook> {
  const book = await getStoredBook(db, bookId);
  if (!book) throw new Error(`no phrasebook "${bookId}"`);
  if (book.kind === 'team') throw new ReadOnlyPhrasebookError(bookId);
  return book;
}

/** Entry order in the book, kept inside the stored entry data so folders list as the author arranged them. */
const ORDER = '__order';

function orderOf(entry: unknown): number {
  const value = entry && typeof entry === 'object' ? (entry as Record<string, unknown>)[ORDER] : undefined;
  return typeof value === 'number' ? value : Number.MAX_SAFE_INTEGER;
}

function stripOrder(entry: unknown): unknown {
  if (!entry || typeof entry !== 'object') return entry;
  const { [ORDER]: _order, ...rest } = entry as Record<string, unknown>;
  return rest;
}

/**
 * What the sidebar ranks: every book's entries (personal copies replacing team originals) and the team
 * variables for FillContext.custom. Installs the starter books on first use so a new install suggests at once.
 */
export async function loadActivePhrasebook(
  db: WebcareDb,
  starters: readonly Phrasebook[] = [],
): Promise<{ entries: PhrasebookEntry[]; variables: Record<string, string> }> {
  if (starters.length > 0) await installStarterPhrasebooks(db, starters);
  const books = await loadAllPhrasebooks(db);
  return { entries: mergePhrasebooks(books), variables: mergeVariables(books) };
}

export interface SubscriptionOutcome {
  bookId: string;
  status: RefreshResult['status'];
  message?: string;
  changes?: PhrasebookChanges;
}

/**
 * Fetch one subscribed book and store the outcome: a new version replaces the entries (one transaction); any
 * failure keeps the last good copy and records why. `fetch` is injected (background, options page, tests).
 */
export async function refreshStoredSubscription(
  db: WebcareDb,
  url: string,
  fetchImpl: typeof fetch,
  now = new Date(),
): Promise<SubscriptionOutcome> {
  const checked = checkSubscriptionUrl(url);
  if (!checked.ok) throw new Error(checked.message);
  const bookId = subscriptionBookId(checked.url);
  const stored = await getStoredBook(db, bookId);
  const current = stored ? (await loadPhrasebook(db, bookId))?.book : undefined;
  const result = await refreshSubscription({
    url: checked.url,
    bookId,
    fetch: fetchImpl,
    ...(current ? { current } : {}),
    ...(stored?.etag ? { etag: stored.etag } : {}),
    ...(stored?.lastModified ? { lastModified: stored.lastModified } : {}),
  });
  const checkedAt = now.toISOString();
  if (result.status === 'updated') {
    await savePhrasebook(
      db,
      result.book,
      {
        sourceUrl: checked.url,
        ...(result.etag ? { etag: result.etag } : {}),
        ...(result.lastModified ? { lastModified: result.lastModified } : {}),
        subscription: { checkedAt, changes: result.changes, changedAt: checkedAt },
      },
      now,
    );
    return { bookId, status: 'updated', changes: result.changes };
  }
  if (!stored) {
    // Nothing good to keep yet: the subscription is not stored until its first valid file.
    return { bookId, status: result.status, ...(result.status === 'kept' ? { message: result.message } : {}) };
  }
  if (result.status === 'unchanged') {
    await saveSubscriptionState(db, bookId, {
      checkedAt,
      error: undefined,
      ...(result.etag ? { etag: result.etag } : {}),
      ...(result.lastModified ? { lastModified: result.lastModified } : {}),
    });
    return { bookId, status: 'unchanged' };
  }
  await saveSubscriptionState(db, bookId, { checkedAt, error: result.message });
  return { bookId, status: 'kept', message: result.message };
}

/** Every subscribed book, one after another (a team rarely has more than a few). */
export async function refreshAllSubscriptions(
  db: WebcareDb,
  fetchImpl: typeof fetch,
  isAllowed: (permission: string) => Promise<boolean>,
  now = new Date(),
): Promise<SubscriptionOutcome[]> {
  const outcomes: SubscriptionOutcome[] = [];
  for (const book of await listPhrasebooks(db)) {
    if (!book.sourceUrl) continue;
    const checked = checkSubscriptionUrl(book.sourceUrl);
    if (!checked.ok || !(await isAllowed(checked.permission))) {
      const message = checked.ok ? `no permission for ${checked.origin}` : checked.message;
      await saveSubscriptionState(db, book.id, { checkedAt: now.toISOString(), error: message });
      outcomes.push({ bookId: book.id, status: 'kept', message });
      continue;
    }
    outcomes.push(await refreshStoredSubscription(db, book.sourceUrl, fetchImpl, now));
  }
  return outcomes;
}
