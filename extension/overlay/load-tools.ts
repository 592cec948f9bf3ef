import { browser } from 'wxt/browser';
import { TOOLS_FILE, TOOLS_GLOBAL, type OverlayTools } from './tools-contract.ts';

let loading: Promise<OverlayTools> | undefined;

const isTools = (value: unknown): value is OverlayTools => typeof value === 'object' && value !== null && 'mount' in value && 'pick' in value;
const loaded = (): OverlayTools | undefined => {
  const value: unknown = Reflect.get(globalThis, TOOLS_GLOBAL);
  return isTools(value) ? value : undefined;
};

/**
 * The overlay's tools, loaded once per page from the extension's own files (a web-accessible
 * module imported into the content script's world). Rejects after an extension update: the old
 * script's files are gone with it.
 */
export function loadTools(): Promise<OverlayTools> {
  loading ??= (async () => {
    if (!loaded()) await import(/* @vite-ignore */ browser.runtime.getURL(TOOLS_FILE));
    const tools = loaded();
    if (!tools) throw new Error('the overlay tools did not load');
    return tools;
  })();
  // A failed load (an update, a blocked file) may succeed on a later try.
  loading.catch(() => { loading = undefined; });
  return loading;
}

export const toolsIfLoaded = loaded;
