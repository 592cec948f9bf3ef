import type { Workspace } from '../model/workspace.ts';
import { percent, STATUS_LABELS } from './labels.ts';
import { markdownText, plainLink } from './markdown.ts';
import { krValueText } from './value-text.ts';
import { weeklyChanges, type WeeklyRow } from './weekly-changes.ts';

// Markdown that reads well pasted into Slack, Teams or an email: bold headers, bullets, bare
// links; no tables (chat apps show their pipes) and no nested lists (email flattens them).

const month = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayOnly = new Intl.DateTimeFormat('en-GB', { day: 'numeric', timeZone: 'UTC' });
const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "16–23 Nov 2026", "28 Oct – 4 Nov 2026", "28 Dec 2026 – 4 Jan 2027". */
export function dayRangeText(from: string, to: string): string {
  const [a, b] = [new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`)];
  if (from.slice(0, 7) === to.slice(0, 7)) return `${dayOnly.format(a)}–${month.format(b)}`;
  if (from.slice(0, 4) === to.slice(0, 4)) return `${dayMonth.format(a)} – ${month.format(b)}`;
  return `${month.format(a)} – ${month.format(b)}`;
}

const title = (row: WeeklyRow) => markdownText(row.keyResult.title);
const value = (row: WeeklyRow, v: number | undefined) => markdownText(krValueText(row.keyResult, v));

function progressLine(row: WeeklyRow): string | undefined {
  if (!row.week.some((c) => c.value !== undefined)) return undefined;
  const { before, after } = row;
  if (before.value === undefined) return `- ${title(row)}: ${value(row, after.value)} (first value, progress ${percent(after.progress)})`;
  return `- ${title(row)}: ${value(row, before.value)} → ${value(row, after.value)} (progress ${percent(before.progress)} → ${percent(after.progress)})`;
}

const statusLine = (row: WeeklyRow) =>
  row.before.status && row.after.status && row.before.status !== row.after.status
    ? `- ${title(row)}: ${STATUS_LABELS[row.before.status]} → ${STATUS_LABELS[row.after.status]}` : undefined;

const attentionLine = (row: WeeklyRow) =>
  row.after.status === 'at-risk' || row.after.status === 'off-track'
    ? `- ${title(row)}: ${STATUS_LABELS[row.after.status]}, ${percent(row.after.progress)} against ${percent(row.expected)} expected` : undefined;

function noteLines(row: WeeklyRow, names: Map<string, string>): string[] {
  return row.week.flatMap((c) => {
    if (!c.note?.trim()) return [];
    const link = plainLink(c.sourceUrl);
    return [`- ${title(row)}, ${markdownText(names.get(c.authorId) ?? c.authorId)}: ${markdownText(c.note)}${link ? ` ${link}` : ''}`];
  });
}

const section = (header: string, lines: (string | undefined)[]) => {
  const kept = lines.filter((l): l is string => l !== undefined);
  return kept.length > 0 ? [`**${header}**`, ...kept, ''] : [];
};

/** The week of `personId`'s teams (see `weeklyChanges`) as Markdown to paste. */
export function weeklyUpdate(ws: Workspace, personId: string, now: Date): string {
  const week = weeklyChanges(ws, personId, now);
  const names = new Map(ws.people.map((p) => [p.id, p.name]));
  const { rows } = week;
  const lines = [
    `**${markdownText(week.scope)}: week of ${dayRangeText(week.fromDay, week.toDay)}**`,
    ...week.periods.map(({ period, expected }) => `${markdownText(period.name)}: ${percent(expected)} of the period has passed.`),
    '',
    ...(rows.length === 0 ? ['No key results in a running period.', ''] : []),
    ...section('Progress', rows.map(progressLine)),
    ...section('Status changes', rows.map(statusLine)),
    ...section('Needs attention', rows.map(attentionLine)),
    ...section('Notes', rows.flatMap((row) => noteLines(row, names))),
    ...section('No check-in this week', rows.map((row) => (row.week.length === 0 ? `- ${title(row)}` : undefined))),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
