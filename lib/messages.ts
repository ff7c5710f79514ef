/**
 * Messages between the page (content script), the sidebar (extension iframe) and the background, typed and checked
 * with zod at every receiving end (shared/docs/architecture.md). Transport is extension messaging only — a port the
 * sidebar opens to its own tab's top frame, and runtime messages to the background — never window.postMessage, so
 * page scripts can neither read the thread we send nor make the sidebar insert text.
 *
 *   sidebar ──tabs.connect(tabId, frameId 0, name "webcare-sidebar")──▶ content script
 *     SidebarToPage: hello · insert · select-target · close · request-selection · set-width
 *     PageToSidebar: state (thread/failure, url, site, theme, target) · draft · inserted · selection
 *   any extension page ──runtime.sendMessage──▶ background: BackgroundRequest
 */
import { z } from 'zod';
import { threadSchema } from './thread/schema';

export const sidebarPortName = 'webcare-sidebar';

export const themeSchema = z.enum(['light', 'dark']);
export type Theme = z.infer<typeof themeSchema>;

export const siteIdSchema = z.enum(['x', 'facebook', 'linkedin']);

/** The adapter's answer, as sent: a thread, or why there is none (style.md: failures are values). */
export const readResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), thread: threadSchema }),
  z.strictObject({ ok: z.literal(false), reason: z.string() }),
]);
export type ReadResult = z.infer<typeof readResultSchema>;

export const insertOutcomeSchema = z.strictObject({
  ok: z.boolean(),
  /** Which technique took (or the last one tried), e.g. "paste", "beforeinput", "quill", "execCommand". */
  method: z.string(),
  /** When it did not take: the text went to the clipboard instead. */
  copied: z.boolean().default(false),
  reason: z.string().optional(),
});
export type InsertOutcome = z.infer<typeof insertOutcomeSchema>;

export const pageToSidebarSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('state'),
    site: siteIdSchema,
    url: z.string(),
    read: readResultSchema,
    theme: themeSchema,
    /** Whether a reply box is on the page now (insertion falls back to the clipboard without one). */
    composer: z.boolean(),
  }),
  /** The live text of the site's reply box, debounced. */
  z.strictObject({ type: z.literal('draft'), text: z.string() }),
  z.strictObject({ type: z.literal('inserted'), requestId: z.string(), outcome: insertOutcomeSchema }),
  z.strictObject({ type: z.literal('selection'), text: z.string() }),
]);
export type PageToSidebar = z.infer<typeof pageToSidebarSchema>;

export const sidebarToPageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('hello') }),
  z.strictObject({
    type: z.literal('insert'),
    requestId: z.string(),
    text: z.string().max(20_000),
    /** "append" keeps what the agent typed; "replace" swaps it for the text. */
    mode: z.enum(['append', 'replace']).default('replace'),
  }),
  /** The agent picked a post in the sidebar: it becomes the target (and its reply box opens where the site has one). */
  z.strictObject({ type: z.literal('select-target'), postId: z.string() }),
  z.strictObject({ type: z.literal('close') }),
  z.strictObject({ type: z.literal('request-selection') }),
]);
export type SidebarToPage = z.infer<typeof sidebarToPageSchema>;

/** A thread extracted from any other page (selection or Readability), handed from background to the sidebar page. */
export const webCaptureSchema = z.strictObject({
  read: readResultSchema,
  url: z.string(),
  title: z.string().default(''),
  source: z.enum(['selection', 'article', 'none']),
});
export type WebCapture = z.infer<typeof webCaptureSchema>;

export const backgroundRequestSchema = z.discriminatedUnion('type', [
  /** An extension frame inside a tab asks which tab it is in (tabs.getCurrent is not reliable in iframes). */
  z.strictObject({ type: z.literal('whoami') }),
  /** Read the selection or the article of a tab (activeTab granted by the action or the context menu). */
  z.strictObject({ type: z.literal('capture-tab'), tabId: z.number().int() }),
  /** The page's own shortcut asks the background to toggle (same path as the manifest command). */
  z.strictObject({ type: z.literal('toggle-sidebar') }),
]);
export type BackgroundRequest = z.infer<typeof backgroundRequestSchema>;

/** Messages the background pushes to a content script (tabs.sendMessage). */
export const backgroundToPageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('toggle-sidebar') }),
  z.strictObject({ type: z.literal('open-sidebar') }),
]);
export type BackgroundToPage = z.infer<typeof backgroundToPageSchema>;

/** Parse an incoming message; unknown or malformed input gives undefined (never throws at a listener). */
export function parseMessage<T>(schema: z.ZodType<T>, input: unknown): T | undefined {
  const result = schema.safeParse(input);
  return result.success ? result.data : undefined;
}
