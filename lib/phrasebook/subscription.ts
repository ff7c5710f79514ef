/**
 * Team sharing without a server of our own: a phrasebook file at an HTTPS address (intranet, Git host, any
 * static host), fetched with ETag / If-Modified-Since. Pure: the caller injects `fetch` (the background passes
 * the real one, tests a local HTTPS server) and stores the result. Whatever goes wrong — offline, an HTTP error,
 * an invalid or oversized file — the result says "keep" and why, so the last good copy stays in use.
 */
import { parsePhrasebookJson, formatIssues, entryFingerprint, MAX_IMPORT_CHARS, type ImportIssue } from './transfer';
import type { Phrasebook } from './schema';

export interface PhrasebookChanges {
  /** Titles of entries new in this version. */
  added: string[];
  changed: string[];
  removed: string[];
}

export type RefreshResult =
  | {
      status: 'updated';
      book: Phrasebook;
      etag?: string;
      lastModified?: string;
      changes: PhrasebookChanges;
    }
  /** 304, or a 200 with the same content: nothing to store but the validators. */
  | { status: 'unchanged'; etag?: string; lastModified?: string }
  | { status: 'kept'; reason: 'offline' | 'http' | 'invalid' | 'too-large'; message: string; issues?: ImportIssue[] };

export interface RefreshRequest {
  url: string;
  /** The id the subscribed book is stored under (the file's own id may clash with another team's). */
  bookId: string;
  /** The last good copy, to tell what changed; absent on the first fetch. */
  current?: Phrasebook;
  etag?: string;
  lastModified?: string;
  fetch: typeof fetch;
  /** Give up after this long (default 15 s): a hanging intranet must not hold the refresh. */
  timeoutMs?: number;
}

export type SubscriptionUrlCheck =
  { ok: true; url: string; origin: string; permission: string } | { ok: false; message: string };

/** Only HTTPS (a team's replies must not be changed on the way), no credentials in the address. */
export function checkSubscriptionUrl(input: string): SubscriptionUrlCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, message: 'not a web address' };
  }
  if (url.protocol !== 'https:') return { ok: false, message: 'the address must start with https://' };
  if (url.username || url.password) return { ok: false, message: 'no user name or password in the address' };
  // The runtime permission asked for is this one origin, nothing wider (optional_host_permissions).
  return { ok: true, url: url.href, origin: url.origin, permission: `${url.origin}/*` };
}

/** A stable id for the book behind a subscription address. */
export function subscriptionBookId(url: string): string {
  let hash = 2166136261;
  for (let i = 0; i < url.length; i++) hash = Math.imul(hash ^ url.charCodeAt(i), 16777619) >>> 0;
  return `sub-${hash.toString(36)}`;
}

export async function refreshSubscription(request: RefreshRequest): Promise<RefreshResult> {
  const checked = checkSubscriptionUrl(request.url);
  if (!checked.ok) return { status: 'kept', reason: 'invalid', message: checked.message };
  const headers: Record<string, string> = { accept: 'application/json' };
  // Validators only make sense when we still have the copy they describe.
  if (request.current && request.etag) headers['if-none-match'] = request.etag;
  if (request.current && request.lastModified) headers['if-modified-since'] = request.lastModified;

  let response: Response;
  let text: string;
  try {
    response = await request.fetch(checked.url, {
      headers,
      signal: AbortSignal.timeout(request.timeoutMs ?? 15_000),
      credentials: 'omit',
      cache: 'no-cache',
      redirect: 'follow',
    });
    if (response.status === 304) return { status: 'unchanged', ...validators(response, request) };
    if (!response.ok) {
      return {
        status: 'kept',
        reason: 'http',
        message: `the server answered ${response.status} ${response.statusText}`.trim(),
      };
    }
    const length = Number(response.headers.get('content-length') ?? '0');
    if (length > MAX_IMPORT_CHARS)
      return { status: 'kept', reason: 'too-large', message: `the file is ${length} bytes` };
    text = await response.text();
  } catch (error) {
    return { status: 'kept', reason: 'offline', message: describeFetchError(error) };
  }
  const parsed = parsePhrasebookJson(text);
  if (!parsed.ok) {
    return {
      status: 'kept',
      reason: 'invalid',
      message: formatIssues(parsed.issues.slice(0, 5)),
      issues: parsed.issues,
    };
  }
  // A subscribed book is the team's: read-only for the agent, under its own id.
  const book: Phrasebook = { ...parsed.book, id: request.bookId, kind: 'team' };
  const changes = diffPhrasebooks(request.current, book);
  const same =
    request.current &&
    changes.added.length + changes.changed.length + changes.removed.length === 0 &&
    sameVariables(request.current, book) &&
    request.current.name === book.name;
  if (same) return { status: 'unchanged', ...validators(response, request) };
  return { status: 'updated', book, changes, ...validators(response, request) };
}

/** What changed between two versions of a book, by entry id, named by title for the "what changed" note. */
export function diffPhrasebooks(before: Phrasebook | undefined, after: Phrasebook): PhrasebookChanges {
  const old = new Map(before?.entries.map((entry) => [entry.id, entry]));
  const changes: PhrasebookChanges = { added: [], changed: [], removed: [] };
  const seen = new Set<string>();
  for (const entry of after.entries) {
    seen.add(entry.id);
    const previous = old.get(entry.id);
    if (!previous) changes.added.push(entry.title);
    else if (entryFingerprint(previous) !== entryFingerprint(entry)) changes.changed.push(entry.title);
  }
  for (const entry of before?.entries ?? []) if (!seen.has(entry.id)) changes.removed.push(entry.title);
  return changes;
}

function sameVariables(a: Phrasebook, b: Phrasebook): boolean {
  const keys = new Set([...Object.keys(a.variables), ...Object.keys(b.variables)]);
  for (const key of keys) if (a.variables[key] !== b.variables[key]) return false;
  return true;
}

function validators(response: Response, request: RefreshRequest): { etag?: string; lastModified?: string } {
  const etag = response.headers.get('etag') ?? request.etag;
  const lastModified = response.headers.get('last-modified') ?? request.lastModified;
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

function describeFetchError(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'no answer in time';
    const cause = (error as Error & { cause?: unknown }).cause;
    const detail = cause instanceof Error ? `: ${cause.message}` : '';
    return `could not reach the server (${error.message}${detail})`;
  }
  return 'could not reach the server';
}
