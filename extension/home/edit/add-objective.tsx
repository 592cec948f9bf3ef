import { useRef, useState } from 'preact/hooks';
import type { Objective } from '../../../core/model/records.ts';
import { me, workspace } from '../home-state.ts';
import { canEdit } from './can-edit.ts';
import { KeyResultForm } from './key-result-form.tsx';
import { ObjectiveForm } from './objective-form.tsx';

type Step = { step: 'closed' } | { step: 'objective' } | { step: 'key-results'; objective: Objective };

/**
 * "Add objective", then its key results one after another without touching the mouse: after the
 * objective is created the focus lands in the first key result's title, and Escape finishes.
 */
export function AddObjective({ periodId }: { periodId: string }) {
  const [state, setState] = useState<Step>({ step: 'closed' });
  const button = useRef<HTMLButtonElement>(null);
  const ws = workspace.value;
  if (!ws || !canEdit(ws, me.value)) return null;
  const finish = () => {
    setState({ step: 'closed' });
    requestAnimationFrame(() => button.current?.focus());
  };
  return (
    <div class="add-objective">
      <button type="button" ref={button} aria-expanded={state.step !== 'closed'} onClick={() => setState({ step: 'objective' })}>Add objective</button>
      {state.step === 'objective' ? <ObjectiveForm ws={ws} me={me.value} periodId={periodId} onSaved={(objective) => setState({ step: 'key-results', objective })} onCancel={finish} /> : null}
      {state.step === 'key-results' ? (
        <>
          <p role="status">Objective “{state.objective.title}” created. Add its key results, or press Escape when done.</p>
          <KeyResultForm ws={ws} me={me.value} objectiveId={state.objective.id} onSaved={() => undefined} onCancel={finish} />
        </>
      ) : null}
    </div>
  );
}
