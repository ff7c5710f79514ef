/** Reads a phrasebook file for the command line: the published document, or a bare array of entries. */
import { z } from 'zod';
import { describeIssues } from '../../lib/thread/parse';
import { phrasebookEntrySchema, type PhrasebookEntry } from '../../lib/phrasebook/schema';
import { readText } from './args';

const fileSchema = z.union([
  z.array(phrasebookEntrySchema),
  z.object({ entries: z.array(phrasebookEntrySchema) }).loose(),
]);

export function loadPhrasebookFile(path: string): PhrasebookEntry[] {
  const text = readText(path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const result = fileSchema.safeParse(data);
  if (!result.success) throw new Error(describeIssues(result.error, text, path));
  return Array.isArray(result.data) ? result.data : result.data.entries;
}
