import type { Finding } from '../../core/quality/rule.ts';

/** Quality-rule findings beside the item they concern: "⚠ 2", opened to read each reason. */
export function FindingsBadge({ findings, about }: { findings: readonly Finding[] | undefined; about: string }) {
  if (!findings || findings.length === 0) return null;
  const n = findings.length;
  return (
    <details class="findings">
      <summary aria-label={`${n} quality finding${n === 1 ? '' : 's'} about ${about}`}><span aria-hidden="true">⚠ {n}</span></summary>
      <ul>
        {findings.map((f) => <li class={`finding finding-${f.severity}`}><span class="severity">{f.severity}</span> {f.reason}</li>)}
      </ul>
    </details>
  );
}
