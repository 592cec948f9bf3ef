import { wallClockMs, localDate } from '../../core/math/dates.ts';
import { isHttpUrl } from '../../core/model/check-spec.ts';
import { paceAt } from '../../core/report/kr-chart-series.ts';
import type { KrReport } from '../../core/report/kr-report.ts';
import { krValueText } from '../../core/report/value-text.ts';
import type { ChartSpec } from './chart-spec.ts';

export type KrTableRow = { day: string; value: string; expected: string; confidence: string; status: string; x: number; y: number | undefined };

/** The rows behind a key result's charts: every check-in by time, with the pace on its day. */
export function krTableRows(r: KrReport): KrTableRow[] {
  const pace = r.series?.pace ?? [];
  return [...r.checkIns]
    .sort((a, b) => Date.parse(a.time) - Date.parse(b.time))
    .map((c) => {
      const x = wallClockMs(new Date(c.time), r.timeZone);
      return {
        day: localDate(new Date(c.time), r.timeZone), value: krValueText(r.keyResult, c.value), expected: krValueText(r.keyResult, paceAt(pace, x)),
        confidence: c.confidence === undefined ? '—' : `${c.confidence}/10`, status: c.status, x, y: c.value,
      };
    });
}

const span = (r: KrReport) => { const [a, b] = r.series?.pace ?? []; return a && b ? { xMin: a.x, xMax: b.x } : {}; };

export function krValueChart(r: KrReport): ChartSpec {
  const unit = r.keyResult.kind === 'milestone' ? '%' : (r.keyResult.unit ?? 'value');
  return { type: 'line', yLabel: unit, ...span(r), datasets: [
    { label: 'Check-ins', role: 'actual', data: r.series?.actual ?? [] },
    { label: 'Expected pace', role: 'pace', data: r.series?.pace ?? [] },
  ] };
}

export function krConfidenceChart(r: KrReport): ChartSpec {
  const data = [...r.checkIns].filter((c) => c.confidence !== undefined).sort((a, b) => Date.parse(a.time) - Date.parse(b.time))
    .map((c) => ({ x: wallClockMs(new Date(c.time), r.timeZone), y: c.confidence! }));
  return { type: 'line', yLabel: 'confidence (0–10)', ...span(r), yMin: 0, yMax: 10, datasets: [{ label: 'Confidence', role: 'confidence', data }] };
}

/** Evidence a reader can open: the key result's links and check-ins' sources, http and https only. */
export function evidenceLinks(r: KrReport): { url: string; title: string }[] {
  const links = [...r.keyResult.links.map((l) => ({ url: l.url, title: l.title ?? l.url })),
    ...r.checkIns.flatMap((c) => (c.sourceUrl ? [{ url: c.sourceUrl, title: c.evidence ?? c.sourceUrl }] : []))];
  const seen = new Set<string>();
  return links.filter((l) => isHttpUrl(l.url) && !seen.has(l.url) && seen.add(l.url));
}
