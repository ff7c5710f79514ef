/**
 * Subscription refresh against a real local HTTPS server (node:https, a self-signed certificate made with openssl
 * for this run): a new version, the same version (304 via ETag), an invalid version, an HTTP error, and no answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request as httpsRequest, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  checkSubscriptionUrl,
  diffPhrasebooks,
  refreshSubscription,
  subscriptionBookId,
} from '../../lib/phrasebook/subscription';
import { exportPhrasebookJson } from '../../lib/phrasebook/transfer';
import { phrasebookSchema, type Phrasebook } from '../../lib/phrasebook/schema';

const v1 = phrasebookSchema.parse({
  version: 1,
  id: 'team-file',
  name: 'Team SpoorLinq',
  kind: 'team',
  variables: { statusUrl: 'https://status.example.org' },
  entries: [
    { id: 'delay', title: 'Vertraging', text: { nl: 'Balen, {firstName}.' } },
    { id: 'refund', title: 'Geld terug', text: { nl: 'Via {helpUrl}.' } },
  ],
});
const v2: Phrasebook = {
  ...v1,
  entries: [
    { ...(v1.entries[0] as Phrasebook['entries'][number]), text: { nl: 'Balen, {firstName}! Welke rit?' } },
    {
      id: 'outage',
      title: 'Storing',
      text: { nl: 'Zie {statusUrl}.' },
      folder: '',
      tags: [],
      categories: [],
      platforms: [],
      author: '',
    },
  ],
};

type Mode = 'v1' | 'v2' | 'invalid' | 'error' | 'hang';
let mode: Mode = 'v1';
const seenHeaders: Record<string, string | undefined>[] = [];
let server: Server;
let base = '';
let certificate = '';
let certDir = '';

beforeAll(async () => {
  certDir = mkdtempSync(join(tmpdir(), 'phrasebook-sub-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      join(certDir, 'key.pem'),
      '-out',
      join(certDir, 'cert.pem'),
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  certificate = readFileSync(join(certDir, 'cert.pem'), 'utf8');
  server = createServer({ key: readFileSync(join(certDir, 'key.pem')), cert: certificate }, (req, res) => {
    seenHeaders.push({ etag: req.headers['if-none-match'], since: req.headers['if-modified-since'] });
    if (mode === 'hang') return; // never answers
    if (mode === 'error') {
      res.writeHead(503).end('maintenance');
      return;
    }
    const body =
      mode === 'invalid'
        ? '{"version": 1, "id": "x", "entries": [ {"id": "a"} ]}'
        : exportPhrasebookJson(mode === 'v1' ? v1 : v2);
    const etag = `"${mode}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': 'application/json', etag, 'last-modified': 'Wed, 25 Nov 2026 10:00:00 GMT' })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `https://localhost:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(certDir, { recursive: true, force: true });
});

/** fetch over node:https trusting only this run's certificate (the browser's fetch does TLS itself). */
const trustingFetch: typeof fetch = (input, init) =>
  new Promise((resolve, reject) => {
    const request = httpsRequest(
      String(input),
      {
        method: 'GET',
        headers: init?.headers as Record<string, string>,
        ca: certificate,
        signal: init?.signal ?? undefined,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          const headers = new Headers();
          for (const [key, value] of Object.entries(response.headers))
            if (typeof value === 'string') headers.set(key, value);
          resolve(new Response(status === 304 ? null : Buffer.concat(chunks), { status, headers }));
        });
      },
    );
    request.on('error', reject);
    request.end();
  });

describe('refreshSubscription over HTTPS', () => {
  const bookId = 'sub-test';
  let current: Phrasebook | undefined;
  let etag: string | undefined;
  let lastModified: string | undefined;
  const refresh = (timeoutMs?: number) =>
    refreshSubscription({
      url: `${base}/team.json`,
      bookId,
      fetch: trustingFetch,
      ...(current ? { current } : {}),
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
      ...(timeoutMs ? { timeoutMs } : {}),
    });

  it('takes the first version as a read-only team book under its own id', async () => {
    mode = 'v1';
    const result = await refresh();
    expect(result.status).toBe('updated');
    if (result.status !== 'updated') return;
    expect(result.book).toMatchObject({ id: bookId, kind: 'team', name: 'Team SpoorLinq' });
    expect(result.changes).toEqual({ added: ['Vertraging', 'Geld terug'], changed: [], removed: [] });
    ({ book: current, etag, lastModified } = result);
    expect(etag).toBe('"v1"');
  });

  it('sends the validators and gets 304 when nothing changed', async () => {
    const result = await refresh();
    expect(result).toEqual({ status: 'unchanged', etag: '"v1"', lastModified });
    expect(seenHeaders.at(-1)).toEqual({ etag: '"v1"', since: 'Wed, 25 Nov 2026 10:00:00 GMT' });
  });

  it('takes a new version and says what changed', async () => {
    mode = 'v2';
    const result = await refresh();
    expect(result.status).toBe('updated');
    if (result.status !== 'updated') return;
    expect(result.changes).toEqual({ added: ['Storing'], changed: ['Vertraging'], removed: ['Geld terug'] });
    expect(result.etag).toBe('"v2"');
    ({ book: current, etag, lastModified } = result);
  });

  it('keeps the last good copy when the new version is invalid, naming line and field', async () => {
    mode = 'invalid';
    const result = await refresh();
    expect(result).toMatchObject({ status: 'kept', reason: 'invalid' });
    if (result.status === 'kept') expect(result.message).toMatch(/line 1: (name|kind|entries\[0\]\.title)/);
  });

  it('keeps it on an HTTP error', async () => {
    mode = 'error';
    expect(await refresh()).toMatchObject({ status: 'kept', reason: 'http', message: 'the server answered 503' });
  });

  it('keeps it when the server gives no answer', async () => {
    mode = 'hang';
    expect(await refresh(300)).toEqual({ status: 'kept', reason: 'offline', message: 'no answer in time' });
  });

  it('keeps it when nothing listens at the address (offline)', async () => {
    const result = await refreshSubscription({ url: 'https://127.0.0.1:1/team.json', bookId, fetch: trustingFetch });
    expect(result).toMatchObject({ status: 'kept', reason: 'offline' });
  });
});

describe('subscription addresses', () => {
  it('accepts https only and asks for that one origin', () => {
    expect(checkSubscriptionUrl('https://intranet.example.org/webcare/team.json')).toEqual({
      ok: true,
      url: 'https://intranet.example.org/webcare/team.json',
      origin: 'https://intranet.example.org',
      permission: 'https://intranet.example.org/*',
    });
    expect(checkSubscriptionUrl('http://intranet.example.org/team.json')).toMatchObject({ ok: false });
    expect(checkSubscriptionUrl('https://user:pw@example.org/team.json')).toMatchObject({ ok: false });
    expect(checkSubscriptionUrl('javascript:alert(1)')).toMatchObject({ ok: false });
  });
  it('gives each address a stable book id', () => {
    expect(subscriptionBookId('https://a.example/x.json')).toBe(subscriptionBookId('https://a.example/x.json'));
    expect(subscriptionBookId('https://a.example/x.json')).not.toBe(subscriptionBookId('https://a.example/y.json'));
  });
  it('diffs by id', () => {
    expect(diffPhrasebooks(v1, v1)).toEqual({ added: [], changed: [], removed: [] });
  });
});
