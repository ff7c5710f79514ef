/**
 * zod schemas for everything the log stores, checked on the way in (logHandled, addNote, import) and on the way
 * out (history, export), so a row written by an older release or edited by hand cannot reach the UI unchecked.
 */
import { z } from 'zod';
import { platformSchema } from '../thread/schema';
import { categorySchema } from '../analysis/types';

/** Any ISO 8601 instant in, UTC "…Z" out, so stored times compare as strings (retention, periods, sorting). */
const isoTime = z
  .string()
  .datetime({ offset: true })
  .transform((time) => new Date(time).toISOString());

/** What a caller gives to record a handled item; keys and response time are derived. */
export const handledInputSchema = z.strictObject({
  platform: platformSchema,
  threadUrl: z.string().min(1),
  targetPostId: z.string().min(1),
  customerName: z.string(),
  /** With or without "@"; absent on sites without handles (Facebook pages, LinkedIn). */
  customerHandle: z.string().optional(),
  category: categorySchema,
  sarcastic: z.boolean(),
  /** True when the agent overrode the detector's verdict or category. */
  sarcasmCorrected: z.boolean().optional(),
  /** True when the agent changed the detected category; `category` is then the corrected one. */
  categoryCorrected: z.boolean().optional(),
  /** Phrasebook entry the reply came from. */
  entryId: z.string().optional(),
  replyText: z.string().optional(),
  /** Rule ids of draft findings the agent left in. */
  ignoredFindings: z.array(z.string()).default([]),
  agent: z.string(),
  /** When the customer posted (the target post's time). */
  postedAt: isoTime.optional(),
  handledAt: isoTime,
  /** The customer's post text; dropped when the privacy settings say not to store excerpts. */
  excerpt: z.string().optional(),
  source: z.enum(['marked', 'posted']).optional(),
});
export type HandledInput = z.input<typeof handledInputSchema>;

/** A stored handled item (without the local auto-increment id, which differs per machine). */
export const handledRecordSchema = z.strictObject({
  uid: z.string().min(1),
  platform: platformSchema,
  threadUrl: z.string().min(1),
  targetPostId: z.string().min(1),
  customerKey: z.string().min(1),
  customerName: z.string(),
  customerNameKey: z.string(),
  customerHandle: z.string().optional(),
  category: categorySchema,
  sarcastic: z.boolean(),
  sarcasmCorrected: z.boolean().optional(),
  categoryCorrected: z.boolean().optional(),
  entryId: z.string().optional(),
  replyText: z.string().optional(),
  ignoredFindings: z.array(z.string()),
  agent: z.string(),
  postedAt: isoTime.optional(),
  handledAt: isoTime,
  responseMs: z.number().min(0).optional(),
  excerpt: z.string().optional(),
  source: z.enum(['marked', 'posted']).optional(),
});
export type HandledRecord = z.infer<typeof handledRecordSchema>;

export const noteInputSchema = z.strictObject({
  customerKey: z.string().min(1),
  text: z.string().trim().min(1).max(2000),
  agent: z.string(),
  createdAt: isoTime,
});
export type NoteInput = z.input<typeof noteInputSchema>;

export const noteRecordSchema = noteInputSchema.extend({ uid: z.string().min(1), text: z.string() });
export type NoteRecord = z.infer<typeof noteRecordSchema>;

export const correctionInputSchema = z.strictObject({
  platform: platformSchema,
  threadUrl: z.string().min(1),
  targetPostId: z.string().min(1),
  customerKey: z.string().min(1),
  sarcastic: z.boolean().optional(),
  category: categorySchema.optional(),
  createdAt: isoTime,
});
export type CorrectionInput = z.input<typeof correctionInputSchema>;

export const correctionRecordSchema = z.strictObject({
  key: z.string().min(1),
  customerKey: z.string().min(1),
  sarcastic: z.boolean().optional(),
  category: categorySchema.optional(),
  createdAt: isoTime,
});
export type CorrectionRecord = z.infer<typeof correctionRecordSchema>;

/** The JSON export: what "export" writes and "import" reads. */
export const logExportSchema = z.strictObject({
  format: z.literal('webcare-log'),
  version: z.literal(1),
  exportedAt: isoTime,
  handled: z.array(handledRecordSchema),
  notes: z.array(noteRecordSchema),
  corrections: z.array(correctionRecordSchema),
});
export type LogExport = z.infer<typeof logExportSchema>;

/** Lower-cased handle without "@", or "name:<name>" where the site gives no handle. */
export function customerKeyOf(customer: { customerHandle?: string | undefined; customerName: string }): string {
  const handle = customer.customerHandle?.trim().replace(/^@/, '').toLowerCase();
  if (handle) return handle;
  return `name:${customer.customerName.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

/** Strips Dexie's local id and fields a record schema does not know, then checks the rest. */
export function toHandledRecord(row: object): HandledRecord {
  const { id: _id, ...rest } = row as { id?: number };
  return handledRecordSchema.parse(rest);
}
export function toNoteRecord(row: object): NoteRecord {
  const { id: _id, ...rest } = row as { id?: number };
  return noteRecordSchema.parse(rest);
}
