import { expect, it } from 'vitest';
import { formatInZone } from './format-time.ts';

it('shows a time in the workspace zone, whatever the reader zone', () => {
  expect(formatInZone('2026-11-01T02:30:00Z', 'America/New_York')).toBe('31 Oct 2026, 22:30');
  expect(formatInZone('2026-11-01T02:30:00Z', 'Asia/Tokyo')).toBe('1 Nov 2026, 11:30');
});
