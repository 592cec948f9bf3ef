// A CSV of what the page shows, built from its table in the browser: no server, no second copy
// of the numbers. Comma-delimited, CRLF, every cell quoted; cells that a spreadsheet would run
// as a formula get a leading ' (the project's reversible formula escape).
const cell = (text: string) => `"${(/^[=+\-@\t\r]/.test(text) || text.startsWith("'") ? `'${text}` : text).replace(/"/g, '""')}"`;

export function tableCsv(table: HTMLTableElement): string {
  const rows = [...table.querySelectorAll('tr')].filter((tr) => !tr.hidden);
  return rows.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => cell((c.textContent ?? '').trim().replace(/\s+/g, ' '))).join(',')).join('\r\n') + '\r\n';
}

export function wireCsvDownloads(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-csv-file]')) {
    button.addEventListener('click', () => {
      const table = document.querySelector<HTMLTableElement>('table[data-csv]');
      if (!table) return;
      const url = URL.createObjectURL(new Blob(['\uFEFF', tableCsv(table)], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = button.dataset.csvFile ?? 'okrs.csv';
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    });
  }
}
