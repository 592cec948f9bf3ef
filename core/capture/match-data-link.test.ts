import { describe, expect, it } from 'vitest';
import { dataLinkPageKey, matchesDataLink } from './match-data-link.ts';
import { UI_STATE_PARAMS } from './ui-state-params.ts';

const link = (url: string) => ({ url, locator: 'css=.metricsAggregateValue', label: 'Sum of Amount' });

describe('matchesDataLink', () => {
  it('matches the same page whatever its hash, parameter order, case of host or UI-state parameters', () => {
    const pairs: [string, string][] = [
      ['https://acme.lightning.force.com/lightning/r/Report/00O5g000004RevTEAS/view', 'https://ACME.lightning.force.com/lightning/r/Report/00O5g000004RevTEAS/view/?queryScope=userFolders#totals'],
      ['https://acme.lightning.force.com/lightning/r/Report/00O5g000004RevTEAS/view', 'https://acme.lightning.force.com/lightning/r/Report/00O5g000004RevTEAS/view?ws=%2Flightning%2Fr%2FAccount%2F0015g00000AcMeQAAV%2Fview'],
      ['https://acme.atlassian.net/issues/?jql=project%3DPROJ%20AND%20status%3DDone', 'https://acme.atlassian.net/issues/?selectedIssue=PROJ-7&jql=project%3DPROJ%20AND%20status%3DDone'],
      ['https://jira.example.com/issues/?filter=10001', 'https://jira.example.com/issues/?filter=10001&atlOrigin=eyJpIjoiMSJ9&selectedIssue=OPS-1'],
      ['https://github.com/acme/web/milestone/7', 'https://github.com/acme/web/milestone/7?utm_source=slack&notification_referrer_id=NT_1'],
      ['https://acme.lightning.force.com/one/one.app#/sObject/00O5g000004RevTEAS/view', 'https://acme.lightning.force.com/one/one.app#/sObject/00O5g000004RevTEAS/view/'],
    ];
    for (const [saved, page] of pairs) expect(matchesDataLink(link(saved), page), `${saved} ~ ${page}`).toBe(true);
  });

  it('tells apart pages whose query or route changes what they count', () => {
    const pairs: [string, string][] = [
      ['https://acme.lightning.force.com/lightning/r/Report/00O5g000004RevTEAS/view', 'https://acme.lightning.force.com/lightning/r/Report/00O5g000004RevTEAS/view?fv0=EMEA'],
      ['https://acme.lightning.force.com/lightning/r/Report/00O5g000004RevTEAS/view', 'https://acme.lightning.force.com/lightning/r/Report/00O5g000004RevUEAS/view'],
      ['https://acme.atlassian.net/issues/?jql=project%3DPROJ', 'https://acme.atlassian.net/issues/?jql=project%3DOPS'],
      ['https://github.com/acme/web/milestone/7', 'https://github.com/acme/web/milestone/8'],
      ['https://acme.lightning.force.com/one/one.app#/sObject/00O5g000004RevTEAS/view', 'https://acme.lightning.force.com/one/one.app#/sObject/0015g00000AcMeQAAV/view'],
      // `ws` is Salesforce's console state, not a parameter to drop on other hosts.
      ['https://example.com/stats', 'https://example.com/stats?ws=2'],
      ['https://example.com/stats', 'not a url'],
    ];
    for (const [saved, page] of pairs) expect(matchesDataLink(link(saved), page), `${saved} ≁ ${page}`).toBe(false);
  });

  it('refuses URLs that are not web pages', () => {
    expect(dataLinkPageKey('javascript:alert(1)')).toBeUndefined();
    expect(matchesDataLink(link('javascript:alert(1)'), 'javascript:alert(1)')).toBe(false);
  });

  it('lists every UI-state parameter once per site, with a reason', () => {
    for (const rule of UI_STATE_PARAMS) {
      expect(rule.why.length).toBeGreaterThan(0);
      expect(new Set(rule.params).size).toBe(rule.params.length);
    }
  });
});
