import { useState } from 'preact/hooks';
import type { Workspace } from '../../core/model/workspace.ts';
import { weeklyUpdate } from '../../core/report/weekly-update.ts';

type Outcome = { kind: 'copied' } | { kind: 'manual'; text: string } | undefined;

/**
 * "Copy weekly update": my team's week as Markdown on the clipboard, for Slack, Teams or an
 * email. Where the clipboard refuses, the text is shown selected, to copy by hand.
 */
export function CopyWeeklyUpdate({ ws, me, write = (text: string) => navigator.clipboard.writeText(text) }: { ws: Workspace; me: string; write?: (text: string) => Promise<void> }) {
  const [outcome, setOutcome] = useState<Outcome>();
  async function copy() {
    const text = weeklyUpdate(ws, me, new Date());
    try {
      await write(text);
      setOutcome({ kind: 'copied' });
    } catch {
      setOutcome({ kind: 'manual', text });
    }
  }
  return (
    <div class="weekly-update">
      <button type="button" onClick={copy}>Copy weekly update</button>
      {outcome?.kind === 'copied' ? <p role="status">Weekly update copied: paste it into Slack, Teams or an email.</p> : null}
      {outcome?.kind === 'manual' ? (
        <>
          <p role="alert">The clipboard is not available here: select the text below and copy it (Ctrl+C).</p>
          <textarea aria-label="Weekly update" readOnly rows={8} value={outcome.text} ref={(el) => el?.select()} />
        </>
      ) : null}
    </div>
  );
}
