import type { ChartRole, ChartSpec } from '../../data/chart-spec.ts';
import { THEME_EVENT } from '../theme.ts';
import { chartConfig } from './chart-config.ts';
import { Chart } from './chart-setup.ts';

// Draws every canvas[data-chart] on the page, and draws them again when the colours change
// (theme picked, system dark mode) and before printing (paper colours, paper width).
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const charts = new Map<HTMLCanvasElement, Chart>();

function colour(role: ChartRole | 'grid' | 'text'): string {
  return getComputedStyle(document.documentElement).getPropertyValue(`--chart-${role}`).trim() || '#666';
}

function drawAll(): void {
  for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')) {
    charts.get(canvas)?.destroy();
    const spec = JSON.parse(canvas.dataset.chart ?? '{}') as ChartSpec;
    // Set through the CSSOM, which a strict CSP allows, rather than a style="…" attribute, which it drops.
    if (spec.height && canvas.parentElement) canvas.parentElement.style.height = `${spec.height}rem`;
    charts.set(canvas, new Chart(canvas, chartConfig(spec, colour, !reducedMotion.matches)));
  }
  // Read by the tests (and handy in devtools): how many charts, in which colour, drawn how often.
  const root = document.documentElement.dataset;
  root.chartsDrawn = String(charts.size);
  root.chartsColour = colour('actual');
  root.chartsDraws = String(Number(root.chartsDraws ?? 0) + 1);
}

drawAll();
window.addEventListener(THEME_EVENT, drawAll);
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', drawAll);
reducedMotion.addEventListener('change', drawAll);
window.addEventListener('beforeprint', () => {
  drawAll();
  for (const chart of charts.values()) chart.resize();
});
