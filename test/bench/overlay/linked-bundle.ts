import { bundleText, toBundle } from '../../../core/bundle/bundle-format.ts';
import { keyResult, objective, period, person, workspace } from '../../builders.ts';

export const PAGE_URL = 'https://acme.atlassian.net/browse/KAN-1';
export const PAGE_ENTITY = { key: 'jira:acme.atlassian.net/KAN-1', container: 'jira-project:acme.atlassian.net/KAN' };

/**
 * A bundle of `links` key results, each linked to its own Jira issue (BEN-0, BEN-1, …), ten to an
 * objective; the first is also linked to KAN-1, the page the bench opens. So that page's own
 * summary entry is the same at every size: only the rest of storage.local grows.
 */
export function linkedBundle(links: number, now: string): string {
  const people = [person({ id: 'p0', name: 'Bench Person', email: 'bench@example.com' })];
  const objs = Array.from({ length: Math.ceil(links / 10) }, (_, i) => objective({ id: `o${i}`, title: `Objective ${i}`, ownerIds: ['p0'] }));
  const krs = Array.from({ length: links }, (_, i) => keyResult({
    id: `k${i}`, objectiveId: `o${Math.floor(i / 10)}`, title: `Close ${i % 50} issues in BEN`, ownerIds: ['p0'], start: 0, target: 50,
    links: [
      { key: `jira:acme.atlassian.net/BEN-${i}`, url: `https://acme.atlassian.net/browse/BEN-${i}`, title: `Issue BEN-${i}` },
      ...(i === 0 ? [{ key: PAGE_ENTITY.key, url: PAGE_URL, title: 'Checkout shows the wrong tax for Quebec' }] : []),
    ],
  }));
  const ws = workspace({ people, periods: [period()], objectives: objs, keyResults: krs });
  ws.workspace = { ...ws.workspace, name: `Bench ${links} links` };
  return bundleText(toBundle(ws, now, 'bench'));
}
