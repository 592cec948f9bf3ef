import { defineConfig } from 'wxt';

// The extension's sources live in extension/ (DESIGN.md "Layout"); core/ is imported by path.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  // Icons and other files copied as they are live with the extension's sources.
  publicDir: 'extension/public',
  imports: false,
  // The import worker (extension/home/files) is a module worker: one of the extension's own files.
  vite: () => ({ worker: { format: 'es' } }),
  // The sources zip is for store reviewers to rebuild from: no test output, reports or screenshots.
  zip: { excludeSources: ['test-results/**', 'reports/**', '.stryker-tmp*/**', 'dist/**', '.astro/**', 'docs/screenshots/**'] },
  manifest: ({ browser }) => ({
    name: 'OKR Lens',
    description: 'Your team’s OKRs beside the work, kept in your browser. No server.',
    // unlimitedStorage: the database is the only copy of a team's OKRs until they export.
    // alarms + notifications: the check-in reminder (docs/extension-builds.md says why each is needed).
    // scripting + optional hosts: Jira Data Center and GitHub Enterprise on a person's own domain,
    // one host at a time, asked for from the settings page and only then given a content script.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'scripting'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The overlay's forms, capture and live counts load on demand into the content script's world
    // (extension/overlay/load-tools.ts), so host pages that only show the badge never pay for them.
    // Any https/http host, because custom hosts are granted at runtime; Chrome hides the file behind
    // a per-session URL, and Firefox's extension URLs are random per install.
    web_accessible_resources: [{ resources: ['overlay-tools.js'], matches: ['https://*/*', 'http://*/*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) }],
    action: { default_title: 'OKR Lens: check in' },
    // The popup by keyboard; people can change the key in the browser's shortcut settings.
    commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+O' }, description: 'Open the OKR Lens check-in popup' } },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // A fixed id keeps the Firefox database from being orphaned on update (DESIGN.md traps).
            gecko: { id: 'okr-lens@okr-lens.app', strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // Firefox requires the data-collection declaration; WXT's manifest type does not know it yet.
    'build:manifestGenerated'(_wxt, manifest) {
      const gecko = manifest.browser_specific_settings?.gecko;
      if (gecko) Object.assign(gecko, { data_collection_permissions: { required: ['none'] } });
    },
  },
});
