import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

// Permissions are the least the product needs: site access only for the three sites whose threads we read,
// activeTab for the one-off "analyse this page" on any other site, storage for settings, alarms for
// retention and phrasebook refresh, contextMenus for the selection fallback, clipboardWrite for the
// insertion fallback. Phrasebook subscription origins are requested at run time (optional_host_permissions).
const siteMatches = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://www.facebook.com/*',
  'https://www.linkedin.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    // The licence and the third-party notices (Apache-2.0 asks for NOTICE) travel with every build.
    'build:publicAssets': (_wxt, files) => {
      for (const name of ['LICENSE', 'NOTICE']) {
        files.push({ absoluteSrc: resolve(import.meta.dirname, name), relativeDest: name });
      }
    },
  },
  manifest: {
    name: 'Webcare Assistant',
    description:
      'Reads the whole thread, spots sarcasm from context, suggests on-brand replies and checks your draft. Everything stays on your machine.',
    permissions: ['storage', 'alarms', 'activeTab', 'contextMenus', 'scripting', 'clipboardWrite', 'unlimitedStorage'],
    host_permissions: siteMatches,
    optional_host_permissions: ['https://*/*'],
    // The sidebar page is framed into the three sites only; no other page may embed it.
    web_accessible_resources: [{ resources: ['sidebar.html'], matches: siteMatches }],
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+W' },
        description: 'Show or hide the Webcare sidebar',
      },
    },
    // Firefox asks add-ons to declare data collection: this one collects nothing.
    browser_specific_settings: {
      gecko: { id: 'webcare-assistant@example.org', data_collection_permissions: { required: ['none'] } },
    },
  },
});
