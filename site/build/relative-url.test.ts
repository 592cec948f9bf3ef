import { describe, expect, it } from 'vitest';
import { normalBase, relativeUrl } from './relative-url.ts';

describe('relativeUrl', () => {
  it('links a folder through its index.html, relative to the page', () => {
    expect(relativeUrl('/period/q4/team/growth/', 'period/q4', '/')).toBe('team/growth/index.html');
    expect(relativeUrl('/objective/o1/', 'period/q4/team/growth', '/')).toBe('../../../../objective/o1/index.html');
    expect(relativeUrl('/', 'period/q4', '/')).toBe('../../index.html');
    expect(relativeUrl('/', '', '/')).toBe('index.html');
    expect(relativeUrl('/period/q4/', 'period/q4', '/')).toBe('index.html');
  });

  it('keeps files, queries and hashes, and drops the base', () => {
    expect(relativeUrl('/okrs/_astro/a.css', 'period/q4', '/okrs/')).toBe('../../_astro/a.css');
    expect(relativeUrl('/okrs/present/q4/?view=presenter#/3', 'present/q4', '/okrs/')).toBe('index.html?view=presenter#/3');
    expect(relativeUrl('/okrs/theme-init.js', '', '/okrs/')).toBe('theme-init.js');
  });

  it('refuses what is outside the site', () => {
    expect(relativeUrl('/other/x/', 'period/q4', '/okrs/')).toBeUndefined();
    expect(relativeUrl('//cdn.example/x.js', '', '/')).toBeUndefined();
  });

  it('spells a base the way Astro prefixes URLs', () => {
    expect(['/', '', '/okrs', 'okrs/acme/', '/okrs/acme/'].map(normalBase)).toEqual(['/', '/', '/okrs/', '/okrs/acme/', '/okrs/acme/']);
  });
});
