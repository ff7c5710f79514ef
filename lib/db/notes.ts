/** Notes agents leave on a customer ("called on 12 Nov, refund promised"), shown with the customer's history. */
import { noteUid, type WebcareDb } from './schema';
import { noteInputSchema, toNoteRecord, type NoteInput, type NoteRecord } from './records';
import { guardQuota } from './log';

export interface StoredNote extends NoteRecord {
  id: number;
}

/** The same note (customer, agent, text, instant) twice, say from a double click, is stored once. */
export async function addNote(db: WebcareDb, input: NoteInput): Promise<StoredNote> {
  const note = noteInputSchema.parse(input);
  const record = { ...note, uid: noteUid(note) };
  const id = await guardQuota(() =>
    db.transaction('rw', db.notes, async () => {
      const existing = await db.notes.where('uid').equals(record.uid).first();
      return existing?.id ?? ((await db.notes.add(record)) as number);
    }),
  );
  return { ...record, id };
}

/** Newest first. */
export async function listNotes(db: WebcareDb, customerKey: string): Promise<StoredNote[]> {
  const rows = await db.notes.where('customerKey').equals(customerKey).toArray();
  const notes: StoredNote[] = [];
  for (const row of rows) {
    const parsed = noteRecordOrNull(row);
    if (parsed && row.id !== undefined) notes.push({ ...parsed, id: row.id });
  }
  return notes.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

export async function deleteNote(db: WebcareDb, id: number): Promise<void> {
  await db.notes.delete(id);
}

function noteRecordOrNull(row: object): NoteRecord | null {
  try {
    return toNoteRecord(row);
  } catch {
    return null;
  }
}
