import { describe, expect, it } from 'vitest';
import { buildDemo } from '../../fixtures/demo/build-demo.ts';
import { periodReport } from './period-report.ts';
import { krReport } from './kr-report.ts';

describe('krReport', () => {
  const now = new Date('2026-11-20T17:00:00Z');
  it('agrees with the period report on progress and status, and keeps every check-in', () => {
    const ws = buildDemo();
    const row = periodReport(ws, '2026-q4', now)!.objectives.flatMap((o) => o.keyResults).find((k) => k.keyResult.id === 'q4-company-kr3')!;
    const kr = krReport(ws, 'q4-company-kr3', now)!;
    expect([kr.progress, kr.status, kr.period?.id]).toEqual([row.progress, row.status, '2026-q4']);
    expect(kr.checkIns.length).toBe(ws.checkIns.filter((c) => c.targetId === 'q4-company-kr3').length);
    expect(kr.checkIns.length).toBeGreaterThan(0);
    expect(kr.series?.actual.length).toBe(kr.checkIns.filter((c) => c.value !== undefined).length);
    expect(kr.checkInOwnerId).toBe(kr.keyResult.checkInOwnerId ?? kr.keyResult.ownerIds[0]);
    expect(krReport(ws, 'nope', now)).toBeUndefined();
  });
});
