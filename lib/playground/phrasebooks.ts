/**
 * The starter phrasebooks feed the playground's suggestions. The caller hands over whatever phrasebook files its
 * bundler found (maybe none); each is validated, and a broken or missing one only costs its own entries.
 */
import { phrasebookEntrySchema, phrasebookSchema, type PhrasebookEntry } from '../phrasebook/schema';

export interface LoadedPhrasebooks {
  entries: PhrasebookEntry[];
  /** Team variables from the books, e.g. statusUrl, for filling templates. */
  variables: Record<string, string>;
  /** One line per file that could not be used. */
  problems: string[];
}

export function readPhrasebookModules(modules: Readonly<Record<string, unknown>>): LoadedPhrasebooks {
  const entries: PhrasebookEntry[] = [];
  const variables: Record<string, string> = {};
  const problems: string[] = [];
  for (const [path, module] of Object.entries(modules).sort(([a], [b]) => a.localeCompare(b))) {
    const data = isModule(module) ? module.default : module;
    if (Array.isArray(data)) {
      // A bare list of entries: keep the valid ones.
      let skipped = 0;
      for (const item of data) {
        const entry = phrasebookEntrySchema.safeParse(item);
        if (entry.success) entries.push(entry.data);
        else skipped++;
      }
      if (skipped > 0) problems.push(`${path}: ${skipped} invalid entries skipped`);
      continue;
    }
    const book = phrasebookSchema.safeParse(data);
    if (!book.success) {
      problems.push(`${path}: ${book.error.issues[0]?.message ?? 'not a phrasebook'}`);
      continue;
    }
    entries.push(...book.data.entries);
    for (const [name, value] of Object.entries(book.data.variables)) if (value !== '') variables[name] = value;
  }
  return { entries, variables, problems };
}

function isModule(value: unknown): value is { default: unknown } {
  return typeof value === 'object' && value !== null && 'default' in value && !Array.isArray(value);
}
