/**
 * The log's message protocol. The sidebar runs in an iframe inside the host page, where the browser may deny
 * (or partition) IndexedDB as third-party storage, so it reaches the database through the background service
 * worker (style.md: the background owns the database). Requests are zod-checked there; `handleLogRequest` is the
 * pure dispatcher, tested in Node with fake-indexeddb.
 */
import { z } from 'zod';
import type { WebcareDb } from './schema';
import { logHandled, StorageFullError } from './log';
import { customerHistory, historyForAnalysis } from './history';
import { addNote, deleteNote, listNotes } from './notes';
import { getCorrection, saveCorrection } from './corrections';
import type { Localized } from '../localized';

const postAt = { platform: z.string(), threadUrl: z.string(), targetPostId: z.string() };

export const logRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('log:history-for-analysis'), customerKey: z.string().min(1) }),
  z.strictObject({
    type: z.literal('log:customer-panel'),
    customerKey: z.string().min(1),
    customerName: z.string(),
  }),
  /** `input` is checked by logHandled (records.ts). */
  z.strictObject({ type: z.literal('log:mark-handled'), input: z.unknown() }),
  z.strictObject({ type: z.literal('log:add-note'), input: z.unknown() }),
  z.strictObject({ type: z.literal('log:delete-note'), id: z.number().int() }),
  z.strictObject({ type: z.literal('log:save-correction'), input: z.unknown() }),
  z.strictObject({ type: z.literal('log:get-correction'), ...postAt }),
]);
export type LogRequest = z.infer<typeof logRequestSchema>;

export type LogResponse = { ok: true; value: unknown } | { ok: false; error: string; localized?: Localized };

export async function handleLogRequest(
  db: WebcareDb,
  request: LogRequest,
  options: { storeExcerpts: boolean },
): Promise<LogResponse> {
  try {
    return { ok: true, value: await dispatch(db, request, options) };
  } catch (error) {
    if (error instanceof StorageFullError) return { ok: false, error: error.message, localized: error.localized };
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

async function dispatch(db: WebcareDb, request: LogRequest, options: { storeExcerpts: boolean }): Promise<unknown> {
  switch (request.type) {
    case 'log:history-for-analysis':
      return historyForAnalysis(db, request.customerKey);
    case 'log:customer-panel': {
      const [history, notes] = await Promise.all([
        customerHistory(db, { customerKey: request.customerKey, customerName: request.customerName }),
        listNotes(db, request.customerKey),
      ]);
      return { history, notes };
    }
    case 'log:mark-handled':
      return logHandled(db, request.input as never, options);
    case 'log:add-note':
      return addNote(db, request.input as never);
    case 'log:delete-note':
      await deleteNote(db, request.id);
      return null;
    case 'log:save-correction':
      return saveCorrection(db, request.input as never);
    case 'log:get-correction':
      return (await getCorrection(db, request)) ?? null;
  }
}
