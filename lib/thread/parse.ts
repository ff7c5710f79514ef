import type { z } from 'zod';
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

/** One line per issue: "file:line: posts[2].time: Invalid ISO datetime". */
export function describeIssues(error: z.ZodError, text: string | undefined, source: string): string {
  return error.issues
    .map((issue) => {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      const path = formatPath(issue.path);
      const lastKey = keys[0] ?? [...issue.path].reverse().find((part) => typeof part === 'string');
      const line = text !== undefined && typeof lastKey === 'string' ? findKeyLine(text, lastKey) : undefined;
      const where = line !== undefined ? `${source}:${line}` : source;
      const field = keys.length > 0 ? `${path ? path + '.' : ''}${keys.join(', ')}` : path || '(root)';
      const message = issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message;
      return `${where}: ${field}: ${message}`;
    })
    .join('\n');
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function findKeyLine(text: string, key: string): number | undefined {
  const index =
    text.indexOf(JSON.stringify(key) + ':') >= 0
      ? text.indexOf(JSON.stringify(key) + ':')
      : text.indexOf(JSON.stringify(key));
  if (index < 0) return undefined;
  return text.slice(0, index).split('\n').length;
}
