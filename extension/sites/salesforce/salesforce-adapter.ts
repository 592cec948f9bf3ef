import type { SiteAdapter } from '../site-types.ts';
import { salesforcePage } from './page-object.ts';
import { salesforceEntityFromUrl } from './salesforce-entity.ts';

export const salesforceAdapter = {
  site: 'salesforce',
  // Lightning and Classic UI hosts of every My Domain, partitions included (sandbox, develop,
  // scratch are sub-domains of these); not *.salesforce.com, which holds help and marketing sites.
  matches: ['https://*.lightning.force.com/*', 'https://*.my.salesforce.com/*'],
  entityFromUrl: (url: URL, _custom: boolean) => salesforceEntityFromUrl(url),
  page: salesforcePage,
} satisfies SiteAdapter;
