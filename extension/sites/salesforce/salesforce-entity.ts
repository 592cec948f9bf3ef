import { linkKeys } from '../../../core/model/link-keys.ts';
import { salesforceRecordFromUrl, type SalesforceRecordUrl, type SalesforceView } from '../../../core/model/salesforce-url.ts';
import type { PageEntity } from '../site-types.ts';

// The record a Salesforce page shows, from its URL alone.

export function entityOfRecord(r: SalesforceRecordUrl): PageEntity {
  return {
    key: linkKeys.salesforce(r.host, r.id),
    label: `${r.objectName ?? 'Record'} ${r.id}`,
    kind: 'salesforce-record',
    // `/<id>` on the My Domain host opens the record in whichever UI (Lightning or Classic) the person uses.
    url: `https://${r.host}/${r.id}`,
  };
}

export function salesforceEntityFromUrl(url: URL): PageEntity | undefined {
  const r = salesforceRecordFromUrl(url);
  return r ? entityOfRecord(r) : undefined;
}

export const isView = (view: SalesforceView) => (url: URL) => salesforceRecordFromUrl(url)?.view === view;
