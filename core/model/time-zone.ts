// The workspace's one time zone: every calendar day derived from an instant (pace, "today", the
// current period, a check-in being due) is read in it, so the extension in California and a site
// built on a UTC server agree on what day it is.

/** Whether `timeZone` is an IANA zone this runtime knows (`UTC` included). */
export function isTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '' || timeZone !== timeZone.trim()) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The zone of the person running this code: the default for a workspace they create. */
export const systemTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * Files written before workspaces had a zone carry none: they are read in UTC, the one choice
 * that gives every reader the same answer (a person's own zone would not).
 */
export const LEGACY_TIME_ZONE = 'UTC';

export const workspaceTimeZone = (settings: { timeZone?: string | undefined }): string => settings.timeZone ?? LEGACY_TIME_ZONE;
