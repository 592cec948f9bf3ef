import { VIEWS, routeHref } from './route.ts';
import { VIEW_TABLE } from './views.tsx';

type ViewEntry = (typeof VIEW_TABLE)[keyof typeof VIEW_TABLE];

/** The workspace's name, the views, and when it was last exported (the only copy warning). */
export function HomeHeader({ name, current, lastExportAt }: { name: string; current: ViewEntry; lastExportAt: string | undefined }) {
  return (
    <header class="bar">
      <h1>{name}</h1>
      <nav aria-label="Home">
        {VIEWS.flatMap((view) => {
          const v = VIEW_TABLE[view];
          return v?.inNav ? [<a href={routeHref(view)} aria-current={current === v ? 'page' : undefined}>{v.title}</a>] : [];
        })}
      </nav>
      <p class="export-note">{lastExportAt ? `Last exported ${new Date(lastExportAt).toLocaleDateString()}` : 'Never exported: this browser holds the only copy.'}</p>
    </header>
  );
}
