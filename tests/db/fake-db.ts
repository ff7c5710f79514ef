/** A fresh in-memory IndexedDB per test (fake-indexeddb), and sample items. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { WebcareDb } from '../../lib/db/schema';
import type { HandledInput } from '../../lib/db/records';

export function freshFactory() {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

export function openTestDb(factory = freshFactory(), name = 'webcare-test'): WebcareDb {
  return new WebcareDb(name, factory);
}

export function sampleItem(overrides: Partial<HandledInput> = {}): HandledInput {
  return {
    platform: 'x',
    threadUrl: 'https://x.com/annelies/status/1',
    targetPostId: 'p1',
    customerName: 'Annelies Meijer',
    customerHandle: '@Annelies',
    category: 'complaint',
    sarcastic: false,
    ignoredFindings: [],
    agent: 'Sam',
    postedAt: '2026-11-20T08:00:00Z',
    handledAt: '2026-11-20T08:45:00Z',
    excerpt: 'Mijn trein is weer te laat',
    ...overrides,
  };
}
