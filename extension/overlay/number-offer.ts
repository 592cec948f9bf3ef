import type { LinkedItem } from '../../core/report/link-summary.ts';

/** "Update <KR> from <old> to <new>?": a number read on this page or fetched by a live count. */
export type NumberOffer = {
  item: LinkedItem;
  value: number;
  valueText: string;
  source: 'page-capture' | 'jira' | 'github';
  sourceUrl: string;
  evidence: string;
};
