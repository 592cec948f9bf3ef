import { browser } from 'wxt/browser';
import { createClient as createCoreClient, type MessagingRuntime } from './client-core.ts';
import { FEATURE_OF } from './features.ts';

export { UPDATED_TEXT, type MessagingRuntime } from './client-core.ts';

/** The client of extension pages: errors tagged with each request's feature. */
export const createClient = (runtime: () => MessagingRuntime | undefined) => createCoreClient(runtime, (type) => FEATURE_OF[type]);

// Read at each send, not once: `browser` may be missing where this module is merely imported (tests).
export const send = createClient(() => browser?.runtime);
