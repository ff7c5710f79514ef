/**
 * The one Dexie database (shared/docs/architecture.md). Every version ever shipped stays listed here so old
 * databases upgrade; tests/db/migrations.test.ts opens each with data. Opened only in extension pages and the
 * background, never in a content script (that IndexedDB would belong to the host site).
 *
 * The class takes its IndexedDB from the caller so Node tests can pass fake-indexeddb.
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';

/** Row types are plain records; their zod schemas live beside the functions that write them. */
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
  platform: string;
  threadUrl: string;
  targetPostId: string;
  /** Lower-cased handle without "@", or "name:<lower-cased name>" where the site has no handles. */
  customerKey: string;
  customerName: string;
  customerHandle?: string;
  category: string;
  sarcastic: boolean;
  sarcasmCorrected?: boolean;
  entryId?: string;
  replyText?: string;
  ignoredFindings: string[];
  agent: string;
  postedAt?: string;
  handledAt: string;
  /** Milliseconds from postedAt to handledAt, when postedAt is known. */
  responseMs?: number;
  excerpt?: string;
}
export interface NoteRow {
  id?: number;
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

export class WebcareDb extends Dexie {
  phrasebooks!: EntityTable<PhrasebookRow, 'id'>;
  entries!: EntityTable<EntryRow, 'key'>;
  handled!: EntityTable<HandledRow, 'id'>;
  notes!: EntityTable<NoteRow, 'id'>;
  corrections!: EntityTable<CorrectionRow, 'key'>;

  constructor(name = 'webcare', options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      phrasebooks: 'id, kind',
      entries: 'key, bookId',
      handled: '++id, customerKey, handledAt, platform, threadUrl, category, agent',
      notes: '++id, customerKey',
      corrections: 'key, customerKey',
    });
  }
}
