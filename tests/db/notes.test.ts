import { describe, expect, it } from 'vitest';
import { addNote, deleteNote, listNotes } from '../../lib/db/notes';
import { openTestDb } from './fake-db';

describe('notes', () => {
  it('adds, lists newest first and deletes notes on a customer; rejects empty text', async () => {
    const db = openTestDb();
    await addNote(db, { customerKey: 'annelies', text: 'first', agent: 'Sam', createdAt: '2026-11-20T09:00:00Z' });
    const second = await addNote(db, {
      customerKey: 'annelies',
      text: ' second ',
      agent: 'Sam',
      createdAt: '2026-11-21T09:00:00Z',
    });
    await addNote(db, { customerKey: 'jan', text: 'other', agent: 'Sam', createdAt: '2026-11-21T09:00:00Z' });
    expect((await listNotes(db, 'annelies')).map((note) => note.text)).toEqual(['second', 'first']);
    await deleteNote(db, second.id);
    expect((await listNotes(db, 'annelies')).map((note) => note.text)).toEqual(['first']);
    await expect(
      addNote(db, { customerKey: 'annelies', text: '  ', agent: 'Sam', createdAt: '2026-11-21T09:00:00Z' }),
    ).rejects.toThrow();
  });

  it('stores the same note twice (a double click) once, and answers both calls with it', async () => {
    const db = openTestDb();
    const note = { customerKey: 'annelies', text: 'called back', agent: 'Sam', createdAt: '2026-11-20T09:00:00Z' };
    const [first, again] = await Promise.all([addNote(db, note), addNote(db, note)]);
    expect(again.id).toBe(first.id);
    expect(await listNotes(db, 'annelies')).toHaveLength(1);
  });
});
