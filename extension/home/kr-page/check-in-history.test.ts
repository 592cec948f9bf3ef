import { h } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { checkIn } from '../../../test/builders.ts';
import { renderDom } from '../../../test/dom/render-dom.ts';
import { CheckInHistory } from './check-in-history.tsx';

const people = new Map([['noor', 'Noor Haddad'], ['maya', 'Maya Chen']]);

describe('CheckInHistory', () => {
  let dom: ReturnType<typeof renderDom> | undefined;
  afterEach(() => dom?.cleanup());

  it('lists check-ins newest first in the workspace zone, with authors, "on behalf of" and evidence', () => {
    dom = renderDom(h(CheckInHistory, {
      checkIns: [
        checkIn({ id: 'a', time: '2026-10-05T16:00:00.000Z', value: 31, status: 'on-track', authorId: 'maya', note: 'First week' }),
        checkIn({ id: 'b', time: '2026-11-01T02:30:00.000Z', value: 35, status: 'at-risk', confidence: 4, authorId: 'noor', onBehalfOfId: 'maya', source: 'jira', sourceUrl: 'https://acme.atlassian.net/browse/GROW-7', evidence: '35 done' }),
        // A link that is not http(s) must never become a link, whatever a file says.
        checkIn({ id: 'c', time: '2026-10-20T12:00:00.000Z', status: 'behind', authorId: 'ghost', source: 'github', sourceUrl: 'javascript:alert(1)' }),
      ],
      people, timeZone: 'America/New_York', keyResult: { kind: 'increase', unit: '$k' },
    }));
    const rows = dom.$$('tbody tr').map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([
      ['31 Oct 2026, 22:30', '$35k', 'At risk', '4/10', '', 'Noor Haddad on behalf of Maya Chen', 'Jira35 done'],
      ['20 Oct 2026, 08:00', '—', 'Behind', '—', '', 'ghost', 'GitHub'],
      ['5 Oct 2026, 12:00', '$31k', 'On track', '—', 'First week', 'Maya Chen', ''],
    ]);
    expect(dom.$$('tbody a').map((a) => a.getAttribute('href'))).toEqual(['https://acme.atlassian.net/browse/GROW-7']);
    expect(dom.$('caption')?.textContent).toBe('Check-ins, newest first (times in America/New_York)');
  });

  it('says so when there is nothing yet', () => {
    dom = renderDom(h(CheckInHistory, { checkIns: [], people, timeZone: 'UTC', keyResult: { kind: 'binary' } }));
    expect(dom.root.textContent).toBe('No check-ins yet.');
  });
});
