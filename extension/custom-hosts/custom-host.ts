import type { SiteName } from '../sites/site-types.ts';

/** The sites a person may add on their own domain: Jira Data Center and GitHub Enterprise (issue 8). */
export const CUSTOM_HOST_SITES = { jira: 'Jira Data Center', github: 'GitHub Enterprise' } as const satisfies Partial<Record<SiteName, string>>;
export type CustomHostSite = keyof typeof CUSTOM_HOST_SITES;

/** One host the person granted, kept in `storage.local` under CUSTOM_HOSTS_KEY. */
export type CustomHost = { scheme: 'https' | 'http'; host: string; site: CustomHostSite };

export const CUSTOM_HOSTS_KEY = 'customHosts';

/**
 * The host permission asked for and the content script's match pattern. No port: match patterns
 * in Firefox cannot carry one, and a pattern without a port matches every port in both browsers.
 */
export const originOf = (h: Pick<CustomHost, 'scheme' | 'host'>): string => `${h.scheme}://${h.host}/*`;

/** Prefix of every script OKR Lens registers at runtime, so that reconciling never touches another script. */
export const SCRIPT_ID_PREFIX = 'okr-lens-custom-host:';
/** One stable registration id per granted origin: registering again replaces, never duplicates. */
export const scriptIdOf = (h: Pick<CustomHost, 'scheme' | 'host'>): string => `${SCRIPT_ID_PREFIX}${h.scheme}://${h.host}`;

/** The built content script of a site (WXT's output name for `entrypoints/<site>.content.ts`). */
export const scriptFileOf = (site: CustomHostSite): string => `content-scripts/${site}.js`;

export const sameHost = (a: Pick<CustomHost, 'scheme' | 'host'>, b: Pick<CustomHost, 'scheme' | 'host'>) => a.scheme === b.scheme && a.host === b.host;
