import { isSalesforceHost, orgHost, toId18 } from './salesforce-ids.ts';
import { objectOfId } from './salesforce-objects.ts';

// The record a Salesforce URL shows, from the URL alone (pure: used by the site adapter and by
// link-url.ts, so a pasted link and the open page key the same).

export type SalesforceView = 'lightning' | 'report' | 'app' | 'one-app' | 'classic';
export type SalesforceRecordUrl = {
  view: SalesforceView;
  /** The org's My Domain host (orgHost), not the host of the URL. */
  host: string;
  /** 18-character id. */
  id: string;
  /** From the URL when it names one, else from the id's key prefix; undefined when unknown. */
  objectName?: string;
};

const ID = '([a-zA-Z0-9]{18}|[a-zA-Z0-9]{15})';
const OBJECT = '[A-Za-z][A-Za-z0-9_]*';
// `/r/<Object>/<Id>/view`, `/r/<Id>/view` and a record's related-list page `/r/<Object>/<Id>/related/<List>/view`.
const RECORD_TAIL = `r/(?:(${OBJECT})/)?${ID}/(?:view|related/[A-Za-z0-9_]+/view)/?$`;
const LIGHTNING = new RegExp(`^/lightning/${RECORD_TAIL}`);
// Console and app-scoped routes: `/lightning/app/06m…/r/Account/001…/view` (same record, inside an app).
const APP = new RegExp(`^/lightning/app/[A-Za-z0-9_]+/${RECORD_TAIL}`);
const ONE_APP_HASH = new RegExp(`^#/sObject/${ID}(?:/view)?/?(?:\\?.*)?$`);
const CLASSIC = new RegExp(`^/${ID}/?$`);

function found(view: SalesforceView, host: string, rawId: string, objectInUrl: string | undefined): SalesforceRecordUrl | undefined {
  const id = toId18(rawId);
  if (!id) return undefined;
  const objectName = objectInUrl ?? objectOfId(id);
  return { view, host: orgHost(host), id, ...(objectName ? { objectName } : {}) };
}

export function salesforceRecordFromUrl(url: URL): SalesforceRecordUrl | undefined {
  if (url.protocol !== 'https:' || !isSalesforceHost(url.hostname)) return undefined;
  const path = url.pathname;
  const lightning = LIGHTNING.exec(path);
  if (lightning) return found(lightning[1] === 'Report' ? 'report' : 'lightning', url.hostname, lightning[2]!, lightning[1]);
  const app = APP.exec(path);
  if (app) return found('app', url.hostname, app[2]!, app[1]);
  if (path === '/one/one.app') {
    const hash = ONE_APP_HASH.exec(url.hash);
    return hash ? found('one-app', url.hostname, hash[1]!, undefined) : undefined;
  }
  const classic = CLASSIC.exec(path);
  return classic ? found('classic', url.hostname, classic[1]!, undefined) : undefined;
}
