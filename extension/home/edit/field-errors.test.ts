import { describe, expect, it } from 'vitest';
import { errorFor, fieldErrors } from './field-errors.ts';

describe('fieldErrors', () => {
  it('places each detail beside the field it names', () => {
    const errors = fieldErrors({ feature: 'objectives', code: 'invalid', message: 'objectives: …', details: ['objective "new-1", field title: must not be empty', 'objective "new-1", field ownerIds[1]: no person has id "zed"'] });
    expect(errorFor(errors, 'title')).toBe('must not be empty');
    expect(errorFor(errors, 'ownerIds')).toBe('no person has id "zed"');
    expect(errorFor(errors, 'owner')).toBeUndefined();
    expect(errors.general).toBeUndefined();
  });

  it('keeps the whole message when a detail names no field, or there are no details', () => {
    expect(fieldErrors({ feature: 'objectives', code: 'forbidden', message: 'objectives: Noor is an observer' }).general).toBe('objectives: Noor is an observer');
    const mixed = fieldErrors({ feature: 'settings', code: 'invalid', message: 'settings: x', details: ['workspace "ws", field settings.statusThresholds.atRiskBelowPace: is 10', 'something else'] });
    expect(errorFor(mixed, 'settings.statusThresholds')).toBe('is 10');
    expect(mixed.general).toBe('settings: x');
  });
});
