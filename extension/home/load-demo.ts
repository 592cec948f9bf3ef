import { send } from '../messages/client.ts';
import demoText from '../../fixtures/demo/acme-analytics.okr.json?raw';

/** Imports the demo company through the background, like any bundle: all of it in one strict transaction. */
export async function loadDemo(): Promise<string | undefined> {
  const result = await send({ type: 'bundle.import', text: demoText, fileName: 'acme-analytics.okr.json' });
  return result.ok ? undefined : result.error.message;
}
