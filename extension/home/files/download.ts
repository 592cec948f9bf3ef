/** Saves text as a file through an `<a download>` of a Blob URL: no downloads permission needed. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // The click starts the download at once; the URL is no longer needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
