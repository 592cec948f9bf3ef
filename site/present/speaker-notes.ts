import { krValueText } from '../../core/report/value-text.ts';
import { krProgressText, percent, pointsText, STATUS_LABELS, STATUS_ORDER } from '../../core/report/labels.ts';
import type { Deck, ObjectiveSlide } from './deck-model.ts';

// What the presenter view shows beside each slide: the facts a lead wants at hand when asked,
// written from the data (nothing here is typed by hand into the deck).

export function titleNotes(deck: Deck): string[] {
  const { period, expected, timeZone } = deck.report;
  return [
    `${period.name} runs ${period.start} to ${period.end}; on ${deck.today} (${timeZone}) the expected progress is ${percent(expected)}.`,
    `${deck.objectives.length} objectives and ${deck.krCount} key results are in this deck.`,
  ];
}

export function summaryNotes(deck: Deck): string[] {
  const counts = STATUS_ORDER.filter((s) => deck.report.statusCounts[s] > 0).map((s) => `${STATUS_LABELS[s]} ${deck.report.statusCounts[s]}`);
  return [
    `Objectives by status: ${counts.join(', ') || 'none'}.`,
    ...deck.movers.map((m) => `${m.keyResult.title}: ${pointsText(m.change)} (${percent(m.before)} → ${percent(m.after)}).`),
  ];
}

export function objectiveNotes(slide: ObjectiveSlide): string[] {
  const o = slide.row.objective;
  return [
    ...(o.description ? [o.description] : []),
    ...(o.closingNote ? [`Closing note: ${o.closingNote}`] : []),
    `Owners: ${slide.owners || 'none'}${slide.teams ? ` · Teams: ${slide.teams}` : ''} · ${o.commitment}.`,
    ...slide.krs.map((k) => {
      const last = k.checkIns.at(-1);
      const said = k.latest ? ` ${k.latest.author} on ${k.latest.day}: “${k.latest.text}”` : '';
      return `${k.keyResult.title}: ${krValueText(k.keyResult, k.progress.value)} (${krProgressText(k.progress)}, ${STATUS_LABELS[k.status]}).${last ? '' : ' Never checked in.'}${said}`;
    }),
  ];
}

export function riskNotes(deck: Deck): string[] {
  if (deck.risks.length === 0 && deck.ownerFlags.length === 0) return ['Nothing is at risk or off track: ask whether anything should be.'];
  return [
    'For each item: what would bring it back on pace, and who needs to help.',
    ...[...deck.risks, ...deck.ownerFlags].map((r) => `${r.keyResult.title} (${r.owners || 'no owner'})${r.latest ? `: “${r.latest.text}”` : ''}`),
  ];
}
