import { describe, expect, it } from 'vitest';
import { parseItemType, parseKind, parseLooseDate, parseLooseNumber, parseInitiativeStatus, parseStatus, splitLoose, splitPeople } from './loose-values.ts';

describe('parseLooseNumber', () => {
  it.each([
    ['1,234.5', false, { value: 1234.5 }],
    ['1.234,5', true, { value: 1234.5 }],
    ['1.234,5', false, { value: 1234.5 }],
    ['45%', false, { value: 45, unit: '%' }],
    ['45,5 %', true, { value: 45.5, unit: '%' }],
    ['$10M', false, { value: 10_000_000, unit: '$' }],
    ['€ 2,5k', true, { value: 2500, unit: '€' }],
    ['1,234', false, { value: 1234 }],
    ['1,234', true, { value: 1.234 }],
    ['1.234', true, { value: 1234 }],
    ['1.5', true, { value: 1.5 }],
    ['-3', false, { value: -3 }],
    ['007', false, { value: 7 }],
    ['1 000 000', false, { value: 1_000_000 }],
  ] as const)('reads %j (decimal comma: %s)', (text, comma, expected) => {
    expect(parseLooseNumber(text, comma)).toEqual(expected);
  });

  it.each(['', 'n/a', 'TBD', '1.2.3', '12abc', '--5'])('rejects %j', (text) => {
    expect(parseLooseNumber(text, false)).toBeUndefined();
  });
});

describe('parseLooseDate', () => {
  it.each([
    ['2026-09-30', '2026-09-30T12:00:00.000Z'],
    ['09/30/2026', '2026-09-30T12:00:00.000Z'],
    ['30/09/2026', '2026-09-30T12:00:00.000Z'],
    ['30.09.2026', '2026-09-30T12:00:00.000Z'],
    ['2026-09-30T08:15:00+02:00', '2026-09-30T06:15:00.000Z'],
  ])('reads %s', (text, iso) => expect(parseLooseDate(text)).toBe(iso));

  it.each(['2026-02-30', '13/13/2026', 'next week', '31.04.2026'])('rejects %s', (text) => expect(parseLooseDate(text)).toBeUndefined());
});

describe('vocabularies', () => {
  it('splits multi-value cells on new lines, else semicolons, else commas', () => {
    expect(splitLoose('a@x.io\nb@x.io')).toEqual(['a@x.io', 'b@x.io']);
    expect(splitLoose('Growth; Platform')).toEqual(['Growth', 'Platform']);
    expect(splitLoose('maya, tomas ,')).toEqual(['maya', 'tomas']);
  });

  it('maps kinds, statuses and item types loosely', () => {
    expect([parseKind('Yes/No'), parseKind('Stay above'), parseKind('%'), parseKind('Decrease')]).toEqual(['binary', 'stay-above', undefined, 'decrease']);
    expect([parseStatus('Green'), parseStatus('At Risk'), parseStatus('off track'), parseStatus('??')]).toEqual(['on-track', 'at-risk', 'off-track', undefined]);
    expect([parseItemType('Key Result'), parseItemType('KR'), parseItemType('Project'), parseItemType('Objective'), parseItemType('note')]).toEqual(['keyResult', 'keyResult', 'initiative', 'objective', undefined]);
  });
});

describe('cells as people write them', () => {
  it.each([
    ['1.200 €', { value: 1200, unit: '€' }], ['2.400,50 €', { value: 2400.5, unit: '€' }], ['$1,200', { value: 1200, unit: '$' }],
    ['2400.0', { value: 2400 }], ['2,5', { value: 2.5 }], ['45%', { value: 45, unit: '%' }],
  ] as const)('reads %j in a comma file', (text, expected) => {
    expect(parseLooseNumber(text, false)).toEqual(expected);
  });

  it.each([
    ['🟢', 'on-track'], ['🟡', 'behind'], ['🔴', 'off-track'], ['✅', 'on-track'], ['On track', 'on-track'], ['At risk', 'at-risk'],
    ['Off track', 'off-track'], ['Done', 'on-track'], ['Blocked', 'off-track'], ['🟡 At risk', 'at-risk'], ['🔴 Off track', 'off-track'],
  ] as const)('status %j is %s', (text, status) => {
    expect(parseStatus(text)).toBe(status);
  });

  it.each([
    ['Doe, Jane', ['Jane Doe']], ['Jane Doe, Rick Roe', ['Jane Doe', 'Rick Roe']], ['a@x.example, b@x.example', ['a@x.example', 'b@x.example']],
    ['Doe, Jane; Roe, Rick', ['Jane Doe', 'Rick Roe']], ['Rick Roe\nWu, Amy', ['Rick Roe', 'Amy Wu']], ['Jane Doe', ['Jane Doe']], ["O'Neil, Sean", ["Sean O'Neil"]],
  ] as const)('people in %j', (cell, people) => {
    expect(splitPeople(cell)).toEqual(people);
  });
});

describe('parseInitiativeStatus', () => {
  it.each([['Done', 'done'], ['✅', 'done'], ['To Do', 'not-started'], ['In Progress', 'in-progress'], ["Won't Do", 'cancelled'], ['Resolved', 'done'], ['Whatever', undefined]] as const)('%j is %s', (text, status) => {
    expect(parseInitiativeStatus(text)).toBe(status);
  });
});
