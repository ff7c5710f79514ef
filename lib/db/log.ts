/**
 * Writing the handled-items log. One item per platform + thread + target post + agent (the `uid` index): the
 * agent's "handled" button and the posted-reply detection may both fire for the same reply, and two tabs may log
 * at once — the unique index and a read-modify-write inside one transaction make all of these one row.
 */
import Dexie from 'dexie';
import type { Localized } from '../localized';
import { handledUid, nameKey, type HandledRow, type WebcareDb } from './schema';
import {
  customerKeyOf,
  handledInputSchema,
  handledRecordSchema,
  toHandledRecord,
  type HandledInput,
  type HandledRecord,
} from './records';

/** The disk (or the browser's quota for the extension) is full; nothing of the failed write was stored. */
export class StorageFullError extends Error {
  readonly localized: Localized;
  constructor(cause: unknown) {
    const localized = {
      en: 'The log could not be saved: the disk is full. Everything saved before is still there. Free up disk space, or export and delete old items (Options → Privacy), then try again.',
      nl: 'Het logboek kon niet worden opgeslagen: de schijf is vol. Alles wat eerder is opgeslagen staat er nog. Maak schijfruimte vrij, of exporteer en verwijder oude items (Opties → Privacy), en probeer het opnieuw.',
    };
    super(localized.en, { cause });
    this.name = 'StorageFullError';
    this.localized = localized;
  }
}

/** True for IndexedDB's QuotaExceededError however Dexie wraps it (directly, as inner error, or in a bulk error). */
export function isQuotaError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const named = current as { name?: string; inner?: unknown; failures?: unknown[] };
    if (named.name === 'QuotaExceededError' || named.name === Dexie.errnames.QuotaExceeded) return true;
    if (named.failures?.some(isQuotaError)) return true;
    current = named.inner ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Runs a write; a quota failure becomes a StorageFullError with a message an agent can act on. */
export async function guardQuota<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
}

export interface LogOptions {
  /** From the privacy settings: false drops the excerpt before anything is stored. */
  storeExcerpts: boolean;
}

/** Validates and derives the stored shape; pure, so import and tests build rows the same way. */
export function buildHandledRecord(input: HandledInput, options: LogOptions): HandledRecord {
  const item = handledInputSchema.parse(input);
  const responseMs =
    item.postedAt !== undefined ? Math.max(0, Date.parse(item.handledAt) - Date.parse(item.postedAt)) : undefined;
  const { excerpt, ...rest } = item;
  return toHandledRecord({
    ...rest,
    ...(options.storeExcerpts && excerpt !== undefined ? { excerpt } : {}),
    uid: handledUid(item),
    customerKey: customerKeyOf(item),
    customerNameKey: nameKey(item.customerName),
    ...(responseMs !== undefined ? { responseMs } : {}),
  });
}

/**
 * Records a handled item and returns it as stored. When the item is already there (the other trigger, another
 * tab), the first handled time stays — the response time is to the first answer — and missing details are added.
 */
export async function logHandled(db: WebcareDb, input: HandledInput, options: LogOptions): Promise<HandledRecord> {
  const record = buildHandledRecord(input, options);
  return guardQuota(() =>
    db.transaction('rw', db.handled, async () => {
      const existing = await db.handled.where('uid').equals(record.uid).first();
      if (!existing) {
        // A copy: Dexie writes the new auto-increment id into the object it is given.
        await db.handled.add({ ...record } as HandledRow);
        return record;
      }
      const merged = mergeHandled(toHandledRecord(existing), record);
      await db.handled.put({ ...merged, id: existing.id } as HandledRow);
      return merged;
    }),
  );
}

/** Two records of the same item: keep the earlier handling, fill gaps from the later one. */
export function mergeHandled(first: HandledRecord, second: HandledRecord): HandledRecord {
  const [earlier, later] = first.handledAt <= second.handledAt ? [first, second] : [second, first];
  const merged: HandledRecord = { ...later, ...definedFields(earlier) };
  merged.ignoredFindings = [...new Set([...earlier.ignoredFindings, ...later.ignoredFindings])];
  return merged;
}

function definedFields<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}

/** Every field of a record, in one order: objects of one shape keep V8's property access fast (insights). */
const recordKeys = Object.keys(handledRecordSchema.shape) as (keyof HandledRecord)[];
function uniform(record: HandledRecord): HandledRecord {
  const shaped: Record<string, unknown> = {};
  for (const key of recordKeys) shaped[key] = record[key];
  return shaped as HandledRecord;
}

/**
 * Rows as stored, checked on the way out; a row that fails is skipped rather than breaking a page. Absent
 * optional fields come back as `undefined` properties so all records share one shape (measured: insights over
 * 100,000 mixed-shape records took up to twice as long).
 */
export function checkedHandled(rows: readonly HandledRow[]): HandledRecord[] {
  const records: HandledRecord[] = [];
  for (const row of rows) {
    try {
      records.push(uniform(toHandledRecord(row)));
    } catch {
      // A malformed row (hand-edited, or from a buggy release) is left in place for export, not shown.
    }
  }
  return records;
}
