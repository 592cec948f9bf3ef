import { useEffect, useState } from 'preact/hooks';
import type { BackupInfo } from '../../messages/backup-info.ts';
import { send } from '../../messages/client.ts';
import { onChanged } from '../../messages/subscribe.ts';
import { BackupRow } from './backup-row.tsx';
import { downloadText } from './download.ts';

type Note = { text: string; error: boolean };

/** The last 10 snapshots: take one now, restore one (after a confirmation), or download one as a bundle. */
export function BackupsPanel() {
  const [list, setList] = useState<BackupInfo[]>();
  const [note, setNote] = useState<Note>();
  const reload = async () => {
    const r = await send({ type: 'backup.list' });
    if (r.ok) setList(r.value);
    else setNote({ text: r.error.message, error: true });
  };
  useEffect(() => {
    void reload();
    return onChanged((e) => void ((e.scope === 'backups' || e.scope === 'workspace') && reload()));
  }, []);

  async function create() {
    const r = await send({ type: 'backup.create' });
    setNote(r.ok ? { text: 'Backup taken.', error: false } : { text: r.error.message, error: true });
  }
  async function restore(b: BackupInfo) {
    const r = await send({ type: 'backup.restore', id: b.id });
    setNote(r.ok
      ? { text: `Restored the backup of ${new Date(b.createdAt).toLocaleString()} (${b.reason}): ${r.value.counts.objectives} objectives, ${r.value.counts.keyResults} key results, ${r.value.counts.checkIns} check-ins. The workspace before the restore was backed up too.`, error: false }
      : { text: r.error.message, error: true });
  }
  async function download(b: BackupInfo) {
    const r = await send({ type: 'backup.export', id: b.id });
    if (r.ok) downloadText(r.value.fileName, r.value.text, 'application/json');
    else setNote({ text: r.error.message, error: true });
  }

  return (
    <section aria-labelledby="backups-heading">
      <h2 id="backups-heading">Backups</h2>
      <p class="meta">A backup is taken before every import, merge, restore and bulk delete; the last 10 are kept in this browser.</p>
      <button type="button" onClick={() => void create()}>Back up now</button>
      {note ? <p role={note.error ? 'alert' : 'status'}>{note.text}</p> : null}
      {list === undefined ? <p role="status">Loading backups…</p> : list.length === 0 ? <p>No backups yet.</p> : (
        <ul class="backups" aria-label="Backups">
          {list.map((b) => <BackupRow backup={b} onRestore={() => restore(b)} onDownload={() => download(b)} />)}
        </ul>
      )}
    </section>
  );
}
