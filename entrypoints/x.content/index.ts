/** X (x.com, twitter.com): the X adapter, one watcher and the sidebar frame — all of it in site-runtime/run.ts. */
import { defineContentScript } from '#imports';
import adapter from '../../lib/sites/x';
import { runSite } from '../site-runtime/run';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runSite(ctx, adapter);
  },
});
