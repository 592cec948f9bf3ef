// What a Jira URL shows, from the URL alone (no DOM): one classification per URL, so the
// predicates built on it can never overlap. Keys come back upper-cased; URLs may carry them in
// any case.

export const JIRA_VIEWS = ['isIssue', 'isBoardIssue', 'isNavigatorIssue', 'isRapidBoardIssue', 'isProject'] as const;
export type JiraView = (typeof JIRA_VIEWS)[number];

export type JiraPage = {
  view: JiraView;
  /** Data Center's context path (`/jira`), '' at the host's root and always on Cloud. */
  context: string;
  projectKey: string;
  issueKey?: string;
};

const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-\d+$/i;
const PROJECT_KEY = /^[A-Z][A-Z0-9_]*$/i;
// First path segments of Data Center pages, after the context path.
const DC_ROOTS = new Set(['browse', 'secure', 'projects', 'issues']);
// Jira Cloud's apps under /jira/<app>/projects/ (software, work management, service, product discovery);
// `/jira/settings/projects/…` and other admin areas are not project pages.
const CLOUD_APPS = new Set(['software', 'core', 'servicedesk', 'polaris']);

export const isCloudHost = (host: string) => host.toLowerCase().endsWith('.atlassian.net');

export function issueKeyOf(raw: string | null | undefined): string | undefined {
  return raw && ISSUE_KEY.test(raw) ? raw.toUpperCase() : undefined;
}
const projectOfIssue = (issueKey: string) => issueKey.slice(0, issueKey.lastIndexOf('-'));
const projectKeyOf = (raw: string | undefined) => (raw && PROJECT_KEY.test(raw) ? raw.toUpperCase() : undefined);

function issuePage(view: JiraView, context: string, issueKey: string | undefined): JiraPage | undefined {
  return issueKey ? { view, context, projectKey: projectOfIssue(issueKey), issueKey } : undefined;
}

/** `custom`: a host the person granted for Jira Data Center, where a context path may lead. */
export function classifyJiraUrl(url: URL, custom: boolean): JiraPage | undefined {
  if (!custom && !isCloudHost(url.hostname)) return undefined;
  const segments = url.pathname.split('/').filter(Boolean);
  const selected = issueKeyOf(url.searchParams.get('selectedIssue'));
  if (segments[0] === 'jira') {
    const cloud = cloudAppPage(segments.slice(1), selected);
    if (cloud !== 'not-an-app-route') return cloud;
  }
  const rootAt = segments.findIndex((s) => DC_ROOTS.has(s));
  // Cloud has no context path; on a granted host the first Jira segment ends it.
  if (rootAt < 0 || (rootAt > 0 && !custom)) return undefined;
  const context = segments.slice(0, rootAt).map((s) => `/${s}`).join('');
  return rootPage(segments[rootAt]!, segments.slice(rootAt + 1), url, context, selected);
}

// `/jira/<app>[/c]/projects/KEY/…`: Jira Cloud's software, work management, service and discovery apps.
function cloudAppPage(rest: string[], selected: string | undefined): JiraPage | undefined | 'not-an-app-route' {
  const at = rest[1] === 'projects' ? 2 : rest[1] === 'c' && rest[2] === 'projects' ? 3 : -1;
  if (at < 0 || !CLOUD_APPS.has(rest[0] ?? '')) return 'not-an-app-route';
  return projectPathPage(rest.slice(at), selected, '');
}

// `KEY/<view…>` under a project: its issue list (navigator), a view with an issue open, or the project.
function projectPathPage(rest: string[], selected: string | undefined, context: string): JiraPage | undefined {
  const projectKey = projectKeyOf(rest[0]);
  if (!projectKey) return undefined;
  const view = rest.slice(1);
  if (view[0] === 'settings') return undefined;
  if (view[0] === 'issues') return issuePage('isNavigatorIssue', context, issueKeyOf(view[1]) ?? selected);
  const inPath = issueKeyOf(view.at(-1));
  if (inPath || selected) return issuePage('isBoardIssue', context, selected ?? inPath);
  return { view: 'isProject', context, projectKey };
}

function rootPage(root: string, rest: string[], url: URL, context: string, selected: string | undefined): JiraPage | undefined {
  if (root === 'browse') {
    if (rest.length !== 1) return undefined;
    const issueKey = issueKeyOf(rest[0]);
    if (issueKey) return issuePage('isIssue', context, issueKey);
    const projectKey = projectKeyOf(rest[0]);
    return projectKey ? { view: 'isProject', context, projectKey } : undefined;
  }
  if (root === 'issues') return rest.length <= 1 ? issuePage('isNavigatorIssue', context, issueKeyOf(rest[0]) ?? selected) : undefined;
  if (root === 'projects') return projectPathPage(rest, selected, context);
  if (rest.length === 1 && rest[0] === 'RapidBoard.jspa') {
    if (selected) return issuePage('isRapidBoardIssue', context, selected);
    const projectKey = projectKeyOf(url.searchParams.get('projectKey') ?? undefined);
    return projectKey ? { view: 'isProject', context, projectKey } : undefined;
  }
  return undefined;
}

// Segments that follow a Data Center context path on any Jira page, entity page or not.
const CONTEXT_ENDS = new Set([...DC_ROOTS, 'plugins', 'rest', 'servicedesk', 'login.jsp', 'logout']);

/** The context path of any page of a Jira site (`/jira` for `https://jira.acme.com/jira/secure/Dashboard.jspa`). */
export function jiraContextPath(url: URL): string {
  if (isCloudHost(url.hostname)) return '';
  const segments = url.pathname.split('/').filter(Boolean);
  const at = segments.findIndex((s) => CONTEXT_ENDS.has(s));
  return at > 0 ? segments.slice(0, at).map((s) => `/${s}`).join('') : '';
}
