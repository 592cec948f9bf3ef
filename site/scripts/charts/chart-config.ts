import type { ChartConfiguration } from 'chart.js';
import type { ChartRole, ChartSpec } from '../../data/chart-spec.ts';

type Colour = (role: ChartRole | 'grid' | 'text') => string;

/** `2026-11-20`: x values are wall-clock ms on a UTC calendar (core/report/kr-chart-series.ts). */
const day = (x: number | string) => new Date(Number(x)).toISOString().slice(0, 10);

/** chart.js options for a spec in the page's current colours. */
export function chartConfig(spec: ChartSpec, colour: Colour, animate: boolean): ChartConfiguration {
  const grid = { color: colour('grid') };
  const ticks = { color: colour('text') };
  const datasets = spec.datasets.map((d) => ({
    label: d.label,
    data: d.data,
    borderColor: colour(d.role),
    backgroundColor: colour(d.role),
    borderDash: d.role === 'pace' ? [6, 4] : [],
    pointRadius: d.role === 'pace' ? 0 : 3,
    pointStyle: d.role === 'confidence' ? 'rectRot' : 'circle',
  }));
  const y = { min: spec.yMin, max: spec.yMax, grid, ticks, title: { display: true, text: spec.yLabel, color: colour('text') } };
  const plugins = { legend: { labels: { color: colour('text') } } };
  if (spec.type === 'bar') {
    return { type: 'bar', data: { labels: spec.labels ?? [], datasets } as never, options: { indexAxis: 'y', animation: animate ? {} : false, maintainAspectRatio: false, plugins, scales: { x: y, y: { grid, ticks } } } };
  }
  return {
    type: 'line',
    data: { datasets } as never,
    options: {
      animation: animate ? {} : false, maintainAspectRatio: false, plugins: { ...plugins, tooltip: { callbacks: { title: (items) => day(items[0]?.parsed.x ?? 0) } } },
      scales: { x: { type: 'linear', min: spec.xMin, max: spec.xMax, grid, ticks: { ...ticks, maxTicksLimit: 6, callback: (v) => day(v) } }, y },
    },
  };
}
