/**
 * Every piece of stored data the sidebar uses goes through this file, so the phrasebook (issue 4) and the log
 * (issue 6) wire their lib/db functions in here without touching the sidebar's components. Each function below
 * says who owns its slot. All of it runs in the extension's origin (the sidebar page), never in the host page.
 */
import type { CustomerHistoryItem } from '../../lib/analysis/types';
import type { PhrasebookEntry } from '../../lib/phrasebook/schema';
import type { Platform } from '../../lib/thread/schema';
import { loadSettings } from '../common/settings';
import { webcareDb } from '../../lib/db/open';
import { customerHistory, historyForAnalysis, type HistoryEntry } from '../../lib/db/history';
import { addNote, deleteNote, listNotes, type StoredNote } from '../../lib/db/notes';
import { customerKeyOf } from '../../lib/db/records';
import { getCorrection, saveCorrection } from '../../lib/db/corrections';
import { logHandled, StorageFullError } from '../../lib/db/log';
import { categorySchema } from '../../lib/analysis/types';
import { detectPostedReply, type SnapshotPost } from '../../lib/insights/reply-posted';
import { loadActivePhrasebook } from '../../lib/db/phrasebooks';
import { bindTeamVariables } from '../../lib/phrasebook/fill';
import { starterPhrasebooks } from '../../lib/phrasebook/starter';

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
    const { entries, variables } = await loadActivePhrasebook(webcareDb(), starterPhrasebooks());
    return bindTeamVariables(entries, variables);
  } catch {
    return [];
  }
}

/** The customer's earlier handled items (lib/db, issue 6), fed to analyze() for repeated_negative. */
export async function loadCustomerHistory(customer: PostRef): Promise<CustomerHistoryItem[]> {
  try {
    return await historyForAnalysis(webcareDb(), customerKeyOf(customer));
  } catch {
    return [];
  }
}

/** One-click sarcasm correction, stored per thread + target post in the log database (lib/db/corrections). */
export async function saveSarcasmCorrection(ref: PostRef, sarcastic: boolean): Promise<void> {
  await saveCorrection(webcareDb(), {
    platform: ref.platform,
    threadUrl: ref.threadUrl,
    targetPostId: ref.targetPostId,
    customerKey: customerKeyOf(ref),
    sarcastic,
    createdAt: new Date().toISOString(),
  });
}

/** The agent's earlier correction for this post, if any. */
export async function loadSarcasmCorrection(ref: PostRef): Promise<boolean | undefined> {
  try {
    return (await getCorrection(webcareDb(), ref))?.sarcastic;
  } catch {
    return undefined;
  }
}

export interface HandledDetails {
  category: string;
  sarcastic: boolean;
  sarcasmCorrected?: boolean;
  entryId?: string;
  replyText?: string;
  /** The target post's time, for the response time. */
  postedAt?: string;
  /** The target post's text; stored only when the privacy settings allow excerpts. */
  excerpt?: string;
  ignoredFindings?: string[];
  source?: 'marked' | 'posted';
}

/** Record the item as handled (button, shortcut, or the posted reply seen in the thread). */
export async function markHandled(ref: PostRef, details: HandledDetails): Promise<{ ok: boolean; message?: string }> {
  const settings = await loadSettings();
  const category = categorySchema.safeParse(details.category);
  try {
    await logHandled(
      webcareDb(),
      {
        platform: ref.platform,
        threadUrl: ref.threadUrl,
        targetPostId: ref.targetPostId,
        customerName: ref.customerName,
        ...(ref.customerHandle ? { customerHandle: ref.customerHandle } : {}),
        category: category.success ? category.data : 'other',
        sarcastic: details.sarcastic,
        ...(details.sarcasmCorrected ? { sarcasmCorrected: true } : {}),
        ...(details.entryId ? { entryId: details.entryId } : {}),
        ...(details.replyText ? { replyText: details.replyText } : {}),
        ...(details.postedAt ? { postedAt: details.postedAt } : {}),
        ...(details.excerpt ? { excerpt: details.excerpt.slice(0, 500) } : {}),
        ignoredFindings: details.ignoredFindings ?? [],
        agent: settings.agent.firstName,
        handledAt: new Date().toISOString(),
        source: details.source ?? 'marked',
      },
      { storeExcerpts: settings.privacy.storeExcerpts },
    );
    return { ok: true };
  } catch (error) {
    if (error instanceof StorageFullError) {
      return { ok: false, message: settings.uiLanguage === 'nl' ? error.localized.nl : error.localized.en };
    }
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
  const db = webcareDb();
  const customerKey = customerKeyOf(ref);
  const [history, notes] = await Promise.all([
    customerHistory(db, { customerKey, customerName: ref.customerName }),
    listNotes(db, customerKey),
  ]);
  return { history, notes };
}

export async function addCustomerNote(ref: PostRef, text: string): Promise<void> {
  const settings = await loadSettings();
  await addNote(webcareDb(), {
    customerKey: customerKeyOf(ref),
    text,
    agent: settings.agent.firstName,
    createdAt: new Date().toISOString(),
  });
}

export async function removeCustomerNote(id: number): Promise<void> {
  await deleteNote(webcareDb(), id);
}
