import { useState } from 'preact/hooks';

type Props = { id: string; label: string; accept: string; multiple?: boolean; onFiles: (files: File[]) => void };

/** A labelled file input that also takes files dropped on it. */
export function FilePicker({ id, label, accept, multiple = false, onFiles }: Props) {
  const [over, setOver] = useState(false);
  return (
    <div
      class={`drop-zone${over ? ' drop-over' : ''}`}
      onDragOver={(e) => { e.preventDefault(); setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const files = [...(e.dataTransfer?.files ?? [])];
        if (files.length > 0) onFiles(multiple ? files : files.slice(0, 1));
      }}
    >
      <label for={id}>{label}</label>{' '}
      <input id={id} type="file" accept={accept} multiple={multiple}
        onChange={(e) => { const files = [...(e.currentTarget.files ?? [])]; e.currentTarget.value = ''; if (files.length > 0) onFiles(files); }} />
      <span class="meta"> or drop {multiple ? 'files' : 'a file'} here</span>
    </div>
  );
}
