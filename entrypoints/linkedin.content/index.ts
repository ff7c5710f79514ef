/** LinkedIn (legacy and SDUI layouts): the LinkedIn adapter, one watcher and the sidebar frame (site-runtime/run.ts). */
import { defineContentScript } from '#imports';
import { linkedinAdapter as adapter } from '../../lib/sites/linkedin';
import { runSite } from '../site-runtime/run';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runSite(ctx, adapter);
  },
});
