import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { overlayTools } from '../overlay-tools/overlay-tools.tsx';
import { TOOLS_GLOBAL } from '../overlay/tools-contract.ts';

// Imported by the overlay's content scripts when a form, capture or an offer is needed
// (extension/overlay/load-tools.ts); it runs in their world and leaves the tools on its global.
export default defineUnlistedScript(() => {
  Reflect.set(globalThis, TOOLS_GLOBAL, overlayTools);
});
