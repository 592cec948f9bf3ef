import { useEffect, useRef } from 'preact/hooks';
import { undoDelete, undoOffer } from './delete-with-undo.ts';

/** "Deleted … Undo": the focus goes to Undo, so a keyboard user can take it back with Enter. */
export function UndoToast() {
  const offer = undoOffer.value;
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => undoRef.current?.focus(), [offer?.text, offer?.held]);
  return (
    <div class="toast-slot" role="status">
      {offer ? (
        <div class="toast">
          <span>{offer.text}</span>{' '}
          <button type="button" ref={undoRef} onClick={() => void undoDelete()}>Undo</button>{' '}
          <button type="button" aria-label="Dismiss" onClick={() => void (undoOffer.value = undefined)}>×</button>
          {offer.error ? <p role="alert">{offer.error}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
