import { describe, expect, it } from 'vitest';
import { openTestDb } from '../db/fake-db';
import {
  applyImport,
  copyTeamEntry,
  deleteEntry,
  getStoredBook,
  installStarterPhrasebooks,
  listPhrasebooks,
  loadAllPhrasebooks,
  loadPhrasebook,
  OWN_BOOK_ID,
  putEntry,
  refreshAllSubscriptions,
  refreshStoredSubscription,
  ReadOnlyPhrasebookError,
  saveSubscriptionState,
} from '../../lib/db/phrasebooks';
import { starterPhrasebooks } from '../../lib/phrasebook/starter';
import { mergePhrasebooks, parsePhrasebookCsv, planImport } from '../../lib/phrasebook/transfer';
import type { Phrasebook, PhrasebookEntry } from '../../lib/phrasebook/schema';

const entry = (id: string, text: string): PhrasebookEntry => ({
  id,
  title: id,
  text: { nl: text },
  folder: 'Map',
  tags: [],
  categories: [],
  platforms: [],
  author: 'Sanne',
});

describe('phrasebooks in the database', () => {
  it('installs the starter books once, keeping their order and variables', async () => {
    const db = openTestDb();
    expect(await installStarterPhrasebooks(db, starterPhrasebooks())).toBe(true);
    expect(await installStarterPhrasebooks(db, starterPhrasebooks())).toBe(false);
    const books = await listPhrasebooks(db);
    expect(books.map((book) => `${book.id}:${book.kind}`)).toEqual(['starter-en:team', 'starter-nl:team', 'own:own']);
    const nl = await loadPhrasebook(db, 'starter-nl');
    expect(nl?.book).toEqual(starterPhrasebooks()[0]);
    expect(nl?.invalid).toEqual([]);
  });

  it('keeps team books read-only and lets a personal copy replace the original', async () => {
    const db = openTestDb();
    await installStarterPhrasebooks(db, starterPhrasebooks());
    const original = (await loadPhrasebook(db, 'starter-nl'))!.book.entries[0]!;
    await expect(putEntry(db, 'starter-nl', { ...original, title: 'mine' })).rejects.toBeInstanceOf(
      ReadOnlyPhrasebookError,
    );
    await expect(deleteEntry(db, 'starter-nl', original.id)).rejects.toBeInstanceOf(ReadOnlyPhrasebookError);
    const copy = await copyTeamEntry(db, 'starter-nl', original.id, OWN_BOOK_ID, new Date('2026-11-25T12:00:00Z'));
    expect(copy).toMatchObject({ id: `${original.id}-mine`, copyOf: `starter-nl/${original.id}` });
    await putEntry(db, OWN_BOOK_ID, { ...copy, text: { nl: 'Mijn eigen versie, {firstName}.' } });
    const merged = mergePhrasebooks(await loadAllPhrasebooks(db));
    expect(merged.find((e) => e.id === original.id)).toBeUndefined();
    expect(merged.find((e) => e.id === copy.id)?.text.nl).toBe('Mijn eigen versie, {firstName}.');
  });

  it('applies an import plan without losing what was stored', async () => {
    const db = openTestDb();
    await installStarterPhrasebooks(db, starterPhrasebooks());
    await putEntry(db, OWN_BOOK_ID, entry('kept', 'al opgeslagen'));
    await putEntry(db, OWN_BOOK_ID, entry('changed', 'oud'));
    const parsed = parsePhrasebookCsv(
      'id,title,text_nl\nchanged,changed,nieuw\nadded,added,"<script>alert(1)</script>"\n',
      {
        id: OWN_BOOK_ID,
        name: 'Mine',
        kind: 'own',
      },
    );
    if (!parsed.ok) throw new Error('fixture');
    const stored = (await loadPhrasebook(db, OWN_BOOK_ID))!.book;
    const plan = planImport(stored, parsed.book);
    expect([plan.add.length, plan.change.length, plan.skip.length]).toEqual([1, 1, 0]);
    await applyImport(db, parsed.book, plan, OWN_BOOK_ID);
    const after = (await loadPhrasebook(db, OWN_BOOK_ID))!.book.entries.map((e) => `${e.id}:${e.text.nl}`);
    expect(after).toEqual(['kept:al opgeslagen', 'changed:nieuw', 'added:<script>alert(1)</script>']);
  });

  it('reports a stored row that no longer validates instead of using it', async () => {
    const db = openTestDb();
    await installStarterPhrasebooks(db, starterPhrasebooks());
    await db.entries.put({ key: 'own/broken', bookId: 'own', id: 'broken', entry: { id: 'broken' }, updatedAt: '' });
    expect((await loadPhrasebook(db, 'own'))?.invalid).toEqual(['own/broken']);
  });

  it('remembers subscription state beside the book', async () => {
    const db = openTestDb();
    await installStarterPhrasebooks(db, starterPhrasebooks());
    await saveSubscriptionState(db, 'starter-nl', {
      sourceUrl: 'https://a.example/t.json',
      etag: '"1"',
      error: 'offline',
      checkedAt: 'now',
    });
    const [book] = (await listPhrasebooks(db)).filter((b) => b.id === 'starter-nl');
    expect(book).toMatchObject({
      sourceUrl: 'https://a.example/t.json',
      etag: '"1"',
      subscription: { error: 'offline', checkedAt: 'now' },
    });
  });
});

describe('stored subscriptions', () => {
  const url = 'https://intranet.example.org/team.json';
  const file = (title: string) =>
    JSON.stringify({
      version: 1,
      id: 'team',
      name: 'Team',
      kind: 'team',
      entries: [{ id: 'a', title, text: { nl: 'x' } }],
    });
  const answer =
    (status: number, body: string | null, etag?: string): typeof fetch =>
    () =>
      Promise.resolve(new Response(body, { status, headers: etag ? { etag } : {} }));

  it('stores the first good file, keeps it through failures, and records what changed', async () => {
    const db = openTestDb();
    const offline: typeof fetch = () => Promise.reject(new TypeError('fetch failed'));
    expect(await refreshStoredSubscription(db, url, offline)).toMatchObject({ status: 'kept' });
    expect(await listPhrasebooks(db)).toEqual([]);

    const first = await refreshStoredSubscription(db, url, answer(200, file('Eerste'), '"1"'));
    expect(first).toMatchObject({ status: 'updated', changes: { added: ['Eerste'] } });
    await refreshStoredSubscription(db, url, answer(200, '{"broken": true}'));
    await refreshStoredSubscription(db, url, offline);
    const kept = await loadPhrasebook(db, first.bookId);
    expect(kept?.book.entries.map((e) => e.title)).toEqual(['Eerste']);
    expect(kept?.book.kind).toBe('team');
    expect((await getStoredBook(db, first.bookId))?.subscription?.error).toMatch(/could not reach/);

    await refreshStoredSubscription(db, url, answer(304, null, '"1"'));
    expect((await getStoredBook(db, first.bookId))?.subscription?.error).toBeUndefined();
    const second = await refreshStoredSubscription(db, url, answer(200, file('Tweede'), '"2"'));
    expect(second.changes).toEqual({ added: [], changed: ['Tweede'], removed: [] });
    expect((await getStoredBook(db, first.bookId))?.etag).toBe('"2"');
  });

  it('skips a subscription whose origin permission was withdrawn', async () => {
    const db = openTestDb();
    await refreshStoredSubscription(db, url, answer(200, file('Eerste')));
    const outcomes = await refreshAllSubscriptions(db, answer(200, file('Nieuw')), () => Promise.resolve(false));
    expect(outcomes).toEqual([
      expect.objectContaining({ status: 'kept', message: 'no permission for https://intranet.example.org' }),
    ]);
  });
});

describe('starter updates', () => {
  it('brings an installed starter book up to the shipped version, and leaves it alone when equal', async () => {
    const db = openTestDb();
    const [nl, en] = starterPhrasebooks() as [Phrasebook, Phrasebook];
    const old = { ...nl, entries: nl.entries.slice(0, 3) };
    expect(await installStarterPhrasebooks(db, [old, en])).toBe(true);
    expect(await installStarterPhrasebooks(db, [nl, en])).toBe(true);
    expect((await loadPhrasebook(db, nl.id))?.book).toEqual(nl);
    expect(await installStarterPhrasebooks(db, [nl, en])).toBe(false);
  });
});
