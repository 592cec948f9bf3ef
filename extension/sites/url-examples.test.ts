import { describe, expect, it } from 'vitest';
import { SITES, type SitePredicates, type UrlExample } from './site-types.ts';
import { SITE_PREDICATES } from './site-adapters.ts';

const urlOf = (e: UrlExample) => (typeof e === 'string' ? e : e.url);
const isCustom = (e: UrlExample) => typeof e !== 'string';

// A custom host is registered for one site only, so its examples are checked against that site's
// predicates with `custom` set and against every other site's predicates as cloud pages.
function matches(adapter: SitePredicates, owner: SitePredicates, example: UrlExample): string[] {
  const custom = isCustom(example) && adapter === owner;
  return adapter.predicates.filter((p) => p.test(new URL(urlOf(example)), custom)).map((p) => `${adapter.site}.${p.name}`);
}

describe('URL predicates', () => {
  it('cover every site', () => expect(SITE_PREDICATES.map((s) => s.site).sort()).toEqual([...SITES].sort()));
  for (const owner of SITE_PREDICATES) {
    for (const predicate of owner.predicates) {
      it(`${owner.site}.${predicate.name} has examples`, () => expect(predicate.examples.length).toBeGreaterThan(0));
      for (const example of predicate.examples) {
        it(`${urlOf(example)} is ${owner.site}.${predicate.name} and nothing else`, () => {
          const all = SITE_PREDICATES.flatMap((adapter) => matches(adapter, owner, example));
          expect(all).toEqual([`${owner.site}.${predicate.name}`]);
        });
      }
    }
  }
});
