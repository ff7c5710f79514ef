import type { z } from 'zod';
import { formatJsonPath, locateJsonPaths } from './json-lines';
import { threadSchema, type Thread } from './schema';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Parse a Thread JSON document given as text. Errors name the field and, where the field can be found in the
 * text, its line, so a trainer can fix a shared file by hand.
 */
export function parseThreadText(text: string, source = 'thread'): ParseResult<Thread> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `${source}: not valid JSON (${(error as Error).message})` };
  }
  const result = threadSchema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: describeIssues(result.error, text, source) };
}

/** One line per issue: "file:12: posts[2].time: Invalid ISO datetime". */
export function describeIssues(error: z.ZodError, text: string | undefined, source: string): string {
  const lines = text !== undefined ? locateJsonPaths(text) : new Map<string, number>();
  return error.issues
    .map((issue) => {
      const base = formatJsonPath(issue.path);
      const fields =
        issue.code === 'unrecognized_keys' ? issue.keys.map((key) => (base ? `${base}.${key}` : key)) : [base];
      return fields
        .map((field) => {
          const line = lines.get(field) ?? lines.get(base);
          const where = line !== undefined ? `${source}:${line}` : source;
          const message = issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message;
          return `${where}: ${field || '(root)'}: ${message}`;
        })
        .join('\n');
    })
    .join('\n');
}
