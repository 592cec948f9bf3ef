import { useState } from 'preact/hooks';
import { send } from '../../messages/client.ts';
import { downloadText } from './download.ts';

/** A bundle or the two CSV files, private OKRs left out unless ticked; the date lands in the header. */
export function ExportPanel({ lastExportAt }: { lastExportAt: string | undefined }) {
  const [includePrivate, setIncludePrivate] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean }>();

  async function exportBundle() {
    const r = await send({ type: 'bundle.export', includePrivate });
    if (!r.ok) return setMessage({ text: r.error.message, error: true });
    downloadText(r.value.fileName, r.value.text, 'application/json');
    setMessage({ text: `Saved ${r.value.fileName}.`, error: false });
  }
  async function exportCsv() {
    const r = await send({ type: 'csv.export', includePrivate });
    if (!r.ok) return setMessage({ text: r.error.message, error: true });
    downloadText(r.value.items.fileName, r.value.items.text, 'text/csv');
    downloadText(r.value.checkIns.fileName, r.value.checkIns.text, 'text/csv');
    setMessage({ text: `Saved ${r.value.items.fileName} and ${r.value.checkIns.fileName}.`, error: false });
  }

  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <p class="meta">{lastExportAt ? `Last exported ${new Date(lastExportAt).toLocaleString()}.` : 'Never exported: this browser holds the only copy.'}</p>
      <label><input type="checkbox" checked={includePrivate} onChange={(e) => setIncludePrivate(e.currentTarget.checked)} /> Include private OKRs</label>
      <div class="actions">
        <button type="button" onClick={() => void exportBundle()}>Export bundle</button>{' '}
        <button type="button" onClick={() => void exportCsv()}>Export CSV files</button>
      </div>
      {message ? <p role={message.error ? 'alert' : 'status'}>{message.text}</p> : null}
    </section>
  );
}
