/** Something wrong with an input file, located as precisely as we can: file, row (1-based, header is row 1), column. */
export type Problem = { file: string; row?: number; column?: string; severity: 'error' | 'warning'; message: string };

export function formatProblem(p: Problem): string {
  const where = [p.file, p.row !== undefined ? `row ${p.row}` : undefined, p.column !== undefined ? `column "${p.column}"` : undefined].filter(Boolean).join(', ');
  return `${where}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

export const hasErrors = (problems: readonly Problem[]) => problems.some((p) => p.severity === 'error');
