import { send } from '../messages/client.ts';

/** Imports the demo company through the background, like any bundle: all of it in one strict transaction. */
export async function loadDemo(): Promise<string | undefined> {
  // Loaded on demand: most people never open the demo, and every page load would parse it.
  const { default: demoText } = await import('../../fixtures/demo/acme-analytics.okr.json?raw');
  const result = await send({ type: 'bundle.import', text: demoText, fileName: 'acme-analytics.okr.json' });
  return result.ok ? undefined : result.error.message;
}
