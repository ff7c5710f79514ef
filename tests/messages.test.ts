import { describe, expect, it } from 'vitest';
import {
  backgroundRequestSchema,
  backgroundToPageSchema,
  pageToSidebarSchema,
  parseMessage,
  sidebarToPageSchema,
  webCaptureSchema,
} from '../lib/messages';
import { parseBackgroundMessage, parseSidebarMessage } from '../entrypoints/site-runtime/incoming';

const thread = {
  version: 1,
  platform: 'x',
  posts: [{ id: 'p1', author: 'Anouk', isBrand: false, text: 'Geweldig hoor 🙄' }],
  targetId: 'p1',
};

const sidebarMessages: { input: unknown; valid: boolean }[] = [
  { input: { type: 'hello' }, valid: true },
  { input: { type: 'insert', requestId: 'r1', text: 'Hoi!', mode: 'append' }, valid: true },
  { input: { type: 'insert', requestId: 'r1', text: 'Hoi!' }, valid: true },
  { input: { type: 'insert', requestId: 'r1', text: 'x'.repeat(20_001) }, valid: false },
  { input: { type: 'insert', requestId: 'r1', text: 'Hoi', mode: 'prepend' }, valid: false },
  { input: { type: 'insert', text: 'no id' }, valid: false },
  { input: { type: 'select-target', postId: 'p2' }, valid: true },
  { input: { type: 'select-target', postId: 2 }, valid: false },
  { input: { type: 'close' }, valid: true },
  { input: { type: 'close', extra: true }, valid: false },
  { input: { type: 'request-selection' }, valid: true },
  { input: { type: 'eval', code: 'alert(1)' }, valid: false },
  { input: 'hello', valid: false },
  { input: null, valid: false },
];

describe('sidebar → page messages', () => {
  it.each(sidebarMessages)('$input → valid $valid (full zod)', ({ input, valid }) => {
    expect(parseMessage(sidebarToPageSchema, input) !== undefined).toBe(valid);
  });

  it.each(sidebarMessages)('$input → valid $valid (the content script’s zod/mini copy agrees)', ({ input, valid }) => {
    const page = parseSidebarMessage(input);
    expect(page !== undefined).toBe(valid);
    if (valid) expect(page).toEqual(parseMessage(sidebarToPageSchema, input));
  });

  it('fills the default insert mode as "replace"', () => {
    expect(parseSidebarMessage({ type: 'insert', requestId: 'r', text: 't' })).toMatchObject({ mode: 'replace' });
  });
});

describe('background → page messages', () => {
  it.each([
    [{ type: 'toggle-sidebar' }, true],
    [{ type: 'open-sidebar' }, true],
    [{ type: 'toggle-sidebar', tab: 1 }, false],
    [{ type: 'close' }, false],
  ])('%j → %s in both copies', (input, valid) => {
    expect(parseMessage(backgroundToPageSchema, input) !== undefined).toBe(valid);
    expect(parseBackgroundMessage(input) !== undefined).toBe(valid);
  });
});

describe('page → sidebar messages', () => {
  it('accepts a state with a valid thread and rejects a thread that breaks the Thread schema', () => {
    const state = { type: 'state', site: 'x', url: 'https://x.com/a/status/1', theme: 'dark', composer: true };
    expect(parseMessage(pageToSidebarSchema, { ...state, read: { ok: true, thread } })).toBeDefined();
    expect(
      parseMessage(pageToSidebarSchema, { ...state, read: { ok: false, reason: 'No posts found' } }),
    ).toBeDefined();
    const badTarget = { ...thread, targetId: 'nope' };
    expect(parseMessage(pageToSidebarSchema, { ...state, read: { ok: true, thread: badTarget } })).toBeUndefined();
    expect(
      parseMessage(pageToSidebarSchema, { ...state, site: 'myspace', read: { ok: true, thread } }),
    ).toBeUndefined();
  });

  it('checks insertion outcomes and drafts', () => {
    expect(parseMessage(pageToSidebarSchema, { type: 'draft', text: 'Hoi' })).toBeDefined();
    expect(
      parseMessage(pageToSidebarSchema, { type: 'inserted', requestId: 'r', outcome: { ok: false, method: 'paste' } }),
    ).toMatchObject({ outcome: { copied: false } });
    expect(
      parseMessage(pageToSidebarSchema, { type: 'inserted', requestId: 'r', outcome: { ok: 'yes' } }),
    ).toBeUndefined();
  });
});

describe('background requests and web captures', () => {
  it('accepts the known requests only', () => {
    expect(parseMessage(backgroundRequestSchema, { type: 'whoami' })).toBeDefined();
    expect(parseMessage(backgroundRequestSchema, { type: 'capture-tab', tabId: 4 })).toBeDefined();
    expect(parseMessage(backgroundRequestSchema, { type: 'capture-tab', tabId: 'x' })).toBeUndefined();
    expect(parseMessage(backgroundRequestSchema, { type: 'read-db' })).toBeUndefined();
  });

  it('validates a capture from another page', () => {
    const capture = {
      url: 'https://blog.example.org/a',
      title: 'A',
      source: 'article',
      read: { ok: true, thread: { ...thread, platform: 'web' } },
    };
    expect(parseMessage(webCaptureSchema, capture)).toBeDefined();
    expect(parseMessage(webCaptureSchema, { ...capture, source: 'cookies' })).toBeUndefined();
  });
});
