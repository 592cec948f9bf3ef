import type { PeriodClosing } from '../../../core/math/close-period.ts';
import { formatScore } from '../../../core/math/scoring.ts';
import type { Workspace } from '../../../core/model/workspace.ts';
import { routeHref } from '../route.ts';

/** What closing did: the scores given, and what went over to the next period. */
export function CarriedList({ ws, closing }: { ws: Workspace; closing: PeriodClosing }) {
  const title = (id: string) => ws.objectives.find((o) => o.id === id)?.title ?? id;
  const next = closing.next?.period;
  return (
    <section role="status" aria-label="Period closed" class="closed-summary">
      <p>Closed {closing.objectives.length} objective{closing.objectives.length === 1 ? '' : 's'}: {closing.objectives.map((o) => `${o.title} (${formatScore(o.score ?? 0)})`).join(', ')}.</p>
      {next && closing.carried.length > 0 ? (
        <>
          <h3>Carried over to {next.name}{closing.next?.created.some((p) => p.id === next.id) ? ' (new period)' : ''}</h3>
          <ul aria-label={`Carried over to ${next.name}`}>
            {closing.carried.map((c) => (
              <li>
                {title(c.from)}
                <ul>{c.keyResults.map((k) => <li>{k.title}</li>)}</ul>
              </li>
            ))}
          </ul>
          <a href={routeHref('okrs', undefined, { period: next.id })}>Open {next.name}</a>
        </>
      ) : <p>Nothing to carry over.</p>}
    </section>
  );
}
