import { describe, expect, it } from 'vitest';
import { kpi } from '../../../test/builders.ts';
import { changesOf, draftOf, formValuesOf } from './kpi-form-values.ts';

const blank = formValuesOf(undefined, 'ada');

describe('KPI form values', () => {
  it('starts a new KPI owned by me, and shows an existing one as typed text', () => {
    expect(blank).toMatchObject({ name: '', ownerIds: ['ada'], healthyMin: '', healthyMax: '' });
    expect(formValuesOf(kpi({ name: 'Uptime', healthyMin: 99.9, healthyMax: undefined, unit: '%', ownerIds: ['grace'] }), 'ada')).toMatchObject({ name: 'Uptime', healthyMin: '99.9', healthyMax: '', unit: '%', ownerIds: ['grace'] });
  });

  it('makes a draft with numbers, a decimal comma accepted, empty fields left out', () => {
    expect(draftOf({ ...blank, name: ' Uptime ', unit: '%', healthyMin: '99,9' })).toEqual({ ok: true, draft: { name: 'Uptime', ownerIds: ['ada'], teamIds: [], unit: '%', healthyMin: 99.9 } });
    expect(draftOf({ ...blank, name: 'Capacity', healthyMin: '80', healthyMax: '100', description: 'Points vs capacity' })).toEqual({ ok: true, draft: { name: 'Capacity', description: 'Points vs capacity', ownerIds: ['ada'], teamIds: [], healthyMin: 80, healthyMax: 100 } });
  });

  it('says what is wrong, field by field', () => {
    expect(draftOf(blank)).toEqual({ ok: false, errors: { name: 'Give the KPI a name, for example "Monthly churn".', healthyMin: 'Give a lowest healthy value, a highest, or both.' } });
    expect(draftOf({ ...blank, name: 'x', healthyMin: 'lots' })).toEqual({ ok: false, errors: { healthyMin: '"lots" is not a number.' } });
    expect(draftOf({ ...blank, name: 'x', healthyMin: '5', healthyMax: '1' })).toEqual({ ok: false, errors: { healthyMax: 'The highest healthy value must not be below the lowest.' } });
  });

  it('turns an edit into changes that remove what was emptied', () => {
    expect(changesOf({ name: 'Churn', ownerIds: [], teamIds: [], healthyMax: 2 })).toEqual({ name: 'Churn', ownerIds: [], teamIds: [], healthyMax: 2, description: null, unit: null, healthyMin: null });
  });
});
