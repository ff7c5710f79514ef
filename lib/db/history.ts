/**
 * A customer's earlier items for the sidebar ("contacted before") and for analyze() (repeated_negative, outreach).
 * Looked up by customer key and, across platforms where handles differ or are missing, by name.
 */
import type { CustomerHistoryItem } from '../analysis/types';
import { nameKey, type WebcareDb } from './schema';
import { checkedHandled } from './log';
import type { HandledRecord } from './records';

export interface CustomerRef {
  customerKey: string;
  /** Display name; also matches items on platforms without handles. Names shorter than 2 words are not used. */
  customerName?: string;
}

export interface HistoryEntry extends HandledRecord {
  /** "key" = same handle (or same name on a handle-less site); "name" = same full name on another platform. */
  matchedBy: 'key' | 'name';
}

/** Newest first. A name is matched only when it has two or more words, so "Jan" does not pull in every Jan. */
export async function customerHistory(db: WebcareDb, customer: CustomerRef, limit = 50): Promise<HistoryEntry[]> {
  const byKey = await db.handled.where('customerKey').equals(customer.customerKey).toArray();
  const name = customer.customerName ? nameKey(customer.customerName) : '';
  const byName = name.includes(' ') ? await db.handled.where('customerNameKey').equals(name).toArray() : [];
  const seen = new Set<string>();
  const entries: HistoryEntry[] = [];
  for (const [rows, matchedBy] of [
    [byKey, 'key'],
    [byName, 'name'],
  ] as const) {
    for (const record of checkedHandled(rows)) {
      if (seen.has(record.uid)) continue;
      seen.add(record.uid);
      entries.push({ ...record, matchedBy });
    }
  }
  entries.sort((a, b) => (a.handledAt < b.handledAt ? 1 : a.handledAt > b.handledAt ? -1 : 0));
  return entries.slice(0, limit);
}

/** True when the customer has any earlier item other than the given thread's target. */
export function wasContactedBefore(
  history: readonly HandledRecord[],
  current?: { threadUrl: string; targetPostId: string },
): boolean {
  return history.some(
    (item) => !current || item.threadUrl !== current.threadUrl || item.targetPostId !== current.targetPostId,
  );
}

/** The customer's items in the shape analyze() takes (lib/analysis/types.ts), oldest first. */
export async function historyForAnalysis(db: WebcareDb, customerKey: string): Promise<CustomerHistoryItem[]> {
  const rows = await db.handled.where('customerKey').equals(customerKey).sortBy('handledAt');
  return checkedHandled(rows).map(toHistoryItem);
}

export function toHistoryItem(record: HandledRecord): CustomerHistoryItem {
  return {
    platform: record.platform,
    threadUrl: record.threadUrl,
    ...(record.customerHandle ? { handle: record.customerHandle } : {}),
    category: record.category,
    time: record.postedAt ?? record.handledAt,
    ...(record.replyText ? { reply: record.replyText } : {}),
  };
}
