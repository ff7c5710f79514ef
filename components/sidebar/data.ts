/**
 * Every piece of stored data the sidebar uses goes through this file, so the phrasebook (issue 4) and the log
 * (issue 6) wire their lib/db functions in here without touching the sidebar's components. Each function below
 * says who owns its slot. All of it runs in the extension's origin (the sidebar page), never in the host page.
 */
import type { CustomerHistoryItem } from '../../lib/analysis/types';
import { phrasebookEntrySchema, type PhrasebookEntry } from '../../lib/phrasebook/schema';
import type { Platform } from '../../lib/thread/schema';
import { loadSettings } from '../common/settings';
import { browser } from '#imports';
import { z } from 'zod';
import type { HistoryEntry } from '../../lib/db/history';
import type { StoredNote } from '../../lib/db/notes';
import {
  correctionRecordSchema,
  customerKeyOf,
  handledRecordSchema,
  noteRecordSchema,
  type CorrectionInput,
  type HandledInput,
  type NoteInput,
} from '../../lib/db/records';
import type { LogRequest, LogResponse } from '../../lib/db/requests';
import { categorySchema, customerHistoryItemSchema } from '../../lib/analysis/types';
import { detectPostedReply, type SnapshotPost } from '../../lib/insights/reply-posted';

export { loadSettings };

/** Which post a verdict is about: a correction or a handled mark is keyed by this. */
export interface PostRef {
  platform: Platform;
  threadUrl: string;
  targetPostId: string;
  customerName: string;
  customerHandle?: string;
}

/**
 * The entries to rank for suggestions (lib/db/phrasebooks, issue 4): every book, personal copies replacing team
 * originals, team variables ({statusUrl}…) already bound. Installs the starter books on first use.
 */
export async function loadPhrasebook(): Promise<PhrasebookEntry[]> {
  try {
    // Loaded by the background (entrypoints/background/phrasebook-entries.ts): IndexedDB may be denied here.
    const answer = (await browser.runtime.sendMessage({ type: 'phrasebook:active-entries' })) as
      { ok: boolean; entries?: unknown } | undefined;
    return answer?.ok ? z.array(phrasebookEntrySchema).parse(answer.entries) : [];
  } catch {
    return [];
  }
}

/** Thrown when the background could not do a log request; `message` is in the UI language when it is known. */
class LogRequestError extends Error {}

/**
 * The log lives in the background (lib/db/requests.ts): the sidebar is an iframe in the host page, where the
 * browser may deny IndexedDB as third-party storage. Each answer is checked with zod here.
 */
async function askLog<T>(request: LogRequest, schema: z.ZodType<T>): Promise<T> {
  const response = (await browser.runtime.sendMessage(request)) as LogResponse | undefined;
  if (!response) throw new LogRequestError('The background did not answer.');
  if (!response.ok) {
    const settings = await loadSettings();
    throw new LogRequestError(
      response.localized ? response.localized[settings.uiLanguage === 'nl' ? 'nl' : 'en'] : response.error,
    );
  }
  return schema.parse(response.value);
}

const historyEntrySchema = handledRecordSchema.extend({ matchedBy: z.enum(['key', 'name']) });
const storedNoteSchema = noteRecordSchema.extend({ id: z.number() });

/** The customer's earlier handled items (lib/db, issue 6), fed to analyze() for repeated_negative. */
export async function loadCustomerHistory(customer: PostRef): Promise<CustomerHistoryItem[]> {
  try {
    return await askLog(
      { type: 'log:history-for-analysis', customerKey: customerKeyOf(customer) },
      z.array(customerHistoryItemSchema),
    );
  } catch {
    return [];
  }
}

/** One-click sarcasm correction, stored per thread + target post in the log database (lib/db/corrections). */
export async function saveSarcasmCorrection(ref: PostRef, sarcastic: boolean): Promise<void> {
  const input: CorrectionInput = {
    platform: ref.platform,
    threadUrl: ref.threadUrl,
    targetPostId: ref.targetPostId,
    customerKey: customerKeyOf(ref),
    sarcastic,
    createdAt: new Date().toISOString(),
  };
  await askLog({ type: 'log:save-correction', input }, correctionRecordSchema);
}

/** The agent's earlier correction for this post, if any. */
export async function loadSarcasmCorrection(ref: PostRef): Promise<boolean | undefined> {
  try {
    const correction = await askLog(
      { type: 'log:get-correction', platform: ref.platform, threadUrl: ref.threadUrl, targetPostId: ref.targetPostId },
      correctionRecordSchema.nullable(),
    );
    return correction?.sarcastic;
  } catch {
    return undefined;
  }
}

/** The agent's category correction for this post (shown next time the post is opened), if any. */
export async function loadCategoryCorrection(ref: PostRef): Promise<string | undefined> {
  try {
    const correction = await askLog(
      { type: 'log:get-correction', platform: ref.platform, threadUrl: ref.threadUrl, targetPostId: ref.targetPostId },
      correctionRecordSchema.nullable(),
    );
    return correction?.category;
  } catch {
    return undefined;
  }
}

export async function saveCategoryCorrection(ref: PostRef, category: string): Promise<void> {
  const input: CorrectionInput = {
    platform: ref.platform,
    threadUrl: ref.threadUrl,
    targetPostId: ref.targetPostId,
    customerKey: customerKeyOf(ref),
    category: categorySchema.parse(category),
    createdAt: new Date().toISOString(),
  };
  await askLog({ type: 'log:save-correction', input }, correctionRecordSchema);
}

export interface HandledDetails {
  category: string;
  sarcastic: boolean;
  sarcasmCorrected?: boolean;
  /** The agent changed the detected category (the stored category is the corrected one). */
  categoryCorrected?: boolean;
  entryId?: string;
  replyText?: string;
  /** The target post's time, for the response time. */
  postedAt?: string;
  /** The target post's text; stored only when the privacy settings allow excerpts (decided in the background). */
  excerpt?: string;
  ignoredFindings?: string[];
  source?: 'marked' | 'posted';
}

/** Record the item as handled (button, shortcut, or the posted reply seen in the thread). */
export async function markHandled(ref: PostRef, details: HandledDetails): Promise<{ ok: boolean; message?: string }> {
  const settings = await loadSettings();
  const category = categorySchema.safeParse(details.category);
  const input: HandledInput = {
    platform: ref.platform,
    threadUrl: ref.threadUrl,
    targetPostId: ref.targetPostId,
    customerName: ref.customerName,
    ...(ref.customerHandle ? { customerHandle: ref.customerHandle } : {}),
    category: category.success ? category.data : 'other',
    sarcastic: details.sarcastic,
    ...(details.sarcasmCorrected ? { sarcasmCorrected: true } : {}),
    ...(details.categoryCorrected ? { categoryCorrected: true } : {}),
    ...(details.entryId ? { entryId: details.entryId } : {}),
    ...(details.replyText ? { replyText: details.replyText } : {}),
    ...(details.postedAt ? { postedAt: details.postedAt } : {}),
    ...(details.excerpt ? { excerpt: details.excerpt.slice(0, 500) } : {}),
    ignoredFindings: details.ignoredFindings ?? [],
    agent: settings.agent.firstName,
    handledAt: new Date().toISOString(),
    source: details.source ?? 'marked',
  };
  try {
    await askLog({ type: 'log:mark-handled', input }, handledRecordSchema);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** A reply the extension put into the composer, waiting to be seen posted (lib/insights/reply-posted.ts). */
interface PendingInsertion {
  ref: PostRef;
  text: string;
  before: SnapshotPost[];
  details: HandledDetails;
}
let pending: PendingInsertion | undefined;

/** Called after a successful insertion: remembers the text and the thread as it was. */
export function rememberInsertion(
  ref: PostRef,
  text: string,
  posts: readonly SnapshotPost[],
  details: HandledDetails,
): void {
  pending = {
    ref,
    text,
    before: posts.map(({ id, text: postText, isBrand }) => ({ id, text: postText, isBrand })),
    details,
  };
}

/**
 * On every thread or draft update: if the remembered reply is now posted (composer empty, brand reply in the
 * thread), log the item once with source "posted". Returns true when it logged.
 */
export async function checkPostedReply(posts: readonly SnapshotPost[], composerText: string): Promise<boolean> {
  const waiting = pending;
  if (!waiting) return false;
  const result = detectPostedReply({ before: waiting.before, after: posts, composerText, insertedText: waiting.text });
  if (!result.posted) return false;
  pending = undefined;
  const outcome = await markHandled(waiting.ref, { ...waiting.details, replyText: waiting.text, source: 'posted' });
  return outcome.ok;
}

/** The customer panel (issue 6): earlier items across platforms, newest first, and the notes on this customer. */
export async function loadCustomerPanel(ref: PostRef): Promise<{ history: HistoryEntry[]; notes: StoredNote[] }> {
  return askLog(
    { type: 'log:customer-panel', customerKey: customerKeyOf(ref), customerName: ref.customerName },
    z.object({ history: z.array(historyEntrySchema), notes: z.array(storedNoteSchema) }),
  );
}

export async function addCustomerNote(ref: PostRef, text: string): Promise<void> {
  const settings = await loadSettings();
  const input: NoteInput = {
    customerKey: customerKeyOf(ref),
    text,
    agent: settings.agent.firstName,
    createdAt: new Date().toISOString(),
  };
  await askLog({ type: 'log:add-note', input }, storedNoteSchema);
}

export async function removeCustomerNote(id: number): Promise<void> {
  await askLog({ type: 'log:delete-note', id }, z.null());
}
