import type { DataLink, LiveCount } from '../../../core/model/records.ts';
import { isHttpUrl } from '../../../core/model/check-spec.ts';

export const SOURCE_LABELS = { 'jira-jql': 'Jira: issues matching a JQL query', 'github-milestone': 'GitHub: a milestone’s issues' } as const satisfies Record<LiveCount['source'], string>;

/** What is counted, in the source's own words (Jira's issues are done, GitHub's closed). */
export const MEASURE_LABELS = {
  'jira-jql': { count: 'Number of issues', 'share-done': 'Share done (%)' },
  'github-milestone': { count: 'Closed issues', 'share-done': 'Share closed (%)' },
} as const satisfies Record<LiveCount['source'], Record<LiveCount['measure'], string>>;

/** One line for people: "Share done (%) of project = PROJ on acme.atlassian.net". */
export const liveCountText = (l: LiveCount) => `${MEASURE_LABELS[l.source][l.measure]} of ${l.query} on ${l.host}`;

/** A data link's URL as a link only when it is http(s): it came from a page or a file (DESIGN.md traps). */
export const dataLinkHref = (d: DataLink): string | undefined => (isHttpUrl(d.url) ? d.url : undefined);
