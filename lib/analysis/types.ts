/** Analysis JSON v1 (shared/docs/contracts.md): what the sidebar shows, as data. */
import { z } from 'zod';
import { platformSchema } from '../thread/schema';

export const languageSchema = z.enum(['nl', 'en', 'other']);
export type Language = z.infer<typeof languageSchema>;

export const categorySchema = z.enum([
  'complaint',
  'question',
  'suggestion',
  'repeated_negative',
  'compliment',
  'other',
]);
export type Category = z.infer<typeof categorySchema>;

export const sarcasmReasonSchema = z.object({
  /** The post the cue was found in (the target itself or an earlier post). */
  postId: z.string(),
  /** A sentence a person can check, e.g. "praise after three complaints about the same delay". */
  cue: z.string(),
});
export type SarcasmReason = z.infer<typeof sarcasmReasonSchema>;

export const sarcasmVerdictSchema = z.object({
  sarcastic: z.boolean(),
  /** 0..1, calibrated: 0.5 is the decision line. */
  score: z.number().min(0).max(1),
  reasons: z.array(sarcasmReasonSchema),
});
export type SarcasmVerdict = z.infer<typeof sarcasmVerdictSchema>;

export const suggestionSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** Filled in; unfilled variables stay as "{name}" and are listed in `missing`. */
  text: z.string(),
  score: z.number(),
  /** Why it was picked, e.g. "matches: vertraging, trein; answers complaints". */
  why: z.string().optional(),
  /** Variables that could not be filled; the entry must not be inserted until they are. */
  missing: z.array(z.string()).optional(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

export const findingKindSchema = z.enum(['cliche', 'outreach', 'tone', 'platform', 'clarity', 'privacy', 'other']);
export type FindingKind = z.infer<typeof findingKindSchema>;

export const severitySchema = z.enum(['hint', 'warning', 'error']);
export type Severity = z.infer<typeof severitySchema>;

export const reportedFindingSchema = z.object({
  ruleId: z.string(),
  kind: findingKindSchema,
  severity: severitySchema,
  message: z.string(),
  /** UTF-16 offsets into the draft. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  suggestions: z.array(z.string()),
  /** Stable key of this finding (rule, words, occurrence): what "ignore once" stores. */
  key: z.string().optional(),
});
export type ReportedFinding = z.infer<typeof reportedFindingSchema>;

export const analysisSchema = z.object({
  language: languageSchema,
  category: categorySchema,
  sarcasm: sarcasmVerdictSchema,
  suggestions: z.array(suggestionSchema),
  findings: z.array(reportedFindingSchema),
  /** The post the analysis is about. */
  targetId: z.string().optional(),
});
export type Analysis = z.infer<typeof analysisSchema>;

/** An earlier handled item of the same customer, from the log: feeds repeated_negative and outreach checks. */
export const customerHistoryItemSchema = z.object({
  platform: platformSchema,
  threadUrl: z.string().optional(),
  handle: z.string().optional(),
  category: categorySchema,
  /** ISO time the customer's post was made or handled. */
  time: z.string(),
  /** What the brand replied (for "the same text to many people"). */
  reply: z.string().optional(),
});
export type CustomerHistoryItem = z.infer<typeof customerHistoryItemSchema>;
