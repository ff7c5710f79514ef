/**
 * The composer bridge, in the page's own world: Quill 1 keeps its API on the element (`__quill`) only there, and
 * Firefox hands page handlers an empty DataTransfer made in a content script (shared/docs/site-dom.md "Main
 * world"). A manifest content script with world MAIN needs no web_accessible_resources and is not subject to the
 * page's script-src. It answers insertion requests from our isolated-world script and knows nothing else.
 */
import { defineContentScript } from '#imports';
import {
  composerMarker,
  decodeRequest,
  insertRequestEvent,
  insertResultEvent,
  type InsertResponse,
} from '../../lib/sites/insert/bridge';
import { insertText } from '../../lib/sites/insert/run';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://www.facebook.com/*', 'https://www.linkedin.com/*'],
  world: 'MAIN',
  runAt: 'document_idle',
  main() {
    // Tells the isolated-world script that requests will be answered here.
    document.documentElement.setAttribute('data-webcare-bridge', '1');
    const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
    document.addEventListener(insertRequestEvent, (event) => {
      const request = decodeRequest((event as CustomEvent).detail);
      if (!request) return;
      const composer = document.querySelector<HTMLElement>(`[${composerMarker}="${CSS.escape(request.id)}"]`);
      const reply = (response: InsertResponse) =>
        document.dispatchEvent(new CustomEvent(insertResultEvent, { detail: JSON.stringify(response) }));
      if (!composer) {
        reply({ id: request.id, ok: false, method: 'none', reason: 'composer gone' });
        return;
      }
      insertText(composer, request.text, { mode: request.mode, wait }).then(
        (result) => reply({ id: request.id, ...result }),
        (error: unknown) => reply({ id: request.id, ok: false, method: 'none', reason: String(error) }),
      );
    });
  },
});
