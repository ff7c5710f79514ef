/**
 * The background service worker: one import per feature, each registering its own listeners synchronously at
 * start (MV3 wakes the worker for an event only if its listener was added in the first turn).
 * Other features add their line here (e.g. `registerRetention()` for the log, `registerPhrasebookRefresh()`).
 */
import { defineBackground } from '#imports';
import { registerCapture } from './capture';
import { registerFirstRun } from './first-run';
import { registerRouting } from './routing';
import { registerRetention } from './retention';
import { registerLogRequests } from './log';
import { registerPhrasebookRefresh } from './phrasebook-refresh';
import { registerPhrasebookEntries } from './phrasebook-entries';

export default defineBackground(() => {
  registerRouting();
  registerCapture();
  registerFirstRun();
  registerRetention();
  registerLogRequests();
  registerPhrasebookRefresh();
  registerPhrasebookEntries();
});
