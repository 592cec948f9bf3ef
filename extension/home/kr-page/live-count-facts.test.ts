import { h } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { keyResult, objective, person, workspace } from '../../../test/builders.ts';
import { mount } from '../edit/dom-kit.ts';
import { parseRoute } from '../route.ts';
import { KrPage } from './kr-page.tsx';

vi.mock('../../messages/client.ts', () => ({ send: async () => ({ ok: true, value: {} }) }));
// chart.js needs a canvas and computed styles linkedom does not have; the chart is not under test here.
vi.mock('./kr-chart.tsx', () => ({ KrChart: () => null }));

const liveCount = { source: 'github-milestone', host: 'github.acme.com', query: 'acme/app/4', measure: 'share-done' } as const;
const dataLink = { url: 'https://acme.atlassian.net/issues/?filter=10001', locator: '.results-count-total', label: '<img src=x onerror=alert(1)> issues' };
const ws = workspace({
  people: [person({ id: 'ada', name: 'Ada' }), person({ id: 'noor', name: 'Noor', role: 'observer' })],
  objectives: [objective({ id: 'o1', ownerIds: ['ada'] })],
  keyResults: [keyResult({ id: 'k1', objectiveId: 'o1', ownerIds: ['ada'], liveCount, dataLink }), keyResult({ id: 'k2', objectiveId: 'o1', ownerIds: ['ada'], dataLink: { ...dataLink, url: 'javascript:alert(1)', label: '' } })],
});
const page = (id: string, me: string) => mount(h(KrPage, { ws, me, route: parseRoute(`#/kr/${id}`) }));
const facts = (v: ReturnType<typeof page>) => Object.fromEntries([...v.root.querySelectorAll('dl.facts dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));

describe('KR page: live count and data link', () => {
  it('shows both read-only to an observer, the page’s label as text', () => {
    const v = page('k1', 'noor');
    expect(facts(v)).toMatchObject({ 'Live count': 'Share closed (%) of acme/app/4 on github.acme.com', 'Data link': '<img src=x onerror=alert(1)> issues' });
    expect(v.q('.data-link a').getAttribute('href')).toBe(dataLink.url);
    expect(v.root.querySelector('.data-link img')).toBeNull();
    // Nothing to change them with: no control in the facts, and no check-in form for an observer.
    expect(v.root.querySelectorAll('dl.facts input, dl.facts select, dl.facts button')).toHaveLength(0);
    expect(v.root.querySelector('form')).toBeNull();
  });

  it('never makes a link of a data link that is not http(s)', () => {
    const v = page('k2', 'ada');
    expect(facts(v)['Data link']).toBe('javascript:alert(1)');
    expect(v.root.querySelector('.data-link a')).toBeNull();
    expect(facts(v)).not.toHaveProperty('Live count');
  });
});
