/**
 * Phrasebook format v1 (contracts.md, published as schemas/phrasebook.schema.json): the entries a team shares and
 * the document they travel in (import/export, subscription). Strict: an unknown field is a mistake in a hand-edited
 * file, so it is rejected with its name rather than silently dropped.
 */
import { z } from 'zod';
import { platformSchema } from '../thread/schema';

/** What kind of message an entry answers; the first five mirror Analysis categories, the last three are situations. */
export const phrasebookCategorySchema = z.enum([
  'complaint',
  'question',
  'suggestion',
  'repeated_negative',
  'compliment',
  'holding',
  'outside_hours',
  'crisis',
]);
export type PhrasebookCategory = z.infer<typeof phrasebookCategorySchema>;

/** A variable name as written between braces: `{firstName}`, `{statusUrl}`. */
export const variableNameSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, 'a variable name is a letter followed by letters, digits or _');

/** Limits keep a hostile or broken file from filling the database; real entries are far below them. */
const MAX_TEXT = 5000;
const shortText = (max: number) => z.string().max(max);

export const entryTextSchema = z
  .strictObject({
    nl: z.string().min(1).max(MAX_TEXT).optional(),
    en: z.string().min(1).max(MAX_TEXT).optional(),
  })
  .refine((text) => text.nl !== undefined || text.en !== undefined, {
    message: 'an entry needs a Dutch (nl) or English (en) text, or both',
  });

export const phrasebookEntrySchema = z.strictObject({
  /** Unique within its phrasebook; stable across versions so imports and subscriptions can tell changes apart. */
  id: z
    .string()
    .min(1)
    .max(120)
    .regex(/^[^\s/]+$/, 'an id has no spaces or "/"'),
  title: z.string().trim().min(1).max(200),
  /** The reply, with variables such as `{firstName}`; `{{` and `}}` write a literal brace. */
  text: entryTextSchema,
  /** Folder path, "/"-separated ("Refunds/Tickets"); "" = top level. */
  folder: shortText(200).default(''),
  /** Keywords the ranking weighs like the title; no ";" (the CSV list separator). */
  tags: z
    .array(
      z
        .string()
        .trim()
        .min(1)
        .max(60)
        .regex(/^[^;\n\r]+$/, 'a tag has no ";" or line break'),
    )
    .max(40)
    .default([]),
  /** Categories and situations it answers; empty = any. */
  categories: z.array(phrasebookCategorySchema).default([]),
  /** Platforms it fits; empty = all. */
  platforms: z.array(platformSchema).default([]),
  /** Dutch je/jij vs u/uw; absent = fits either. */
  voice: z.enum(['informal', 'formal']).optional(),
  author: shortText(200).default(''),
  /** ISO 8601 time of the last change. */
  updatedAt: z.iso.datetime({ offset: true }).optional(),
  /** For an agent's personal copy of a team entry: `${teamBookId}/${entryId}`, so the copy replaces the original. */
  copyOf: z.string().min(3).max(240).optional(),
});
/** An entry as stored and ranked (defaults applied). */
export type PhrasebookEntry = z.infer<typeof phrasebookEntrySchema>;
/** An entry as written in a file (defaults may be left out). */
export type PhrasebookEntryInput = z.input<typeof phrasebookEntrySchema>;

export const phrasebookKindSchema = z.enum(['team', 'own']);
export type PhrasebookKind = z.infer<typeof phrasebookKindSchema>;

export const phrasebookSchema = z
  .strictObject({
    version: z.literal(1),
    id: z
      .string()
      .min(1)
      .max(120)
      .regex(/^[^\s/]+$/, 'an id has no spaces or "/"'),
    name: z.string().trim().min(1).max(200),
    /** "team" books are read-only for agents; "own" books are the agent's. */
    kind: phrasebookKindSchema,
    /** Team-defined variables and their values, e.g. `{"statusUrl": "https://status.example.org"}`. */
    variables: z.record(variableNameSchema, z.string().max(1000)).default({}),
    entries: z.array(phrasebookEntrySchema).max(50_000),
  })
  .superRefine((book, ctx) => {
    const seen = new Set<string>();
    book.entries.forEach((entry, index) => {
      if (seen.has(entry.id)) {
        ctx.addIssue({ code: 'custom', path: ['entries', index, 'id'], message: `duplicate entry id "${entry.id}"` });
      }
      seen.add(entry.id);
    });
  });
export type Phrasebook = z.infer<typeof phrasebookSchema>;
export type PhrasebookInput = z.input<typeof phrasebookSchema>;

/** Synonym groups per language (lib/phrasebook/data/synonyms.json): each word is read as the group's first word. */
export const synonymListSchema = z.strictObject({
  nl: z.array(z.array(z.string().min(1)).min(2)),
  en: z.array(z.array(z.string().min(1)).min(2)),
});
export type SynonymList = z.infer<typeof synonymListSchema>;
