// Query parameters that only carry UI state (which panel is open, where a click came from): a
// page with or without them shows the same numbers, so a data link ignores them. Parameters that
// change what a page counts (Jira `jql`/`filter`, Salesforce report filters `fv0`…, GitHub `q`)
// are never listed here.

export type UiStateRule = { site: string; appliesTo: (host: string) => boolean; params: readonly string[]; why: string };

const anyHost = () => true;
const salesforceHost = (host: string) => /\.(lightning\.force\.com|my\.salesforce\.com)$/.test(host);

export const UI_STATE_PARAMS: readonly UiStateRule[] = [
  { site: 'salesforce', appliesTo: salesforceHost, params: ['ws', '0.source', 'navigationLocation', 'queryScope', 'isdtp', 'srPos', 'srKp', 'sfdcIFrameOrigin'], why: 'console workspace tab, where the click came from, report folder scope, Classic search position' },
  // Jira Data Center runs on people's own hosts, and these names are Jira's alone.
  { site: 'jira', appliesTo: anyHost, params: ['selectedIssue', 'focusedCommentId', 'focusedWorklogId', 'atlOrigin'], why: 'issue side panel on boards and filters, focused comment and work log, link origin' },
  { site: 'github', appliesTo: (host) => host === 'github.com' || host.endsWith('.github.com'), params: ['notification_referrer_id', 'email_source', 'email_token', 'timeline_page'], why: 'notification and e-mail referrers' },
  { site: 'any', appliesTo: anyHost, params: ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content', 'fbclid', 'gclid'], why: 'tracking' },
];

/** True when `name` only carries UI state on `host`. */
export function isUiStateParam(host: string, name: string): boolean {
  return UI_STATE_PARAMS.some((rule) => rule.appliesTo(host) && rule.params.includes(name));
}
