import { useEffect, useRef, useState } from 'preact/hooks';
import type { BackupInfo } from '../../messages/backup-info.ts';

type Props = { backup: BackupInfo; onRestore: () => Promise<void>; onDownload: () => Promise<void> };

/** One backup; restoring asks first, since it replaces everything (Escape or Cancel backs out). */
export function BackupRow({ backup: b, onRestore, onDownload }: Props) {
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => void (confirming && confirmRef.current?.focus()), [confirming]);
  const when = new Date(b.createdAt).toLocaleString();
  const name = `${when}, ${b.reason}`;
  return (
    <li aria-label={`Backup ${name}`}>
      <span>{when} · {b.reason} · {b.workspaceName}: {b.counts.objectives} objectives, {b.counts.keyResults} key results, {b.counts.checkIns} check-ins</span>{' '}
      {confirming ? (
        <span role="group" aria-label="Confirm restore" onKeyDown={(e) => e.key === 'Escape' && setConfirming(false)}>
          Replace the workspace with this backup?{' '}
          <button ref={confirmRef} type="button" onClick={() => { setConfirming(false); void onRestore(); }}>Yes, restore</button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>Cancel</button>
        </span>
      ) : (
        <>
          <button type="button" aria-label={`Restore backup ${name}`} onClick={() => setConfirming(true)}>Restore</button>{' '}
          <button type="button" aria-label={`Download backup ${name}`} onClick={() => void onDownload()}>Download</button>
        </>
      )}
    </li>
  );
}
