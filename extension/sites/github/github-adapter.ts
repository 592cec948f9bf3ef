import type { SiteAdapter } from '../site-types.ts';
import { githubEntity } from './github-entity.ts';
import { githubPage } from './page-object.ts';

export const githubAdapter = {
  site: 'github',
  // All of github.com, not only entity paths: GitHub navigates without page loads (Turbo, React),
  // so a script injected on the dashboard must be there when the person opens an issue.
  matches: ['https://github.com/*'],
  entityFromUrl: githubEntity,
  page: githubPage,
} satisfies SiteAdapter;
