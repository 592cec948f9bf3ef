import type { ExamplePage } from '../example-page.ts';

// Real Jira URLs and the fixtures that imitate them (fixtures/pages/jira/README.md): the overlay
// must show this entity and title there. Data Center rows (jira.acme.com) need the host granted.
const F = 'fixtures/pages/jira/';
const kan = { key: 'jira-project:acme.atlassian.net/KAN', label: 'KAN' };
const ops = { key: 'jira-project:jira.acme.com/OPS', label: 'OPS' };
const cloudIssue = (key: string) => ({ key: `jira:acme.atlassian.net/${key}`, label: key });
const dcIssue = (key: string) => ({ key: `jira:jira.acme.com/${key}`, label: key });

export const JIRA_EXAMPLE_PAGES: ExamplePage[] = [
  { url: 'https://acme.atlassian.net/browse/KAN-1', fixture: `${F}cloud-browse-issue.html`,
    entity: cloudIssue('KAN-1'), title: 'Checkout shows the wrong tax for Quebec', container: kan },
  { url: 'https://acme.atlassian.net/jira/software/projects/KAN/boards/3?selectedIssue=KAN-12', fixture: `${F}cloud-board-side-panel.html`,
    entity: cloudIssue('KAN-12'), title: 'Refund emails go to spam', container: kan },
  { url: 'https://acme.atlassian.net/jira/software/c/projects/WEB/boards/7/backlog?selectedIssue=WEB-4', fixture: `${F}cloud-backlog-selected.html`,
    entity: cloudIssue('WEB-4'), title: 'Lazy-load product images', container: { key: 'jira-project:acme.atlassian.net/WEB', label: 'WEB' } },
  { url: 'https://acme.atlassian.net/issues/?jql=project%20%3D%20KAN%20ORDER%20BY%20created%20DESC&selectedIssue=KAN-3', fixture: `${F}cloud-navigator-issue.html`,
    entity: cloudIssue('KAN-3'), title: 'Tax table update', container: kan },
  { url: 'https://acme.atlassian.net/jira/software/projects/KAN/summary', fixture: `${F}cloud-project-summary.html`,
    entity: kan, title: 'Kanban Web' },
  { url: 'https://acme.atlassian.net/browse/KAN-66', fixture: `${F}cloud-title-markup.html`,
    entity: cloudIssue('KAN-66'), title: '<img src=x onerror=alert(1)> <script>alert("pwned")</script> Fix & ship', container: kan },
  { url: 'https://jira.acme.com/jira/browse/OPS-1', fixture: `${F}dc-browse-issue.html`,
    entity: dcIssue('OPS-1'), title: 'Rotate the database certificates', container: ops },
  { url: 'https://jira.acme.com/secure/RapidBoard.jspa?rapidView=5&projectKey=OPS&selectedIssue=OPS-9', fixture: `${F}dc-rapid-board.html`,
    entity: dcIssue('OPS-9'), title: 'Move backups to the new bucket', container: ops },
  { url: 'https://jira.acme.com/projects/OPS/summary', fixture: `${F}dc-project-summary.html`,
    entity: ops, title: 'Operations' },
];

/** Pages of a Jira host where the overlay must not appear (Confluence shares the host). */
export const JIRA_NOT_ENTITY_EXAMPLE_PAGES: { url: string; fixture: string }[] = [
  { url: 'https://acme.atlassian.net/wiki/spaces/ENG/pages/123/KAN-1+retro', fixture: `${F}cloud-confluence-page.html` },
];
