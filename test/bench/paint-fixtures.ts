// The generated workspace and the paint marks of home-paint-bench.ts, shared with other benches.
import type { Workspace } from '../../core/model/workspace.ts';
import { checkIn, keyResult, objective, period, person, team, workspace } from '../builders.ts';

/** `objectives` objectives of 5 key results each, one in ten a root with the others aligned under it, two check-ins per key result. */
export function generated(objectives: number): Workspace {
  const people = Array.from({ length: 50 }, (_, i) => person({ id: `p${i}`, name: `Person ${i}` }));
  const teams = Array.from({ length: 10 }, (_, i) => team({ id: `t${i}`, name: `Team ${i}`, memberIds: people.slice(i * 5, i * 5 + 5).map((p) => p.id) }));
  const objs = Array.from({ length: objectives }, (_, i) => objective({
    id: `o${i}`, title: `Objective ${i}: customers succeed faster`, ownerIds: [`p${i % 50}`], teamIds: [`t${i % 10}`], tags: [`tag${i % 7}`],
    parentIds: i % 10 === 0 ? [] : [`o${i - (i % 10)}`],
  }));
  const krs = objs.flatMap((o, i) => Array.from({ length: 5 }, (_, k) => keyResult({
    id: `${o.id}-k${k}`, objectiveId: o.id, title: `Raise metric ${k} of objective ${i} from 10 to 50`, ownerIds: [`p${(i + k) % 50}`], start: 10, target: 50,
  })));
  const checkIns = krs.flatMap((k, i) => [
    checkIn({ id: `${k.id}-c1`, targetId: k.id, authorId: k.ownerIds[0]!, time: '2026-10-20T15:00:00.000Z', value: 10 + (i % 20), confidence: 7 }),
    checkIn({ id: `${k.id}-c2`, targetId: k.id, authorId: k.ownerIds[0]!, time: '2026-11-17T15:00:00.000Z', value: 10 + (i % 35), note: 'Weekly check-in' }),
  ]);
  const ws = workspace({ people, teams, periods: [period()], objectives: objs, keyResults: krs, checkIns });
  ws.workspace = { ...ws.workspace, name: 'Bench Co', settings: { ...ws.workspace.settings, timeZone: 'America/New_York' } };
  return ws;
}

// Installed before the page's own scripts: the times (from navigation start) of the first frame
// after the tree's first objective is in the DOM, and of the first frame after the whole tree is
// (the tree renders a first slice, then the rest between frames, aria-busy until done).
// `firstPaint` is the clock read when that frame's animation callbacks run, just before it paints.
// `firstFrameStamp` is the timestamp Chromium hands those callbacks, which this bench used to
// report: it is when the frame was scheduled, and while the main thread is busy (parsing the
// workspace, rendering) that can be hundreds of ms before the tree even existed.
export const WATCH = `(() => {
  const marks = (globalThis.__tree = {});
  new MutationObserver((_, obs) => {
    if (!marks.first && document.querySelector('section.okr-tree article')) { marks.first = true; marks.inDom = performance.now(); requestAnimationFrame((t) => { marks.firstPaint = performance.now(); marks.firstFrameStamp = t; }); }
    if (!marks.full && document.querySelector('section.okr-tree[aria-busy="false"]')) { marks.full = true; obs.disconnect(); requestAnimationFrame(() => { marks.fullPaint = performance.now(); }); }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
})();`;
