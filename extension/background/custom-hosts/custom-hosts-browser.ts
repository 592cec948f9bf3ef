import type { StorageArea } from '../../custom-hosts/custom-hosts-storage.ts';

/** A dynamic content script as `scripting` takes it (the fields OKR Lens sets). */
export type ScriptRegistration = { id: string; matches: string[]; js: string[]; runAt: 'document_end'; persistAcrossSessions: boolean; allFrames?: boolean };

/** The parts of the extension API the custom hosts use; unit tests pass fakes. */
export type CustomHostsBrowser = {
  permissions: {
    contains: (p: { origins: string[] }) => Promise<boolean>;
  };
  scripting: {
    registerContentScripts: (scripts: ScriptRegistration[]) => Promise<void>;
    unregisterContentScripts: (filter: { ids: string[] }) => Promise<void>;
    getRegisteredContentScripts: () => Promise<{ id: string; matches?: string[]; js?: string[] }[]>;
  };
  storage: StorageArea;
};
