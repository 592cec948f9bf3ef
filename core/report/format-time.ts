// Check-in times are shown in the workspace's zone (not the reader's), so a team spread over
// several zones reads the same day and hour on every screen and in the static site.
const formats = new Map<string, Intl.DateTimeFormat>();

export function formatInZone(iso: string, timeZone: string): string {
  let f = formats.get(timeZone);
  if (!f) formats.set(timeZone, (f = new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })));
  return f.format(new Date(iso));
}
