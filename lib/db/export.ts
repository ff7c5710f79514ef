/**
 * Data portability: export everything or a filter as JSON (lossless, re-importable) or CSV (for a spreadsheet),
 * and import a JSON export by merging — a team lead combines several agents' logs without duplicates.
 */
import { handledUid, noteUid, type HandledRow, type NoteRow, type WebcareDb } from './schema';
import { checkedHandled, guardQuota, mergeHandled } from './log';
import {
  correctionRecordSchema,
  logExportSchema,
  toNoteRecord,
  type CorrectionRecord,
  type HandledRecord,
  type LogExport,
  type NoteRecord,
} from './records';

export interface ExportFilter {
  /** ISO instants, inclusive from, exclusive to, on handledAt (notes and corrections: createdAt). */
  from?: string;
  to?: string;
  platforms?: readonly string[];
  agents?: readonly string[];
  /** Only these customers (e.g. a person's data access request). */
  customerKeys?: readonly string[];
}

const isEmpty = (filter: ExportFilter) =>
  !filter.from && !filter.to && !filter.platforms?.length && !filter.agents?.length && !filter.customerKeys?.length;

export async function exportLog(db: WebcareDb, filter: ExportFilter = {}, now = new Date()): Promise<LogExport> {
  return db.transaction('r', db.handled, db.notes, db.corrections, async () => {
    const inPeriod = (time: string) => (!filter.from || time >= filter.from) && (!filter.to || time < filter.to);
    const handledQuery = filter.customerKeys?.length
      ? db.handled.where('customerKey').anyOf([...filter.customerKeys])
      : db.handled.toCollection();
    const handled = checkedHandled(await handledQuery.toArray())
      .filter((item) => inPeriod(item.handledAt))
      .filter((item) => !filter.platforms?.length || filter.platforms.includes(item.platform))
      .filter((item) => !filter.agents?.length || filter.agents.includes(item.agent))
      .sort(byUid);
    // With a filter, notes and corrections follow the customers of the exported items.
    const customers = isEmpty(filter) ? null : new Set(handled.map((item) => item.customerKey));
    const notes: NoteRecord[] = [];
    for (const row of await db.notes.toArray()) {
      if (customers && !(customers.has(row.customerKey) && inPeriod(row.createdAt))) continue;
      const parsed = safe(() => toNoteRecord(row));
      if (parsed) notes.push(parsed);
    }
    const corrections: CorrectionRecord[] = [];
    for (const row of await db.corrections.toArray()) {
      if (customers && !(customers.has(row.customerKey) && inPeriod(row.createdAt))) continue;
      const parsed = correctionRecordSchema.safeParse(row);
      if (parsed.success) corrections.push(parsed.data);
    }
    return logExportSchema.parse({
      format: 'webcare-log',
      version: 1,
      exportedAt: now.toISOString(),
      handled,
      notes: notes.sort(byUid),
      corrections: corrections.sort((a, b) => compare(a.key, b.key)),
    });
  });
}

export interface ImportReport {
  added: { handled: number; notes: number; corrections: number };
  /** Already present (same item, note or correction): merged, not duplicated. */
  merged: { handled: number; notes: number; corrections: number };
}

/** Parses a JSON export (text or object); throws a zod error naming the bad field. */
export function parseLogExport(input: unknown): LogExport {
  const data = typeof input === 'string' ? (JSON.parse(input) as unknown) : input;
  return logExportSchema.parse(data);
}

export async function importLog(db: WebcareDb, input: unknown): Promise<ImportReport> {
  const file = parseLogExport(input);
  return guardQuota(() =>
    db.transaction('rw', db.handled, db.notes, db.corrections, async () => {
      const report: ImportReport = {
        added: { handled: 0, notes: 0, corrections: 0 },
        merged: { handled: 0, notes: 0, corrections: 0 },
      };
      // Keys are recomputed, not trusted: a hand-edited uid must not split one item into two.
      const incoming = new Map<string, HandledRecord>();
      for (const item of file.handled) {
        const uid = handledUid(item);
        const earlier = incoming.get(uid);
        incoming.set(uid, earlier ? mergeHandled(earlier, { ...item, uid }) : { ...item, uid });
      }
      const existing = await db.handled
        .where('uid')
        .anyOf([...incoming.keys()])
        .toArray();
      const existingByUid = new Map(existing.map((row) => [row.uid, row]));
      const writes: HandledRow[] = [];
      for (const [uid, item] of incoming) {
        const row = existingByUid.get(uid);
        if (row) {
          const [current] = checkedHandled([row]);
          writes.push({ ...(current ? mergeHandled(current, item) : item), id: row.id } as HandledRow);
          report.merged.handled++;
        } else {
          writes.push(item as HandledRow);
          report.added.handled++;
        }
      }
      await db.handled.bulkPut(writes);

      const notes = new Map(file.notes.map((note) => [noteUid(note), { ...note, uid: noteUid(note) }]));
      const knownNotes = new Set(
        (
          await db.notes
            .where('uid')
            .anyOf([...notes.keys()])
            .toArray()
        ).map((row: NoteRow) => row.uid),
      );
      const newNotes = [...notes.values()].filter((note) => !knownNotes.has(note.uid));
      await db.notes.bulkAdd(newNotes);
      report.added.notes = newNotes.length;
      report.merged.notes = notes.size - newNotes.length;

      for (const correction of file.corrections) {
        const current = await db.corrections.get(correction.key);
        if (current) report.merged.corrections++;
        else report.added.corrections++;
        // The later correction wins: it is the agent's most recent judgement of that post.
        if (!current || current.createdAt <= correction.createdAt) await db.corrections.put(correction);
      }
      return report;
    }),
  );
}

const csvColumns = [
  'handledAt',
  'platform',
  'threadUrl',
  'targetPostId',
  'customerName',
  'customerHandle',
  'customerKey',
  'category',
  'sarcastic',
  'sarcasmCorrected',
  'categoryCorrected',
  'entryId',
  'agent',
  'postedAt',
  'responseMs',
  'source',
  'ignoredFindings',
  'replyText',
  'excerpt',
] as const satisfies readonly (keyof HandledRecord)[];

/** RFC 4180 CSV of handled items, one row each; cells starting with = + - @ are prefixed so spreadsheets don't run them. */
export function handledToCsv(items: readonly HandledRecord[]): string {
  const lines = [csvColumns.join(',')];
  for (const item of items) {
    lines.push(
      csvColumns
        .map((column) => {
          const value = item[column];
          return csvCell(Array.isArray(value) ? value.join(' ') : value === undefined ? '' : String(value));
        })
        .join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

export function notesToCsv(notes: readonly NoteRecord[]): string {
  const lines = ['createdAt,customerKey,agent,text'];
  for (const note of notes)
    lines.push([note.createdAt, note.customerKey, note.agent, note.text].map(csvCell).join(','));
  return lines.join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  const safeValue = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safeValue) ? `"${safeValue.replace(/"/g, '""')}"` : safeValue;
}

function safe<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byUid = (a: { uid: string }, b: { uid: string }) => compare(a.uid, b.uid);
