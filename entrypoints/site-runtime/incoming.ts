/**
 * The content script's checks of what reaches it, in zod/mini: the full zod schemas of lib/messages.ts would put
 * ~20 kB gzip into every page (measured: x.js 34 kB → see `npm run size`). Same shapes; a test keeps the two in step.
 */
import * as z from 'zod/mini';
import type { BackgroundToPage, SidebarToPage } from '../../lib/messages';

const sidebarToPage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('hello') }),
  z.strictObject({
    type: z.literal('insert'),
    requestId: z.string(),
    text: z.string().check(z.maxLength(20_000)),
    mode: z._default(z.enum(['append', 'replace']), 'replace'),
  }),
  z.strictObject({ type: z.literal('select-target'), postId: z.string() }),
  z.strictObject({ type: z.literal('close') }),
  z.strictObject({ type: z.literal('request-selection') }),
]);

const backgroundToPage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('toggle-sidebar') }),
  z.strictObject({ type: z.literal('open-sidebar') }),
]);

export function parseSidebarMessage(input: unknown): SidebarToPage | undefined {
  const result = z.safeParse(sidebarToPage, input);
  return result.success ? result.data : undefined;
}

export function parseBackgroundMessage(input: unknown): BackgroundToPage | undefined {
  const result = z.safeParse(backgroundToPage, input);
  return result.success ? result.data : undefined;
}
