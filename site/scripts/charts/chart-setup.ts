// The one place chart.js is registered: only the parts the site draws, so the rest is
// tree-shaken out of the bundle (the overview page has a 150 kB gzipped budget).
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, BarController, BarElement, LinearScale, CategoryScale, Tooltip, Legend);

export { Chart };
