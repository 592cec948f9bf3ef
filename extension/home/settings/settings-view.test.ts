import { h } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { person, workspace } from '../../../test/builders.ts';
import type { Request } from '../../messages/api.ts';
import { mount, settle } from '../edit/dom-kit.ts';
import { parseRoute } from '../route.ts';
import { SettingsView } from './settings-view.tsx';

const sent: Request[] = [];
let answer: unknown;
// This browser's custom hosts have their own test (custom-hosts.test.ts); here they need no browser.
vi.mock('./custom-hosts.tsx', () => ({ CustomHostsSection: () => null }));
vi.mock('../../messages/client.ts', () => ({ send: async (request: Request) => { sent.push(request); return answer; } }));
beforeEach(() => {
  sent.length = 0;
  answer = { ok: true, value: {} };
});

const ws = workspace({ people: [person({ id: 'ada' }), person({ id: 'noor', role: 'observer' })] });
const view = (me = 'ada') => mount(h(SettingsView, { ws, me, route: parseRoute('#/settings') }));

describe('SettingsView', () => {
  it('saves every setting in one settings.update', async () => {
    const v = view();
    await v.change('fieldset:nth-of-type(1) label:nth-of-type(2) input', (c) => void (c.checked = true));
    await v.change('fieldset:nth-of-type(2) label:nth-of-type(1) input', (c) => void (c.checked = true));
    await v.type('#settings-at-risk', '30');
    await v.type('#settings-cadence', '14');
    await v.type('#settings-reminder', '08:30');
    await v.type('#settings-zone', 'Europe/Berlin');
    await v.type('#settings-tags', 'growth, retention');
    await v.submit();
    await settle();
    expect(sent).toEqual([{ type: 'settings.update', changes: {
      sharedOkrs: true, multipleParents: true, rollup: { includeInitiatives: true, includeChildObjectives: false },
      statusThresholds: { behindBelowPace: 0, atRiskBelowPace: 30, offTrackBelowPace: 50 }, checkInCadenceDays: 14, reminderTime: '08:30', timeZone: 'Europe/Berlin', tags: ['growth', 'retention'],
    } }]);
    expect(v.text()).toContain('Settings saved.');
  });

  it('flags near-duplicate tags as they are typed', async () => {
    const v = view();
    await v.type('#settings-tags', 'Growth, sales, growth , bug, bugs');
    expect([...v.root.querySelectorAll('.alike li')].map((li) => li.textContent)).toEqual([
      '“Growth” looks like “growth”: keep one spelling, so filters find everything.',
      '“bug” looks like “bugs”: keep one spelling, so filters find everything.',
    ]);
  });

  it('shows the background’s threshold refusal beside the threshold', async () => {
    answer = { ok: false, error: { feature: 'settings', code: 'invalid', message: 'settings: …', details: ['workspace "ws", field settings.statusThresholds.atRiskBelowPace: is 10, below "behind" (30)'] } };
    const v = view();
    await v.submit();
    await settle();
    expect(v.q('#settings-at-risk-error').textContent).toBe('is 10, below "behind" (30)');
  });

  it('shows an observer the settings without a way to change them', () => {
    const v = view('noor');
    expect(v.root.querySelector('button[type=submit]')).toBeNull();
    expect(v.q('#settings-cadence').hasAttribute('disabled')).toBe(true);
  });
});
