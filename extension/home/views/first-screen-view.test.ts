import { h } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDemo } from '../../../fixtures/demo/build-demo.ts';
import { firstScreen } from '../../../core/report/first-screen.ts';
import { renderDom } from '../../../test/dom/render-dom.ts';
import { parseRoute } from '../route.ts';
import { FirstScreenView } from './first-screen-view.tsx';

const ws = buildDemo();
const NOW = new Date('2026-11-20T17:00:00Z');

describe('FirstScreenView', () => {
  let dom: ReturnType<typeof renderDom> | undefined;
  afterEach(() => dom?.cleanup());
  const mount = (hash: string, limit: number, current = true) => {
    const route = parseRoute(hash);
    const screen = firstScreen(ws, { query: route.query.toString(), me: 'maya', now: NOW, limit });
    dom = renderDom(h(FirstScreenView, { screen, route, current }));
    return dom;
  };

  it('draws the first rows with the tree busy while more are to come, counting every match', () => {
    const d = mount('#/okrs?period=2026-q4', 2);
    expect(d.$$('article').map((a) => a.getAttribute('aria-label'))).toEqual(['Become the analytics tool mid-market teams recommend', 'Self-serve signups turn into paying teams']);
    expect(d.$('section.okr-tree')?.getAttribute('aria-busy')).toBe('true');
    expect(d.$('section.okr-tree [role="status"]')?.textContent).toBe('7 objectives');
    // Confidence and names come with the rows: the second objective's owners by name.
    expect(d.$$('article')[1]?.textContent).toContain('Tomás');
  });

  it('is done when every row is there, filtered as the URL says', () => {
    const d = mount('#/okrs?period=2026-q4&owner=jonas', 25);
    expect(d.$('section.okr-tree')?.getAttribute('aria-busy')).toBe('false');
    expect(d.$('section.okr-tree [role="status"]')?.textContent).toBe('2 of 7 objectives match');
  });

  it('shows no rows once the period or a filter changed', () => {
    const d = mount('#/okrs?period=2026-q3', 25, false);
    expect(d.$$('article')).toEqual([]);
    expect(d.$('main [role="status"], p[role="status"]')?.textContent).toBe('Opening your OKRs…');
  });
});
