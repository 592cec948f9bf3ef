import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryOf } from '../../test/arbitraries/from-spec.ts';
import { checkIn, initiative, keyResult, kpi, objective, period, person, team, workspace } from '../../test/builders.ts';
import { recordSpecs } from './records.ts';
import { describeIssue, validateRecord, validateWorkspace } from './validate.ts';
import { RECORD_TYPES } from './vocabulary.ts';

describe('validateRecord', () => {
  it.each(RECORD_TYPES)('accepts every %s the schema generates', (type) => {
    fc.assert(fc.property(arbitraryOf(recordSpecs[type]), (record) => {
      expect(validateRecord(type, record)).toEqual([]);
    }), { numRuns: 200 });
  });

  it.each(RECORD_TYPES)('never throws on arbitrary input for %s', (type) => {
    fc.assert(fc.property(fc.anything(), (value) => {
      expect(Array.isArray(validateRecord(type, value))).toBe(true);
    }));
  });

  it('names the record and the field of a bad value', () => {
    const bad = { ...keyResult({ id: 'kr-7' }), target: 'forty' };
    expect(validateRecord('keyResult', bad)).toEqual([
      { recordType: 'keyResult', id: 'kr-7', field: 'target', message: 'expected a number, got "forty"' },
    ]);
  });

  it('reports missing fields, bad choices and nested paths', () => {
    const { title: _t, ...noTitle } = keyResult({ id: 'kr-8', kind: 'increase' });
    const bad = { ...noTitle, kind: 'grow', links: [{ key: 'url:x', url: 'javascript:alert(1)' }] };
    const fields = validateRecord('keyResult', bad).map((i) => `${i.field}: ${i.message}`);
    expect(fields).toEqual([
      'title: is missing',
      'kind: expected one of increase | decrease | milestone | binary | stay-above | stay-below, got "grow"',
      'links[0].url: expected an http or https URL, got "javascript:alert(1)"',
    ]);
  });

  it('rejects impossible calendar dates and date-times without a zone', () => {
    expect(validateRecord('period', { id: 'p', name: 'p', start: '2026-02-30', end: '2026-03-01', updatedAt: '2026-01-01T00:00:00Z' })[0]?.field).toBe('start');
    expect(validateRecord('checkIn', checkIn({ time: '2026-11-01 10:00' }))[0]?.message).toMatch(/with a zone/);
  });

  it('keeps unknown fields without complaint (newer writers may add them)', () => {
    expect(validateRecord('person', { ...person(), favouriteColour: 'teal' })).toEqual([]);
  });
});

describe('validateWorkspace', () => {
  it('accepts a consistent workspace', () => {
    const ada = person({ id: 'ada' });
    const o = objective({ id: 'o1', ownerIds: ['ada'] });
    const kr = keyResult({ id: 'k1', objectiveId: 'o1', ownerIds: ['ada'] });
    expect(validateWorkspace(workspace({ people: [ada], objectives: [o], keyResults: [kr] }))).toEqual([]);
  });

  it('finds broken references, duplicate ids and targets in the wrong direction', () => {
    const ws = workspace({
      objectives: [objective({ id: 'o1', periodId: '2031-q1', ownerIds: ['ghost'] })],
      keyResults: [
        keyResult({ id: 'k1', objectiveId: 'nope' }),
        keyResult({ id: 'k1', objectiveId: 'o1', start: 5, target: 5 }),
        keyResult({ id: 'k2', objectiveId: 'o1', kind: 'decrease', start: 5, target: 9 }),
      ],
      checkIns: [checkIn({ id: 'c1', targetId: 'k3' })],
    });
    ws.keyResults.push(keyResult({ id: 'k3', objectiveId: 'o1', kind: 'binary' }));
    ws.checkIns[0] = checkIn({ id: 'c1', targetId: 'k3', value: 3 });
    expect(validateWorkspace(ws).map(describeIssue)).toEqual([
      'keyResult "k1", field id: is used by another record of the same type',
      'objective "o1", field periodId: no period has id "2031-q1"',
      'objective "o1", field ownerIds: no person has id "ghost"',
      'keyResult "k1", field objectiveId: no objective has id "nope"',
      'keyResult "k2", field target: is above the start value for a decreasing key result; use kind "increase"',
      'checkIn "c1", field value: must be 0 or 1 for a done / not done key result, got 3',
    ]);
  });

  it('accepts a start equal to the target: a threshold to reach', () => {
    const o = objective({ id: 'o' });
    expect(validateWorkspace(workspace({ objectives: [o], keyResults: [keyResult({ objectiveId: 'o', start: 5, target: 5 }), keyResult({ objectiveId: 'o', kind: 'decrease', start: 5, target: 5 })] }))).toEqual([]);
  });

  it('refuses a check-in aimed at the wrong kind of record', () => {
    const o = objective({ id: 'o' });
    const ws = workspace({
      objectives: [o], keyResults: [keyResult({ id: 'k', objectiveId: 'o' })], initiatives: [initiative({ id: 'i2', parentId: 'o' })],
      checkIns: [checkIn({ id: 'ok1', targetType: 'keyResult', targetId: 'k' }), checkIn({ id: 'ok2', targetType: 'initiative', targetId: 'i2' }),
        checkIn({ id: 'bad', targetType: 'keyResult', targetId: 'i2' }), checkIn({ id: 'bad2', targetType: 'initiative', targetId: 'o' }),
        checkIn({ id: 'orphan', targetType: 'keyResult', targetId: 'gone' })],
    });
    expect(validateWorkspace(ws).map(describeIssue)).toEqual([
      'checkIn "bad", field targetType: is keyResult, but "i2" is the id of an initiative, not of a key result',
      'checkIn "bad2", field targetType: is initiative, but "o" is the id of an objective, not of an initiative',
    ]);
  });

  it('refuses an id shared by two kinds of item, and accepts one shared with a person, team or period', () => {
    const ws = workspace({
      people: [person({ id: 'x' })], periods: [period({ id: 'x' })],
      objectives: [objective({ id: 'x', periodId: 'x' })], keyResults: [keyResult({ id: 'shared', objectiveId: 'x' })],
      initiatives: [initiative({ id: 'shared', parentId: 'x' })],
    });
    expect(validateWorkspace(ws).map(describeIssue)).toEqual([
      'initiative "shared", field id: is also the id of a key result; objectives, key results, initiatives and KPIs need ids of their own',
    ]);
  });

  it('refuses status thresholds out of order and an unknown time zone', () => {
    const ws = workspace();
    ws.workspace = { ...ws.workspace, settings: { ...ws.workspace.settings, statusThresholds: { behindBelowPace: 30, atRiskBelowPace: 10 }, timeZone: 'Mars/Olympus' } };
    expect(validateWorkspace(ws).map(describeIssue)).toEqual(['workspace "ws", field settings.timeZone: expected an IANA time zone such as "Europe/Paris" or "UTC", got "Mars/Olympus"']);
    ws.workspace.settings.timeZone = 'Europe/Paris';
    expect(validateWorkspace(ws).map(describeIssue)).toEqual([
      'workspace "ws", field settings.statusThresholds.atRiskBelowPace: is 10, below "behind" (30): at risk must start at or after behind, or "behind" could never be suggested',
    ]);
  });

  it('takes a reminder time as 24-hour HH:MM and nothing else', () => {
    const ws = workspace();
    for (const good of ['00:00', '09:30', '23:59']) {
      ws.workspace = { ...ws.workspace, settings: { ...ws.workspace.settings, reminderTime: good, sharedOkrs: false, tags: ['growth'] } };
      expect(validateWorkspace(ws)).toEqual([]);
    }
    for (const bad of ['24:00', '9:30', '09:60', '09:30:00']) {
      ws.workspace = { ...ws.workspace, settings: { ...ws.workspace.settings, reminderTime: bad } };
      expect(validateWorkspace(ws).map(describeIssue)).toEqual([`workspace "ws", field settings.reminderTime: expected a time of day as HH:MM (24-hour), got "${bad}"`]);
    }
  });

  it('reports shape errors instead of throwing when a list is not a list', () => {
    const ws = { ...workspace(), objectives: 'oops' } as unknown as Parameters<typeof validateWorkspace>[0];
    expect(validateWorkspace(ws)).toEqual([{ recordType: 'objective', id: '', field: 'objectives', message: 'expected a list of records' }]);
  });
});

describe('validateWorkspace: KPIs', () => {
  const base = () => ({ people: [person({ id: 'ada' })], teams: [team({ id: 'growth' })] });

  it('accepts a KPI with one bound or both, owned by people and teams that exist', () => {
    const kpis = [kpi({ id: 'a', healthyMin: 99.9, healthyMax: undefined, ownerIds: ['ada'], teamIds: ['growth'] }), kpi({ id: 'b', healthyMin: 80, healthyMax: 100 }), kpi({ id: 'c', healthyMin: 2, healthyMax: 2 })];
    expect(validateWorkspace(workspace({ ...base(), kpis })).map(describeIssue)).toEqual([]);
  });

  it('needs a healthy range that runs from low to high, naming the field', () => {
    const kpis = [kpi({ id: 'none', healthyMin: undefined, healthyMax: undefined }), kpi({ id: 'upside-down', healthyMin: 5, healthyMax: 1 })];
    expect(validateWorkspace(workspace({ ...base(), kpis })).map(describeIssue)).toEqual([
      'kpi "none", field healthyMin: a KPI needs a healthy range: give healthyMin, healthyMax or both',
      'kpi "upside-down", field healthyMax: is 1, below healthyMin 5; the healthy range must run from low to high',
    ]);
  });

  it('names owners and teams that do not exist, and an id an item already has', () => {
    const ws = workspace({ ...base(), objectives: [objective({ id: 'o1' })], kpis: [kpi({ id: 'o1', ownerIds: ['ghost'], teamIds: ['nowhere'] })] });
    expect(validateWorkspace(ws).map(describeIssue)).toEqual([
      'kpi "o1", field id: is also the id of an objective; objectives, key results, initiatives and KPIs need ids of their own',
      'kpi "o1", field ownerIds: no person has id "ghost"',
      'kpi "o1", field teamIds: no team has id "nowhere"',
    ]);
  });

  it('names a check-in meant for a KPI but typed as a key result', () => {
    const ws = workspace({ ...base(), kpis: [kpi({ id: 'churn' })], checkIns: [checkIn({ id: 'c1', targetType: 'keyResult', targetId: 'churn' })] });
    expect(validateWorkspace(ws).map(describeIssue)).toEqual(['checkIn "c1", field targetType: is keyResult, but "churn" is the id of a KPI, not of a key result']);
  });

  it('reports a wrong shape by field', () => {
    expect(validateRecord('kpi', { ...kpi({ id: 'k' }), healthyMax: 'two' })).toEqual([{ recordType: 'kpi', id: 'k', field: 'healthyMax', message: 'expected a number, got "two"' }]);
  });
});
