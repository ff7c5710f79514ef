/**
 * Every piece of stored data the sidebar uses goes through this file, so the phrasebook (issue 4) and the log
 * (issue 6) wire their lib/db functions in here without touching the sidebar's components. Each function below
 * says who owns its slot. All of it runs in the extension's origin (the sidebar page), never in the host page.
 */
import { browser } from '#imports';
import type { CustomerHistoryItem } from '../../lib/analysis/types';
import type { PhrasebookEntry } from '../../lib/phrasebook/schema';
import type { Platform } from '../../lib/thread/schema';
import { loadSettings } from '../common/settings';

export { loadSettings };

/** Which post a verdict is about: a correction or a handled mark is keyed by this. */
export interface PostRef {
  platform: Platform;
  threadUrl: string;
  targetPostId: string;
  customerName: string;
  customerHandle?: string;
}

/** SLOT (issue 4, phrasebook): the entries to rank for suggestions. Until wired, no suggestions are shown. */
export async function loadPhrasebook(): Promise<PhrasebookEntry[]> {
  return [];
}

/** SLOT (issue 6, log): the customer's earlier handled items, fed to analyze() for repeated_negative. */
export async function loadCustomerHistory(_customer: PostRef): Promise<CustomerHistoryItem[]> {
  return [];
}

const correctionsKey = 'webcare:sarcasm-corrections';
const correctionRef = (ref: PostRef) => `${ref.platform}|${ref.threadUrl}|${ref.targetPostId}`;

/**
 * One-click sarcasm correction. Kept in browser.storage.local until the log (issue 6) backs it with
 * lib/db corrections; the signature stays.
 */
export async function saveSarcasmCorrection(ref: PostRef, sarcastic: boolean): Promise<void> {
  const stored = (await browser.storage.local.get(correctionsKey))[correctionsKey];
  const all = stored && typeof stored === 'object' ? (stored as Record<string, boolean>) : {};
  await browser.storage.local.set({ [correctionsKey]: { ...all, [correctionRef(ref)]: sarcastic } });
}

/** The agent's earlier correction for this post, if any. */
export async function loadSarcasmCorrection(ref: PostRef): Promise<boolean | undefined> {
  const stored = (await browser.storage.local.get(correctionsKey))[correctionsKey];
  const value =
    stored && typeof stored === 'object' ? (stored as Record<string, unknown>)[correctionRef(ref)] : undefined;
  return typeof value === 'boolean' ? value : undefined;
}

/** SLOT (issue 6, log): record the item as handled (button and shortcut in the sidebar). */
export async function markHandled(
  _ref: PostRef,
  _details: { category: string; sarcastic: boolean; entryId?: string; replyText?: string },
): Promise<{ ok: boolean; message?: string }> {
  return { ok: false, message: 'log not available yet' };
}
