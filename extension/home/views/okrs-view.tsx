import { periodsByStart, workspaceCurrentPeriod } from '../../../core/report/today.ts';
import { replaceQuery } from '../route.ts';
import { PeriodView } from '../period-view.tsx';
import { EditBar } from '../edit/edit-bar.tsx';
import type { ViewProps } from '../views.tsx';

/** A period's OKRs; the period is part of the URL, so a shared link opens the same quarter. */
export function OkrsView({ ws, route }: ViewProps) {
  const sorted = periodsByStart(ws.periods);
  const asked = route.query.get('period');
  const selected = (asked && ws.periods.some((p) => p.id === asked) ? asked : undefined) ?? workspaceCurrentPeriod(ws, new Date())?.id ?? sorted.at(-1)?.id;
  const choose = (id: string) => {
    const query = new URLSearchParams(route.query);
    query.set('period', id);
    replaceQuery(query);
  };
  return (
    <>
      <label>
        Period{' '}
        <select value={selected} onChange={(e) => choose(e.currentTarget.value)}>
          {sorted.map((p) => <option value={p.id}>{p.name}</option>)}
        </select>
      </label>
      {selected ? <EditBar periodId={selected} /> : null}
      {selected ? <PeriodView ws={ws} periodId={selected} /> : <p>No periods yet.</p>}
    </>
  );
}
