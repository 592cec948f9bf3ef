import { useState } from 'preact/hooks';
import { systemTimeZone } from '../../../core/model/time-zone.ts';
import { send } from '../../messages/client.ts';

/** Start an empty workspace: its name and yours; the background adds the current quarter and remembers you. */
export function StartEmptyForm({ onCancel }: { onCancel: () => void }) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [name, setName] = useState('');
  const [personName, setPersonName] = useState('');
  const timeZone = systemTimeZone();
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const result = await send({ type: 'workspace.create', name, personName, timeZone });
    setBusy(false);
    // On success the background's broadcast reloads the page's state, which leaves the first run.
    setError(result.ok ? undefined : result.error.message);
  };
  return (
    <form class="start-empty" aria-label="Start empty" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <label>Workspace name <input name="name" required maxLength={200} autoComplete="organization" value={name} onInput={(e) => setName(e.currentTarget.value)} /></label>
      <label>Your name <input name="personName" required maxLength={200} autoComplete="name" value={personName} onInput={(e) => setPersonName(e.currentTarget.value)} /></label>
      <p class="meta">Days and pace are counted in {timeZone}; change it later in the settings.</p>
      <div class="actions">
        <button type="submit" disabled={busy}>Create workspace</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
      {error ? <p role="alert">{error}</p> : null}
    </form>
  );
}
