/**
 * The HTTPS fixture server for browser tests: serves pages under the real host names (x.com, twitter.com,
 * www.facebook.com, www.linkedin.com — Chromium maps them here with --host-resolver-rules) with content security
 * policies shaped like the ones those sites send, so a test proves our iframe and scripts survive them.
 *
 * Parts: a self-signed certificate (openssl at start, else the committed test-only one in ./certs), a route table
 * keyed by full URL (host + path, query ignored), and an esbuild step that bundles editor pages (Draft.js, Lexical,
 * Quill, TipTap) from their npm packages.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const siteHosts = ['x.com', 'twitter.com', 'www.facebook.com', 'www.linkedin.com'] as const;
/** Hosts for "any other page" tests (blogs, forums) — no content script matches them. */
export const otherHosts = ['blog.example.org'] as const;

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Policies in the spirit of what each site sends (captured 2026; trimmed to the directives that matter to us):
 * scripts only from the site itself (plus a nonce), frames only from the site's own origins, no 'unsafe-eval'.
 * None lists chrome-extension:, so our iframe loading proves the browser's extension exemption, not a loose policy.
 */
export const siteCsp: Record<string, string> = {
  'x.com':
    "default-src 'self'; script-src 'self' 'nonce-e2e' https://abs.twimg.com; style-src 'self' 'unsafe-inline'; " +
    "frame-src 'self' https://x.com https://twitter.com https://*.x.com; img-src 'self' data: blob:; " +
    "connect-src 'self'; object-src 'none'; form-action 'self'; worker-src 'self' blob:",
  'twitter.com':
    "default-src 'self'; script-src 'self' 'nonce-e2e' https://abs.twimg.com; style-src 'self' 'unsafe-inline'; " +
    "frame-src 'self' https://x.com https://twitter.com; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'",
  'www.facebook.com':
    "default-src 'self' data: blob: *.facebook.com *.fbcdn.net; script-src 'self' 'nonce-e2e' *.facebook.com " +
    "*.fbcdn.net blob: 'wasm-unsafe-eval'; style-src 'self' data: blob: 'unsafe-inline' *.facebook.com *.fbcdn.net; " +
    "frame-src 'self' *.facebook.com; connect-src 'self' *.facebook.com; object-src 'none'",
  'www.linkedin.com':
    "default-src 'self'; script-src 'self' 'nonce-e2e' static.licdn.com; style-src 'self' 'unsafe-inline' " +
    "static.licdn.com; frame-src 'self' *.linkedin.com; img-src 'self' data: blob: *.licdn.com; connect-src 'self'; " +
    "object-src 'none'; base-uri 'self'",
  'blog.example.org': "default-src 'self'; script-src 'self' 'nonce-e2e'; style-src 'self' 'unsafe-inline'",
};

export interface RouteResponse {
  body: string | Buffer;
  /** Default: text/html for pages, else guessed from the path. */
  contentType?: string;
  status?: number;
  headers?: Record<string, string>;
  /** Override the host's policy; `false` sends none. */
  csp?: string | false;
}

export interface FixtureServer {
  port: number;
  /** Serve `response` at `url` (scheme https, query ignored). Later calls replace earlier ones. */
  route(url: string, response: string | RouteResponse): void;
  /** Serve a file from disk (e.g. tests/fixtures/sites/x/thread.html) at `url`. */
  routeFile(url: string, file: string): void;
  /** Bundle `entry` (a .ts/.tsx file) with esbuild and serve it at `url` as JavaScript. Cached per entry. */
  routeBundle(url: string, entry: string): Promise<void>;
  /** Every request served so far, as full URLs (for asserting that nothing unexpected was fetched). */
  requests: string[];
  close(): Promise<void>;
}

function certificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'webcare-cert-'));
  try {
    const san = [...siteHosts, ...otherHosts, 'localhost'].map((h) => `DNS:${h}`).join(',') + ',IP:127.0.0.1';
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ].concat(['-days', '30', '-subj', '/CN=x.com', '-addext', `subjectAltName=${san}`]),
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } catch {
    // No openssl on this machine: the committed test-only pair (never used outside these tests).
    return { key: readFileSync(join(here, 'certs/key.pem')), cert: readFileSync(join(here, 'certs/cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const contentTypes: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  html: 'text/html; charset=utf-8',
};

function routeKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname}`;
}

const bundleCache = new Map<string, string>();

/** esbuild bundle of a page script (editors from their npm packages), production React, no minify for stack traces. */
export async function bundleScript(entry: string): Promise<string> {
  const cached = bundleCache.get(entry);
  if (cached !== undefined) return cached;
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  bundleCache.set(entry, code);
  return code;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, RouteResponse>();
  const requests: string[] = [];
  const { key, cert } = certificate();
  const server: Server = createServer({ key, cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = `https://${host}${req.url ?? '/'}`;
    requests.push(url);
    const route = routes.get(routeKey(url));
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const path = new URL(url).pathname;
    const extension = /\.([a-z0-9]+)$/.exec(path)?.[1] ?? 'html';
    const headers: Record<string, string> = {
      'content-type': route.contentType ?? contentTypes[extension] ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...route.headers,
    };
    const csp = route.csp ?? siteCsp[host];
    if (csp) headers['content-security-policy'] = csp;
    res.writeHead(route.status ?? 200, headers);
    res.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    route(url, response) {
      routes.set(routeKey(url), typeof response === 'string' ? { body: response } : response);
    },
    routeFile(url, file) {
      routes.set(routeKey(url), { body: readFileSync(file) });
    },
    async routeBundle(url, entry) {
      routes.set(routeKey(url), { body: await bundleScript(entry), contentType: contentTypes.js });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
