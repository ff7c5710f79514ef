/**
 * The customer's right to see and erase their data: find everything about one person (by handle or name) across
 * log items, notes and corrections, and delete it in one transaction with a report of what went.
 */
import { nameKey, type WebcareDb } from './schema';

export interface PersonReport {
  query: string;
  /** Every customer key the person was found under (a handle on X, "name:…" on Facebook). */
  customerKeys: string[];
  handled: { platform: string; threadUrl: string; handledAt: string; category: string }[];
  notes: number;
  corrections: number;
}

/** Index lookups only, so finding one person among 100,000 items stays in milliseconds. */
async function collect(db: WebcareDb, query: string) {
  const handle = query.trim().replace(/^@/, '').toLowerCase();
  const name = nameKey(query);
  const direct = [handle, `name:${name}`].filter((key) => key !== '' && key !== 'name:');
  const handledRows = name
    ? await db.handled.where('customerKey').anyOf(direct).or('customerNameKey').equals(name).toArray()
    : [];
  // The same person elsewhere: a full name (two words or more, as in history.ts) found with the handle brings in
  // that name on handle-less platforms, and a name brings in the handles it was logged with.
  const names = [...new Set(handledRows.map((row) => row.customerNameKey))].filter(
    (key) => key.includes(' ') && key !== name,
  );
  const sameName = names.length ? await db.handled.where('customerNameKey').anyOf(names).toArray() : [];
  const customerKeys = [...new Set([...direct, ...handledRows.concat(sameName).map((row) => row.customerKey)])];
  const extra = await db.handled
    .where('customerKey')
    .anyOf(customerKeys.filter((key) => !direct.includes(key)))
    .toArray();
  const byId = new Map(handledRows.concat(sameName, extra).map((row) => [row.id, row]));
  const handled = [...byId.values()];
  const noteIds = await db.notes.where('customerKey').anyOf(customerKeys).primaryKeys();
  const correctionKeys = await db.corrections.where('customerKey').anyOf(customerKeys).primaryKeys();
  const usedKeys = new Set([
    ...handled.map((row) => row.customerKey),
    ...(await db.notes.where('customerKey').anyOf(customerKeys).toArray()).map((row) => row.customerKey),
    ...(await db.corrections.where('customerKey').anyOf(customerKeys).toArray()).map((row) => row.customerKey),
  ]);
  return { handled, noteIds, correctionKeys, customerKeys: customerKeys.filter((key) => usedKeys.has(key)) };
}

function toReport(query: string, found: Awaited<ReturnType<typeof collect>>): PersonReport {
  return {
    query,
    customerKeys: found.customerKeys,
    handled: found.handled
      .map((row) => ({
        platform: row.platform,
        threadUrl: row.threadUrl,
        handledAt: row.handledAt,
        category: row.category,
      }))
      .sort((a, b) => (a.handledAt < b.handledAt ? -1 : 1)),
    notes: found.noteIds.length,
    corrections: found.correctionKeys.length,
  };
}

/** What erasing would delete, for the confirmation dialog. Nothing is changed. */
export async function findPerson(db: WebcareDb, query: string): Promise<PersonReport> {
  return db.transaction('r', db.handled, db.notes, db.corrections, async () =>
    toReport(query, await collect(db, query)),
  );
}

/** Deletes everything about the person and reports what was erased. */
export async function forgetPerson(db: WebcareDb, query: string): Promise<PersonReport> {
  return db.transaction('rw', db.handled, db.notes, db.corrections, async () => {
    const found = await collect(db, query);
    await db.handled.bulkDelete(found.handled.map((row) => row.id).filter((id) => id !== undefined));
    await db.notes.bulkDelete(found.noteIds);
    await db.corrections.bulkDelete(found.correctionKeys);
    return toReport(query, found);
  });
}

export interface EverythingReport {
  handled: number;
  notes: number;
  corrections: number;
}

/** Deletes every log item, note and correction. Phrasebooks are team content, not personal data, and stay. */
export async function deleteEverything(db: WebcareDb): Promise<EverythingReport> {
  return db.transaction('rw', db.handled, db.notes, db.corrections, async () => {
    const report = {
      handled: await db.handled.count(),
      notes: await db.notes.count(),
      corrections: await db.corrections.count(),
    };
    await Promise.all([db.handled.clear(), db.notes.clear(), db.corrections.clear()]);
    return report;
  });
}
