import { describe, expect, it } from 'vitest';
import type { UrlExample } from '../site-types.ts';
import { jiraAdapter } from './jira-adapter.ts';
import { JIRA_NOT_ENTITY_PAGES, JIRA_PREDICATES } from './jira-predicates.ts';

const entity = (url: string, custom = false) => jiraAdapter.entityFromUrl(new URL(url), custom);
const issue = (host: string, key: string, url: string) => ({
  key: `jira:${host}/${key}`, label: key, kind: 'jira-issue', url,
  container: { key: `jira-project:${host}/${key.split('-')[0]}`, label: key.split('-')[0] },
});
const project = (host: string, key: string, url: string) => ({ key: `jira-project:${host}/${key}`, label: key, kind: 'jira-project', url });

// Every predicate example with the entity it must yield (key, label, kind, canonical URL, container).
const EXPECTED: Record<string, object> = {
  'https://acme.atlassian.net/browse/KAN-1': issue('acme.atlassian.net', 'KAN-1', 'https://acme.atlassian.net/browse/KAN-1'),
  'https://acme.atlassian.net/browse/kan-7?focusedCommentId=10021': issue('acme.atlassian.net', 'KAN-7', 'https://acme.atlassian.net/browse/KAN-7'),
  'https://jira.acme.com/browse/OPS-12': issue('jira.acme.com', 'OPS-12', 'https://jira.acme.com/browse/OPS-12'),
  'https://jira.acme.com/jira/browse/OPS-1': issue('jira.acme.com', 'OPS-1', 'https://jira.acme.com/jira/browse/OPS-1'),
  'https://acme.com/tools/jira/browse/OPS-2': issue('acme.com', 'OPS-2', 'https://acme.com/tools/jira/browse/OPS-2'),
  'http://jira.intranet:8080/browse/OPS-3?jql=project%3DOPS': issue('jira.intranet:8080', 'OPS-3', 'http://jira.intranet:8080/browse/OPS-3'),
  'https://acme.atlassian.net/jira/software/projects/KAN/boards/3?selectedIssue=KAN-12': issue('acme.atlassian.net', 'KAN-12', 'https://acme.atlassian.net/browse/KAN-12'),
  'https://acme.atlassian.net/jira/software/c/projects/KAN/boards/7/backlog?selectedIssue=web-4': issue('acme.atlassian.net', 'WEB-4', 'https://acme.atlassian.net/browse/WEB-4'),
  'https://acme.atlassian.net/jira/core/projects/BIZ/list?selectedIssue=BIZ-5': issue('acme.atlassian.net', 'BIZ-5', 'https://acme.atlassian.net/browse/BIZ-5'),
  'https://acme.atlassian.net/jira/software/projects/KAN/timeline?selectedIssue=KAN-30': issue('acme.atlassian.net', 'KAN-30', 'https://acme.atlassian.net/browse/KAN-30'),
  'https://acme.atlassian.net/jira/servicedesk/projects/SD/queues/custom/1/SD-12': issue('acme.atlassian.net', 'SD-12', 'https://acme.atlassian.net/browse/SD-12'),
  'https://acme.atlassian.net/jira/polaris/projects/MP/ideas/view/123?selectedIssue=MP-5': issue('acme.atlassian.net', 'MP-5', 'https://acme.atlassian.net/browse/MP-5'),
  'https://acme.atlassian.net/issues/?jql=project%20%3D%20KAN&selectedIssue=KAN-3': issue('acme.atlassian.net', 'KAN-3', 'https://acme.atlassian.net/browse/KAN-3'),
  'https://acme.atlassian.net/issues/KAN-4?jql=project%20%3D%20KAN': issue('acme.atlassian.net', 'KAN-4', 'https://acme.atlassian.net/browse/KAN-4'),
  'https://acme.atlassian.net/jira/software/c/projects/KAN/issues/?filter=allissues&selectedIssue=KAN-8': issue('acme.atlassian.net', 'KAN-8', 'https://acme.atlassian.net/browse/KAN-8'),
  'https://acme.atlassian.net/jira/software/c/projects/KAN/issues/KAN-9?jql=project%20%3D%20KAN': issue('acme.atlassian.net', 'KAN-9', 'https://acme.atlassian.net/browse/KAN-9'),
  'https://jira.acme.com/projects/OPS/issues/OPS-5?filter=allopenissues': issue('jira.acme.com', 'OPS-5', 'https://jira.acme.com/browse/OPS-5'),
  'https://jira.acme.com/secure/RapidBoard.jspa?rapidView=5&projectKey=OPS&selectedIssue=OPS-9': issue('jira.acme.com', 'OPS-9', 'https://jira.acme.com/browse/OPS-9'),
  'https://jira.acme.com/jira/secure/RapidBoard.jspa?rapidView=5&view=planning&selectedIssue=OPS-10': issue('jira.acme.com', 'OPS-10', 'https://jira.acme.com/jira/browse/OPS-10'),
  'https://acme.atlassian.net/jira/software/projects/KAN/summary': project('acme.atlassian.net', 'KAN', 'https://acme.atlassian.net/browse/KAN'),
  'https://acme.atlassian.net/jira/software/c/projects/KAN/boards/7': project('acme.atlassian.net', 'KAN', 'https://acme.atlassian.net/browse/KAN'),
  'https://acme.atlassian.net/jira/software/projects/KAN/boards/3/backlog': project('acme.atlassian.net', 'KAN', 'https://acme.atlassian.net/browse/KAN'),
  'https://acme.atlassian.net/jira/servicedesk/projects/SD/queues/custom/1': project('acme.atlassian.net', 'SD', 'https://acme.atlassian.net/browse/SD'),
  'https://acme.atlassian.net/browse/kan': project('acme.atlassian.net', 'KAN', 'https://acme.atlassian.net/browse/KAN'),
  'https://acme.atlassian.net/projects/KAN': project('acme.atlassian.net', 'KAN', 'https://acme.atlassian.net/browse/KAN'),
  'https://jira.acme.com/projects/OPS/summary': project('jira.acme.com', 'OPS', 'https://jira.acme.com/browse/OPS'),
  'https://jira.acme.com/jira/secure/RapidBoard.jspa?rapidView=5&projectKey=OPS': project('jira.acme.com', 'OPS', 'https://jira.acme.com/jira/browse/OPS'),
};

const urlOf = (e: UrlExample) => (typeof e === 'string' ? e : e.url);
const isCustom = (e: UrlExample) => typeof e !== 'string';

describe('Jira entity from URL', () => {
  const examples = JIRA_PREDICATES.flatMap((p) => p.examples);
  it('has an expected entity for every predicate example, and no other', () => {
    expect(examples.map(urlOf).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
  for (const predicate of JIRA_PREDICATES) {
    for (const example of predicate.examples) {
      it(`${urlOf(example)} (${predicate.name})`, () => {
        expect(entity(urlOf(example), isCustom(example))).toEqual(EXPECTED[urlOf(example)]);
        expect(JIRA_PREDICATES.filter((p) => p.test(new URL(urlOf(example)), isCustom(example))).map((p) => p.name)).toEqual([predicate.name]);
      });
    }
  }
  for (const example of JIRA_NOT_ENTITY_PAGES) {
    it(`${urlOf(example)} is no entity page`, () => {
      expect(entity(urlOf(example), isCustom(example))).toBeUndefined();
      expect(JIRA_PREDICATES.filter((p) => p.test(new URL(urlOf(example)), isCustom(example)))).toEqual([]);
    });
  }
  it('keeps keys the same whatever the case of the URL and host', () => {
    expect(entity('https://ACME.atlassian.net/browse/kan-1')?.key).toBe(entity('https://acme.atlassian.net/browse/KAN-1')?.key);
  });
  it('takes the issue key, not the board\'s project, as the container of a selected issue', () => {
    expect(entity('https://acme.atlassian.net/jira/software/projects/KAN/boards/3?selectedIssue=WEB-2')?.container?.label).toBe('WEB');
  });
  it('reads Cloud paths only on atlassian.net unless the host was granted', () => {
    expect(entity('https://jira.acme.com/jira/software/projects/KAN/summary')).toBeUndefined();
    expect(entity('https://evil.example/browse/KAN-1')).toBeUndefined();
  });
});
