import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from './route.ts';

describe('home page routes', () => {
  it('read the view, its parameter and the filters from the hash', () => {
    const r = parseRoute('#/kr/k%2F1?from=okrs');
    expect([r.view, r.param, r.query.get('from')]).toEqual(['kr', 'k/1', 'okrs']);
    expect(parseRoute('').view).toBe('okrs');
    expect(parseRoute('#/nonsense/x').view).toBe('okrs');
    expect(parseRoute('#/okrs?team=growth&q=a%20b').query.get('q')).toBe('a b');
  });

  it('write hashes that read back the same', () => {
    const href = routeHref('close', '2026 q4', { note: 'x&y' });
    const r = parseRoute(href);
    expect([r.view, r.param, r.query.get('note')]).toEqual(['close', '2026 q4', 'x&y']);
    expect(routeHref('settings')).toBe('#/settings');
  });
});
