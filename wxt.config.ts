import { defineConfig } from 'wxt';

// The extension's sources live in extension/ (DESIGN.md "Layout"); core/ is imported by path.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  imports: false,
  // The import worker (extension/home/files) is a module worker: one of the extension's own files.
  vite: () => ({ worker: { format: 'es' } }),
  manifest: ({ browser }) => ({
    name: 'OKR Lens',
    description: 'Your team’s OKRs beside the work, kept in your browser. No server.',
    // unlimitedStorage: the database is the only copy of a team's OKRs until they export.
    permissions: ['storage', 'unlimitedStorage'],
    action: { default_title: 'OKR Lens' },
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
