import { h } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { keyResult, objective, person, workspace } from '../../../test/builders.ts';
import type { Request } from '../../messages/api.ts';
import { mount, settle } from './dom-kit.ts';
import { KeyResultForm } from './key-result-form.tsx';

const sent: Request[] = [];
vi.mock('../../messages/client.ts', () => ({
  send: async (request: Request) => {
    sent.push(request);
    return 'draft' in request ? { ok: true, value: { ...request.draft, id: `kr-${sent.length}` } } : { ok: true, value: {} };
  },
}));
beforeEach(() => void (sent.length = 0));

const ws = workspace({ people: [person({ id: 'ada', name: 'Ada' })], objectives: [objective({ id: 'o1', title: 'Ship', ownerIds: ['ada'] })] });
const liveCount = { source: 'jira-jql', host: 'jira.acme.com', query: 'project = PROJ', measure: 'share-done' } as const;
const edit = (k = keyResult({ id: 'k1', objectiveId: 'o1', ownerIds: ['ada'] })) =>
  mount(h(KeyResultForm, { ws, me: 'ada', objectiveId: 'o1', keyResult: k, onSaved: () => undefined, onCancel: () => undefined }));
const changes = () => (sent[0]?.type === 'keyResult.update' ? sent[0].changes : undefined);

describe('KeyResultForm: live count', () => {
  it('adds a GitHub milestone live count, the host defaulting to github.com', async () => {
    const v = mount(h(KeyResultForm, { ws, me: 'ada', objectiveId: 'o1', onSaved: () => undefined, onCancel: () => undefined }));
    expect(v.root.querySelector('#kr-new-o1-live-query')).toBeNull();
    await v.type('#kr-new-o1-title', 'Close the Q4 milestone');
    await v.select('#kr-new-o1-live-source', 'github-milestone');
    expect(v.q('#kr-new-o1-live-query-hint').textContent).toContain('owner/repo/number');
    expect([...v.root.querySelectorAll('#kr-new-o1-live-measure option')].map((o) => o.textContent)).toEqual(['Closed issues', 'Share closed (%)']);
    await v.type('#kr-new-o1-live-query', 'https://github.com/acme/app/milestone/4');
    await v.select('#kr-new-o1-live-measure', 'share-done');
    await v.submit();
    await settle();
    expect(sent[0]).toMatchObject({ type: 'keyResult.create', draft: { title: 'Close the Q4 milestone', liveCount: { source: 'github-milestone', host: 'github.com', query: 'acme/app/4', measure: 'share-done' } } });
  });

  it('refuses a milestone that is not owner/repo/number, beside the field, sending nothing', async () => {
    const v = edit();
    await v.select('#kr-k1-live-source', 'github-milestone');
    await v.type('#kr-k1-live-query', 'acme/app');
    await v.submit();
    expect(sent).toEqual([]);
    expect(v.q('#kr-k1-live-query-error').textContent).toBe('must be a milestone as owner/repo/number (acme/app/4), or its address from GitHub');
    expect(v.q('#kr-k1-live-query').getAttribute('aria-describedby')).toBe('kr-k1-live-query-error kr-k1-live-query-hint');
  });

  it('asks for the Jira host', async () => {
    const v = edit();
    await v.select('#kr-k1-live-source', 'jira-jql');
    await v.type('#kr-k1-live-query', 'project = PROJ');
    await v.submit();
    expect(sent).toEqual([]);
    expect(v.q('#kr-k1-live-host-error').textContent).toBe('type your Jira’s host, like acme.atlassian.net or jira.acme.com');
  });

  it('shows the stored live count, changes it, and removes it with "Nothing"', async () => {
    const k = keyResult({ id: 'k1', objectiveId: 'o1', ownerIds: ['ada'], liveCount });
    let v = edit(k);
    expect(v.q<HTMLInputElement>('#kr-k1-live-host').value).toBe('jira.acme.com');
    expect(v.q<HTMLInputElement>('#kr-k1-live-query').value).toBe('project = PROJ');
    await v.type('#kr-k1-live-query', 'project = PROJ AND fixVersion = "Q4"');
    await v.submit();
    await settle();
    expect(changes()?.liveCount).toEqual({ ...liveCount, query: 'project = PROJ AND fixVersion = "Q4"' });
    sent.length = 0;
    v.unmount();
    v = edit(k);
    await v.select('#kr-k1-live-source', 'none');
    await v.submit();
    await settle();
    expect(changes()?.liveCount).toBeNull();
  });

  it('leaves an unchanged live count out of the update', async () => {
    const v = edit(keyResult({ id: 'k1', objectiveId: 'o1', ownerIds: ['ada'], liveCount }));
    await v.type('#kr-k1-title', 'Renamed');
    await v.submit();
    await settle();
    expect(changes()).toMatchObject({ title: 'Renamed' });
    expect(changes()).not.toHaveProperty('liveCount');
  });
});

describe('KeyResultForm: data link', () => {
  const dataLink = { url: 'https://github.com/acme/app/milestone/4', locator: '.progress', label: '41 closed' };

  it('shows the data link as a link and removes it on save', async () => {
    const v = edit(keyResult({ id: 'k1', objectiveId: 'o1', ownerIds: ['ada'], dataLink }));
    const a = v.q<HTMLAnchorElement>('.data-link a');
    expect([a.textContent, a.getAttribute('href'), a.getAttribute('rel')]).toEqual(['41 closed', dataLink.url, 'noopener noreferrer']);
    await v.click('.data-link button');
    expect(v.text()).toContain('The data link to “41 closed” goes when you save.');
    await v.submit();
    await settle();
    expect(changes()?.dataLink).toBeNull();
  });

  it('keeps it when the removal is taken back, and shows a non-http URL as text only', async () => {
    const v = edit(keyResult({ id: 'k1', objectiveId: 'o1', ownerIds: ['ada'], dataLink: { ...dataLink, url: 'javascript:alert(1)', label: '<b>x</b>' } }));
    expect(v.root.querySelector('.data-link a')).toBeNull();
    expect(v.q('.data-link span').textContent).toBe('<b>x</b>');
    await v.click('.data-link button');
    await v.click('.data-link button');
    await v.submit();
    await settle();
    expect(changes()).not.toHaveProperty('dataLink');
  });

  it('is not shown when the key result has none', () => {
    expect(edit().root.querySelector('.data-link')).toBeNull();
  });
});
