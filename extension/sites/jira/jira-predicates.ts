import type { UrlExample, UrlPredicate } from '../site-types.ts';
import { classifyJiraUrl, type JiraView } from './jira-url.ts';

const predicate = (name: JiraView, examples: readonly UrlExample[]): UrlPredicate => ({
  name,
  test: (url, custom) => classifyJiraUrl(url, custom)?.view === name,
  examples,
});

// Each example must match its own predicate and no other of any site (url-examples.test.ts).
export const JIRA_PREDICATES: readonly UrlPredicate[] = [
  predicate('isIssue', [
    'https://acme.atlassian.net/browse/KAN-1',
    'https://acme.atlassian.net/browse/kan-7?focusedCommentId=10021',
    { url: 'https://jira.acme.com/browse/OPS-12', custom: true },
    { url: 'https://jira.acme.com/jira/browse/OPS-1', custom: true },
    { url: 'https://acme.com/tools/jira/browse/OPS-2', custom: true },
    { url: 'http://jira.intranet:8080/browse/OPS-3?jql=project%3DOPS', custom: true },
  ]),
  predicate('isBoardIssue', [
    'https://acme.atlassian.net/jira/software/projects/KAN/boards/3?selectedIssue=KAN-12',
    'https://acme.atlassian.net/jira/software/c/projects/KAN/boards/7/backlog?selectedIssue=web-4',
    'https://acme.atlassian.net/jira/core/projects/BIZ/list?selectedIssue=BIZ-5',
    'https://acme.atlassian.net/jira/software/projects/KAN/timeline?selectedIssue=KAN-30',
    'https://acme.atlassian.net/jira/servicedesk/projects/SD/queues/custom/1/SD-12',
    'https://acme.atlassian.net/jira/polaris/projects/MP/ideas/view/123?selectedIssue=MP-5',
  ]),
  predicate('isNavigatorIssue', [
    'https://acme.atlassian.net/issues/?jql=project%20%3D%20KAN&selectedIssue=KAN-3',
    'https://acme.atlassian.net/jira/software/c/projects/KAN/issues/?filter=allissues&selectedIssue=KAN-8',
    'https://acme.atlassian.net/jira/software/c/projects/KAN/issues/KAN-9?jql=project%20%3D%20KAN',
    'https://acme.atlassian.net/issues/KAN-4?jql=project%20%3D%20KAN',
    { url: 'https://jira.acme.com/projects/OPS/issues/OPS-5?filter=allopenissues', custom: true },
  ]),
  predicate('isRapidBoardIssue', [
    { url: 'https://jira.acme.com/secure/RapidBoard.jspa?rapidView=5&projectKey=OPS&selectedIssue=OPS-9', custom: true },
    { url: 'https://jira.acme.com/jira/secure/RapidBoard.jspa?rapidView=5&view=planning&selectedIssue=OPS-10', custom: true },
  ]),
  predicate('isProject', [
    'https://acme.atlassian.net/jira/software/projects/KAN/summary',
    'https://acme.atlassian.net/jira/software/c/projects/KAN/boards/7',
    'https://acme.atlassian.net/jira/software/projects/KAN/boards/3/backlog',
    'https://acme.atlassian.net/jira/servicedesk/projects/SD/queues/custom/1',
    'https://acme.atlassian.net/projects/KAN',
    'https://acme.atlassian.net/browse/kan',
    { url: 'https://jira.acme.com/projects/OPS/summary', custom: true },
    { url: 'https://jira.acme.com/jira/secure/RapidBoard.jspa?rapidView=5&projectKey=OPS', custom: true },
  ]),
];

/** Jira pages that show no single issue or project: the overlay stays away. */
export const JIRA_NOT_ENTITY_PAGES: readonly UrlExample[] = [
  'https://acme.atlassian.net/',
  'https://acme.atlassian.net/jira/your-work',
  'https://acme.atlassian.net/jira/dashboards/10001',
  'https://acme.atlassian.net/jira/settings/projects/manage',
  'https://acme.atlassian.net/jira/software/projects/KAN/settings/details',
  'https://acme.atlassian.net/jira/projects?selectedProjectType=software',
  'https://acme.atlassian.net/issues/?jql=project%20%3D%20KAN',
  'https://acme.atlassian.net/jira/software/c/projects/KAN/issues/?filter=allissues',
  'https://acme.atlassian.net/secure/Dashboard.jspa',
  'https://acme.atlassian.net/wiki/spaces/ENG/pages/123/KAN-1+retro',
  'https://acme.atlassian.net/wiki/browse/KAN-1',
  'https://acme.atlassian.net/jira/browse/KAN-1',
  'https://acme.atlassian.net/browse/KAN-1/comments',
  'https://acme.atlassian.net/browse/1KAN-1',
  'https://acme.atlassian.net/browse/KAN-1x',
  'https://acme.atlassian.net/projects/1KAN',
  'https://acme.atlassian.net/projects/KA-N',
  'https://acme.atlassian.net/issues/KAN-3/comments',
  'https://acme.atlassian.net/jira/software/c/boards/12',
  'https://acme.atlassian.net/jira/software/c/settings/boards',
  'https://jira.acme.com/browse/OPS-12',
  { url: 'https://jira.acme.com/', custom: true },
  { url: 'https://jira.acme.com/secure/Dashboard.jspa', custom: true },
  { url: 'https://jira.acme.com/issues/?jql=project%3DOPS', custom: true },
  { url: 'https://jira.acme.com/secure/RapidBoard.jspa?rapidView=5', custom: true },
  { url: 'https://jira.acme.com/secure/Dashboard.jspa?selectedIssue=OPS-1', custom: true },
  { url: 'https://jira.acme.com/secure/admin/RapidBoard.jspa?selectedIssue=OPS-1', custom: true },
];
