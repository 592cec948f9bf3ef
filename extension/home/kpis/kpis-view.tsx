import { useState } from 'preact/hooks';
import type { Kpi } from '../../../core/model/records.ts';
import { healthyRangeText, KPI_HEALTH_LABELS, kpiRows, withUnit } from '../../../core/report/kpi-report.ts';
import { send } from '../../messages/client.ts';
import type { ViewProps } from '../views.tsx';
import { KpiCheckIn } from './kpi-check-in.tsx';
import { KpiForm } from './kpi-form.tsx';
import './kpis.css';

/** KPIs beside the OKRs: out-of-range first, each with its health, latest value and healthy range. */
export function KpisView({ ws, me }: ViewProps) {
  const [editing, setEditing] = useState<string>();
  const [checkingIn, setCheckingIn] = useState<string>();
  const [status, setStatus] = useState('');
  // The last KPI deleted here, kept so "Undo" can put it back with the same id (its check-ins never left).
  const [deleted, setDeleted] = useState<Kpi>();
  // Observers see everything and edit nothing (issue 7); the background is the one that enforces writes.
  const canEdit = ws.people.find((p) => p.id === me)?.role !== 'observer';
  const names = (ids: readonly string[], list: readonly { id: string; name: string }[]) => ids.map((id) => list.find((x) => x.id === id)?.name ?? id).join(', ') || '—';
  const day = (time: string) => new Date(time).toLocaleDateString('en', { month: 'short', day: 'numeric', timeZone: ws.workspace.settings.timeZone ?? 'UTC' });
  const rows = kpiRows(ws);
  const edited = ws.kpis.find((k) => k.id === editing);
  const checked = ws.kpis.find((k) => k.id === checkingIn);
  const done = (message: string) => {
    setEditing(undefined);
    setCheckingIn(undefined);
    setDeleted(undefined);
    setStatus(message);
  };
  const remove = async (kpi: Kpi) => {
    const result = await send({ type: 'kpi.delete', id: kpi.id });
    if (!result.ok) return setStatus(result.error.message);
    done(`Deleted “${kpi.name}”. Its check-ins are kept.`);
    setDeleted(kpi);
  };
  const undo = async (kpi: Kpi) => {
    const { updatedAt: _u, fieldClocks: _f, ...draft } = kpi;
    const result = await send({ type: 'kpi.create', draft });
    done(result.ok ? `Restored “${kpi.name}”.` : result.error.message);
  };
  // One form at a time: opening one closes the other.
  const open = (form: 'edit' | 'check-in', id: string) => {
    setStatus('');
    setEditing(form === 'edit' ? id : undefined);
    setCheckingIn(form === 'check-in' ? id : undefined);
  };

  return (
    <section class="kpis" aria-labelledby="kpis-heading">
      <h2 id="kpis-heading">KPIs</h2>
      <p class="meta">Health metrics kept in range beside the OKRs. A KPI out of its range is often where the next objective comes from.</p>
      {canEdit && editing === undefined ? <button type="button" onClick={() => open('edit', 'new')}>New KPI</button> : null}
      {editing !== undefined && (editing === 'new' || edited) ? (
        <KpiForm key={editing} ws={ws} kpi={edited} me={me} onDone={done} onCancel={() => setEditing(undefined)} onDelete={(k) => void remove(k)} />
      ) : null}
      {checked ? <KpiCheckIn key={checked.id} kpi={checked} me={me} onDone={done} onCancel={() => setCheckingIn(undefined)} /> : null}
      <p role="status" class="meta">{status}{deleted ? <>{' '}<button type="button" onClick={() => void undo(deleted)}>Undo</button></> : null}</p>
      {rows.length === 0 ? <p>No KPIs yet.{canEdit ? ' Add the numbers your team keeps healthy: uptime, churn, response time.' : ''}</p> : (
        <table>
          <caption class="visually-hidden">KPIs, out of range first</caption>
          <thead>
            <tr><th scope="col">KPI</th><th scope="col">Health</th><th scope="col">Latest</th><th scope="col">Healthy range</th><th scope="col">Owners</th><th scope="col">Teams</th>{canEdit ? <th scope="col"><span class="visually-hidden">Actions</span></th> : null}</tr>
          </thead>
          <tbody>
            {rows.map(({ kpi, health, latest }) => (
              <tr key={kpi.id}>
                <th scope="row">{kpi.name}{kpi.description ? <span class="kpi-description">{kpi.description}</span> : null}</th>
                <td><span class={`health health-${health}`}>{KPI_HEALTH_LABELS[health]}</span></td>
                <td>{latest?.value === undefined ? '—' : <><span class="kpi-value">{withUnit(latest.value, kpi.unit)}</span> <span class="meta kpi-when">on {day(latest.time)}</span></>}</td>
                <td>{healthyRangeText(kpi)}</td>
                <td>{names(kpi.ownerIds, ws.people)}</td>
                <td>{names(kpi.teamIds, ws.teams)}</td>
                {canEdit ? (
                  <td class="kpi-actions">
                    <button type="button" aria-label={`Check in on ${kpi.name}`} onClick={() => open('check-in', kpi.id)}>Check in</button>{' '}
                    <button type="button" aria-label={`Edit ${kpi.name}`} onClick={() => open('edit', kpi.id)}>Edit</button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
