import type { DataLink, LiveCount } from '../../core/model/records.ts';
import type { LinkedItem, NumberSource } from '../../core/report/link-summary.ts';
import { SUMMARY_KEYS } from '../overlay-store/summary-keys.ts';
import type { PageEntity } from '../sites/site-types.ts';

/** What one page's overlay paints from, read straight from storage.local (no service worker). */
export type PageSummary = {
  linked: LinkedItem[];
  /** Items linked to the container only (the project, the repository, the account). */
  viaContainer: LinkedItem[];
  dataLinks: NumberSource<DataLink>[];
  liveCounts: NumberSource<LiveCount>[];
  collapsed: boolean;
  me: string | undefined;
};

export type SummaryArea = {
  get: (keys: string[]) => Promise<Record<string, unknown>>;
  set: (items: Record<string, unknown>) => Promise<void>;
};

const list = <T>(value: unknown): T[] => (Array.isArray(value) ? value : []);

export function summaryKeysFor(host: string, entity: PageEntity | undefined, containerKey: string | undefined): string[] {
  const keys: string[] = [SUMMARY_KEYS.dataLinks(host), SUMMARY_KEYS.liveCounts(host), SUMMARY_KEYS.collapsed(host), SUMMARY_KEYS.me];
  if (entity) keys.push(SUMMARY_KEYS.link(entity.key));
  if (containerKey) keys.push(SUMMARY_KEYS.link(containerKey));
  return keys;
}

export async function readPageSummary(area: SummaryArea, host: string, entity: PageEntity | undefined, containerKey: string | undefined): Promise<PageSummary> {
  const got = await area.get(summaryKeysFor(host, entity, containerKey));
  const linked = entity ? list<LinkedItem>(got[SUMMARY_KEYS.link(entity.key)]) : [];
  const direct = new Set(linked.map((i) => i.id));
  const viaContainer = containerKey ? list<LinkedItem>(got[SUMMARY_KEYS.link(containerKey)]).filter((i) => !direct.has(i.id)) : [];
  const me = got[SUMMARY_KEYS.me];
  return {
    linked, viaContainer,
    dataLinks: list(got[SUMMARY_KEYS.dataLinks(host)]),
    liveCounts: list(got[SUMMARY_KEYS.liveCounts(host)]),
    collapsed: got[SUMMARY_KEYS.collapsed(host)] !== false,
    me: typeof me === 'string' ? me : undefined,
  };
}
