import type { LiveCount } from '../../core/model/records.ts';
import { githubLiveCount } from '../sites/github/live-count.ts';
import { jiraLiveCount } from '../sites/jira/live-count.ts';
import type { FetchLike, LiveCountResult, SiteName } from '../sites/site-types.ts';

export type LiveCountFetch = (spec: LiveCount, pageUrl: URL, fetchFn: FetchLike) => Promise<LiveCountResult>;

/**
 * The sites whose numbers can be fetched with the person's own session. Kept with the overlay's
 * on-demand tools, not in the adapters: a page without a live count never loads this code.
 */
export const LIVE_COUNTS: Partial<Record<SiteName, LiveCountFetch>> = { jira: jiraLiveCount, github: githubLiveCount };
