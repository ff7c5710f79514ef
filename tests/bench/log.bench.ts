/**
 * log_insights_100k / log_history_100k / log_forget_100k (contracts.md): 100,000 handled items in fake-indexeddb
 * (Node), 5,000 customers × 20 items across platforms. Setup fills the database once (shared by the three cases).
 * - insights: computeInsights over the rows as the insights page holds them (loaded once, recomputed per filter).
 *   Loading the rows from IndexedDB is reported as load_ms (once).
 * - history: one customer's history by handle and full name, a different customer each run.
 * - forget: erasing one person (items, notes, corrections) in one transaction, a different person each run.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { performance } from 'node:perf_hooks';
import { defineBench } from '../../scripts/bench-harness';
import { WebcareDb, type HandledRow } from '../../lib/db/schema';
import { buildHandledRecord, checkedHandled } from '../../lib/db/log';
import { customerHistory } from '../../lib/db/history';
import { forgetPerson } from '../../lib/db/forget';
import { computeInsights } from '../../lib/insights/stats';
import { categorySchema } from '../../lib/analysis/types';
import type { HandledRecord } from '../../lib/db/records';

const customers = 5_000;
const perCustomer = 20;
const platforms = ['x', 'facebook', 'linkedin'] as const;
const agents = ['Sam', 'Noor', 'Eva', 'Joris'];
const firstNames = ['Annelies', 'Jan', 'Fatima', 'Pieter', 'Sanne', 'Mohamed', 'Lotte', 'Daan', 'Emma', 'Bram'];
const complaints = [
  'Mijn trein naar Utrecht is weer te laat, al de derde keer deze week',
  'OV-chipkaart geblokkeerd en niemand neemt de telefoon op',
  'Waarom is de app steeds offline als ik wil inchecken',
  'My refund still has not arrived after three weeks',
  'The train was cancelled again and no replacement bus',
  'Storing op het spoor bij Amersfoort, hoe lang nog?',
];
const questions = [
  'Hoe vraag ik geld terug bij vertraging?',
  'Can I take my bike on the train during rush hour?',
  'Waar vind ik mijn reishistorie in de app?',
  'How do I get a refund for a delayed ticket?',
];

// Deterministic pseudo-random numbers so every run measures the same data.
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

interface Shared {
  db: WebcareDb;
  rows: HandledRecord[];
  loadMs: number;
}
let shared: Promise<Shared> | undefined;

function fill(): Promise<Shared> {
  shared ??= (async () => {
    const db = new WebcareDb('bench', { indexedDB: new IDBFactory(), IDBKeyRange });
    const next = random(42);
    const start = Date.parse('2026-05-01T00:00:00Z');
    const rows: HandledRow[] = [];
    for (let customer = 0; customer < customers; customer++) {
      const name = `${firstNames[customer % firstNames.length]} Klant${customer}`;
      for (let item = 0; item < perCustomer; item++) {
        const platform = platforms[Math.floor(next() * platforms.length)] ?? 'x';
        const posted = start + Math.floor(next() * 180 * 86_400_000);
        const category = categorySchema.options[Math.floor(next() * categorySchema.options.length)] ?? 'other';
        const texts = category === 'question' ? questions : complaints;
        rows.push(
          buildHandledRecord(
            {
              platform,
              threadUrl: `https://${platform}.example/t/${customer}-${item}`,
              targetPostId: `p${item}`,
              customerName: name,
              ...(platform === 'x' ? { customerHandle: `@c${customer}` } : {}),
              category,
              sarcastic: next() < 0.12,
              ignoredFindings: [],
              agent: agents[Math.floor(next() * agents.length)] ?? 'Sam',
              postedAt: new Date(posted).toISOString(),
              handledAt: new Date(posted + Math.floor(next() * next() * 30 * 3_600_000)).toISOString(),
              ...(next() < 0.7 ? { entryId: `entry-${Math.floor(next() * next() * 200)}` } : {}),
              excerpt: `${texts[Math.floor(next() * texts.length)]} #${item}`,
            },
            { storeExcerpts: true },
          ) as HandledRow,
        );
      }
    }
    await db.handled.bulkAdd(rows);
    await db.notes.bulkAdd(
      Array.from({ length: customers }, (_, customer) => ({
        uid: `c${customer}|2026-06-01T00:00:00.000Z|Sam`,
        customerKey: `c${customer}`,
        text: 'Called back, refund promised',
        agent: 'Sam',
        createdAt: '2026-06-01T00:00:00.000Z',
      })),
    );
    const loadStart = performance.now();
    const loaded = checkedHandled(await db.handled.toArray());
    return { db, rows: loaded, loadMs: performance.now() - loadStart };
  })();
  return shared;
}

let historyCustomer = 0;
let forgetCustomer = 2_000;

export default [
  defineBench({
    name: 'log_insights_100k',
    setup: fill,
    run: ({ rows }) => computeInsights(rows, {}, { timeZone: 'Europe/Amsterdam' }),
    extra: ({ rows, loadMs }) => ({ items: rows.length, load_ms: Math.round(loadMs) }),
    runs: 30,
    warmup: 3,
  }),
  defineBench({
    name: 'log_history_100k',
    setup: fill,
    run: ({ db }) => {
      const customer = historyCustomer++ % 2_000;
      return customerHistory(db, {
        customerKey: `c${customer}`,
        customerName: `${firstNames[customer % firstNames.length]} Klant${customer}`,
      });
    },
    extra: async ({ db }) => ({
      // Customer 7 has 20 items: those on X by handle, the rest (Facebook, LinkedIn) by full name.
      items_found: (await customerHistory(db, { customerKey: 'c7', customerName: `${firstNames[7]} Klant7` })).length,
    }),
  }),
  defineBench({
    name: 'log_forget_100k',
    setup: fill,
    run: ({ db }) => forgetPerson(db, `@c${forgetCustomer++}`),
    extra: async ({ db }) => ({ items_left: await db.handled.count() }),
    runs: 100,
    warmup: 10,
  }),
];
