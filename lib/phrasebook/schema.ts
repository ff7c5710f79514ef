// PLACEHOLDER shape (owned by the phrasebook work, issue 4): extended there.
import { z } from 'zod';

export const phrasebookEntrySchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  text: z.object({ nl: z.string().optional(), en: z.string().optional() }),
  folder: z.string().default(''),
  tags: z.array(z.string()).default([]),
  categories: z.array(z.string()).default([]),
});
export type PhrasebookEntry = z.infer<typeof phrasebookEntrySchema>;
