import type { ComponentType } from 'preact';
import type { Workspace } from '../../core/model/workspace.ts';
import type { Route, ViewName } from './route.ts';
import { OkrsView } from './views/okrs-view.tsx';
import { CloseView } from './close/close-view.tsx';
import { SettingsView } from './settings/settings-view.tsx';
import { KpisView } from './kpis/kpis-view.tsx';
import { FilesView } from './files/files-view.tsx';
import { KrPage } from './kr-page/kr-page.tsx';

export type ViewProps = { ws: Workspace; route: Route; me: string | undefined };
type ViewEntry = { title: string; component: ComponentType<ViewProps>; inNav: boolean };

/**
 * Every view of the home page, by its name in the URL. A view not listed here falls back to the
 * OKRs, so a bookmark from a newer version still opens something.
 */
export const VIEW_TABLE: Partial<Record<ViewName, ViewEntry>> = {
  okrs: { title: 'OKRs', component: OkrsView, inNav: true },
  close: { title: 'Close a period', component: CloseView, inNav: false },
  settings: { title: 'Settings', component: SettingsView, inNav: true },
  kpis: { title: 'KPIs', component: KpisView, inNav: true },
  files: { title: 'Files', component: FilesView, inNav: true },
  kr: { title: 'Key result', component: KrPage, inNav: false },
};
