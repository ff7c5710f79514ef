/**
 * The one Dexie database (shared/docs/architecture.md). Every version ever shipped stays listed here so old
 * databases upgrade; tests/db/migrations.test.ts opens each with data. Opened only in extension pages and the
 * background, never in a content script (that IndexedDB would belong to the host site).
 *
 * The class takes its IndexedDB from the caller so Node tests can pass fake-indexeddb.
 *
 * Versions:
 *  1  phrasebooks, entries, handled, notes, corrections.
 *  2  handled gets `uid` (unique: one item per platform + thread + target post + agent, so two tabs or an import
 *     cannot duplicate it) and `customerNameKey` (find a person by name without a table scan); notes get `uid`
 *     (import merges without duplicates); notes and corrections get a `createdAt` index (retention).
 */
import Dexie, { type DexieOptions, type EntityTable, type Transaction } from 'dexie';

/** Row types are plain records; their zod schemas live beside the functions that write them (records.ts). */
export interface PhrasebookRow {
  id: string;
  name: string;
  /** "team" books are read-only for agents; "own" books are the agent's. */
  kind: 'team' | 'own';
  /** Subscription address, for team books. */
  sourceUrl?: string;
  etag?: string;
  lastModified?: string;
  updatedAt: string;
}
export interface EntryRow {
  /** `${bookId}/${entryId}` */
  key: string;
  bookId: string;
  id: string;
  /** The zod-checked entry as JSON data. */
  entry: unknown;
  updatedAt: string;
}
export interface HandledRow {
  id?: number;
  /** Since v2: `${platform}|${threadUrl}|${targetPostId}|${agent}`, unique. */
  uid: string;
  platform: string;
  threadUrl: string;
  targetPostId: string;
  /** Lower-cased handle without "@", or "name:<lower-cased name>" where the site has no handles. */
  customerKey: string;
  customerName: string;
  /** Since v2: lower-cased, trimmed customerName, so a person is found by name across platforms. */
  customerNameKey: string;
  customerHandle?: string;
  category: string;
  sarcastic: boolean;
  sarcasmCorrected?: boolean;
  categoryCorrected?: boolean;
  entryId?: string;
  replyText?: string;
  ignoredFindings: string[];
  agent: string;
  postedAt?: string;
  handledAt: string;
  /** Milliseconds from postedAt to handledAt, when postedAt is known. */
  responseMs?: number;
  excerpt?: string;
  /** How the item was recorded: the agent's button/shortcut, or the posted reply being seen in the thread. */
  source?: 'marked' | 'posted';
}
export interface NoteRow {
  id?: number;
  /** Since v2: `${customerKey}|${createdAt}|${agent}`, unique. */
  uid: string;
  customerKey: string;
  text: string;
  agent: string;
  createdAt: string;
}
export interface CorrectionRow {
  /** `${platform}|${threadUrl}|${targetPostId}` */
  key: string;
  customerKey: string;
  sarcastic?: boolean;
  category?: string;
  createdAt: string;
}

/** One schema step: the stores it declares and the upgrade that brings rows of the previous version along. */
export interface DbVersion {
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const handledUid = (row: { platform: string; threadUrl: string; targetPostId: string; agent: string }) =>
  `${row.platform}|${row.threadUrl}|${row.targetPostId}|${row.agent}`;
export const noteUid = (row: { customerKey: string; createdAt: string; agent: string }) =>
  `${row.customerKey}|${row.createdAt}|${row.agent}`;
export const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

export const dbVersions: readonly DbVersion[] = [
  {
    version: 1,
    stores: {
      phrasebooks: 'id, kind',
      entries: 'key, bookId',
      handled: '++id, customerKey, handledAt, platform, threadUrl, category, agent',
      notes: '++id, customerKey',
      corrections: 'key, customerKey',
    },
  },
  {
    version: 2,
    stores: {
      handled: '++id, &uid, customerKey, customerNameKey, handledAt, platform, threadUrl, category, agent',
      notes: '++id, &uid, customerKey, createdAt',
      corrections: 'key, customerKey, createdAt',
    },
    upgrade: async (tx) => {
      // v1 had no uniqueness: two identical v1 rows must both survive, so a repeat gets its old id appended.
      const seen = new Set<string>();
      await tx
        .table('handled')
        .toCollection()
        .modify((row: HandledRow & { id: number }) => {
          let uid = handledUid(row);
          if (seen.has(uid)) uid = `${uid}#${row.id}`;
          seen.add(uid);
          row.uid = uid;
          row.customerNameKey = nameKey(row.customerName ?? '');
        });
      const seenNotes = new Set<string>();
      await tx
        .table('notes')
        .toCollection()
        .modify((row: NoteRow & { id: number }) => {
          let uid = noteUid(row);
          if (seenNotes.has(uid)) uid = `${uid}#${row.id}`;
          seenNotes.add(uid);
          row.uid = uid;
        });
    },
  },
];

export const latestDbVersion = dbVersions.at(-1)?.version ?? 1;

/** Declares versions 1..upTo on a Dexie instance; tests use it to create databases as older releases did. */
export function declareVersions(db: Dexie, upTo = latestDbVersion): void {
  for (const step of dbVersions) {
    if (step.version > upTo) break;
    const declared = db.version(step.version).stores(step.stores);
    if (step.upgrade) declared.upgrade(step.upgrade);
  }
}

export class WebcareDb extends Dexie {
  phrasebooks!: EntityTable<PhrasebookRow, 'id'>;
  entries!: EntityTable<EntryRow, 'key'>;
  handled!: EntityTable<HandledRow, 'id'>;
  notes!: EntityTable<NoteRow, 'id'>;
  corrections!: EntityTable<CorrectionRow, 'key'>;

  constructor(name = 'webcare', options?: DexieOptions) {
    super(name, options);
    declareVersions(this);
  }
}
