import type { ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import { chartDay, paceAt, type KrChartSeries } from '../../../core/report/kr-chart-series.ts';

// chart.js is loaded when a chart is first drawn, so the OKR tree never waits for it; only what a
// line chart on a linear axis needs is registered.
const loadChart = () => import('chart.js').then(({ Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip }) => {
  Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip);
  return Chart;
});

const css = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

// Colours come from the theme, read when the chart is drawn (light or dark).
function chartConfig(series: KrChartSeries, unit: string | undefined): ChartConfiguration<'line', { x: number; y: number }[]> {
  const [fg, muted, fill, track] = [css('--fg'), css('--muted'), css('--fill'), css('--track')];
  return {
    type: 'line',
    data: {
      datasets: [
        { label: 'Value', data: series.actual, borderColor: fill, backgroundColor: fill, tension: 0 },
        { label: 'Expected pace', data: series.pace, borderColor: muted, borderDash: [6, 4], pointRadius: 0 },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      parsing: false,
      scales: {
        x: { type: 'linear', min: series.pace[0]?.x, max: series.pace[1]?.x, ticks: { color: muted, callback: (v) => chartDay(Number(v)).slice(5) }, grid: { color: track } },
        y: { ticks: { color: muted }, grid: { color: track }, title: { display: Boolean(unit), text: unit ?? '', color: muted } },
      },
      plugins: { legend: { labels: { color: fg } }, tooltip: { callbacks: { title: (items) => chartDay(items[0]?.parsed.x ?? 0) } } },
    },
  };
}

/** The value over the period against the expected pace line, with the same numbers as a table for screen readers. */
export function KrChart({ series, title, unit }: { series: KrChartSeries; title: string; unit: string | undefined }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy: () => void } | undefined;
    let cancelled = false;
    void loadChart().then((Chart) => {
      if (!cancelled && canvas.current) chart = new Chart(canvas.current, chartConfig(series, unit));
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [series, unit]);
  return (
    <figure class="kr-chart">
      <div class="chart-box"><canvas ref={canvas} role="img" aria-label={`Chart: ${title}, value against the expected pace; the same numbers are in the table below`} /></div>
      <details>
        <summary>Chart as a table</summary>
        <table>
          <thead><tr><th scope="col">Day</th><th scope="col">Value{unit ? ` (${unit})` : ''}</th><th scope="col">Expected</th></tr></thead>
          <tbody>
            {series.actual.map((p) => {
              const expected = paceAt(series.pace, p.x);
              return <tr><td>{chartDay(p.x)}</td><td>{p.y}</td><td>{expected === undefined ? '—' : Math.round(expected * 100) / 100}</td></tr>;
            })}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
