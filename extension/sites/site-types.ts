// The contract between the overlay runtime (extension/overlay/) and one host's adapter
// (extension/sites/<site>/). The entity comes from the URL; a page object only reads a title,
// an optional container and a place to mount from the host's DOM.

export const SITES = ['jira', 'github', 'salesforce'] as const;
export type SiteName = (typeof SITES)[number];

export type EntityKind =
  | 'jira-issue' | 'jira-project'
  | 'github-repo' | 'github-issue' | 'github-pull' | 'github-milestone'
  | 'salesforce-record';

/** Where a link points: a canonical key from core/model/link-keys.ts and what people read. */
export type EntityRef = { key: string; label: string };

export type PageEntity = EntityRef & {
  kind: EntityKind;
  /** The canonical URL stored in a link to this entity (not the page's URL with its noise). */
  url: string;
  /** The Jira project or GitHub repository, known from the URL alone. */
  container?: EntityRef;
};

/**
 * One kind of page, detected from the URL alone. `custom` is true in a script registered at
 * runtime for a host the person granted (Jira Data Center, GitHub Enterprise): the host check is
 * skipped there, because the host was chosen for this site.
 */
export type UrlPredicate = {
  name: string;
  test: (url: URL, custom: boolean) => boolean;
  /** Pages of this kind: each must match this predicate and no other (url-examples.test.ts). */
  examples: readonly UrlExample[];
};
export type UrlExample = string | { url: string; custom: true };

/** The only code that reads a host page's DOM. Every method may answer undefined while the page renders. */
export type PageObject = {
  /** The entity's title as text (never markup). */
  title: (doc: Document, entity: PageEntity) => string | undefined;
  /** A container only the page knows (a Salesforce record's account). */
  container?: (doc: Document, entity: PageEntity) => EntityRef | undefined;
  /** An element to put the overlay's host element in; undefined → fixed in the page's corner. */
  mountPoint?: (doc: Document, entity: PageEntity) => Element | undefined;
};

/** A live count's number, with what to keep as the check-in's evidence (the query and what it answered). */
export type LiveCountResult = { ok: true; value: number; evidence: string; sourceUrl: string } | { ok: false; error: string };
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * A site's URL predicates with their examples: checked together across sites by the tests, and kept
 * out of the adapter so the examples never ship in a content script.
 */
export type SitePredicates = { site: SiteName; predicates: readonly UrlPredicate[] };

export type SiteAdapter = {
  site: SiteName;
  /** Content-script match patterns for the cloud hosts (custom hosts are registered at runtime). */
  matches: readonly string[];
  /** The entity a page shows, from the URL alone; undefined on every other page. */
  entityFromUrl: (url: URL, custom: boolean) => PageEntity | undefined;
  page: PageObject;
};
