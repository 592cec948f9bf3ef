import { readBundle } from '../../core/bundle/read-bundle.ts';
import { openStore } from '../../core/store/okr-store.ts';
import demoText from '../../fixtures/demo/acme-analytics.okr.json?raw';

/** Writes the demo company into the local database in one strict transaction. */
export async function loadDemoInto(): Promise<void> {
  const read = readBundle(demoText, 'acme-analytics.okr.json');
  if (!read.ok) throw new Error(`home: demo data is invalid: ${read.errors[0]}`);
  const store = await openStore();
  try {
    await store.write(read.bundle, { durability: 'strict' });
  } finally {
    store.close();
  }
}
