// What a chart draws, written at build time into a data-chart attribute and read by
// site/scripts/charts/draw-charts.ts. Colours are not here: they follow the theme (--chart-*).
export type ChartRole = 'actual' | 'pace' | 'confidence';
export type ChartPoint = { x: number; y: number };
export type ChartDataset = { label: string; role: ChartRole; data: ChartPoint[] | number[] };
export type ChartSpec = {
  /** `line`: x is wall-clock ms in the workspace's zone, shown as days; `bar`: one horizontal bar per label. */
  type: 'line' | 'bar';
  labels?: string[];
  yLabel: string;
  yMin?: number;
  yMax?: number;
  /** The period's first and last instant, so every chart of a period spans the same days. */
  xMin?: number;
  xMax?: number;
  /** Canvas height in rem (bar charts grow with their bars). */
  height?: number;
  datasets: ChartDataset[];
};
