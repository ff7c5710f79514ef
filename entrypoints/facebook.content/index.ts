/** Facebook: the Facebook adapter, one watcher and the sidebar frame — all of it in site-runtime/run.ts. */
import { defineContentScript } from '#imports';
import adapter from '../../lib/sites/facebook';
import { runSite } from '../site-runtime/run';

export default defineContentScript({
  matches: ['https://www.facebook.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runSite(ctx, adapter);
  },
});
