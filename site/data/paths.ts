// Every link in the site goes through here, so `okr site --base /sub/path/` moves them all.
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
const seg = encodeURIComponent;

export const href = (path = ''): string => `${BASE}${path}`;
export const periodPath = (periodId: string) => href(`period/${seg(periodId)}/`);
export const teamPath = (periodId: string, teamId: string) => href(`period/${seg(periodId)}/team/${seg(teamId)}/`);
export const personPath = (periodId: string, personId: string) => href(`period/${seg(periodId)}/person/${seg(personId)}/`);
export const alignmentPath = (periodId: string) => href(`period/${seg(periodId)}/alignment/`);
export const presentPath = (periodId: string) => href(`present/${seg(periodId)}/`);
export const objectivePath = (objectiveId: string) => href(`objective/${seg(objectiveId)}/`);
