import { browser } from '#imports';

/** On install, the first-run page asks for brand, handles, voice, agent and language (issue 2). */
export function registerFirstRun(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install')
      void browser.tabs.create({ url: browser.runtime.getURL('/options.html?first-run=1') });
  });
}
