import { linkKeys } from '../../../core/model/link-keys.ts';
import type { PageEntity } from '../site-types.ts';
import { classifyJiraUrl } from './jira-url.ts';

/** The issue or project a Jira page shows, with the URL a link keeps (`/browse/KEY-1`). */
export function jiraEntityFromUrl(url: URL, custom: boolean): PageEntity | undefined {
  const page = classifyJiraUrl(url, custom);
  if (!page) return undefined;
  const base = `${url.protocol}//${url.host}${page.context}/browse/`;
  const project = { key: linkKeys.jiraProject(url.host, page.projectKey), label: page.projectKey };
  if (!page.issueKey) return { ...project, kind: 'jira-project', url: base + page.projectKey };
  return {
    key: linkKeys.jiraIssue(url.host, page.issueKey),
    label: page.issueKey,
    kind: 'jira-issue',
    url: base + page.issueKey,
    container: project,
  };
}
