// A live count's milestone, written `owner/repo/number` (a pasted milestone URL is read the same way).

export type MilestoneRef = { owner: string; repo: string; n: number };

const SHORT = /^([A-Za-z0-9][A-Za-z0-9_-]*)\/([A-Za-z0-9._-]+)\/([1-9]\d{0,9})$/;
const URL_PATH = /^\/([^/]+)\/([^/]+)\/milestone\/([1-9]\d{0,9})\/?$/;

export function parseMilestoneQuery(query: string): MilestoneRef | undefined {
  const q = query.trim();
  let m = SHORT.exec(q);
  if (!m && /^https?:\/\//i.test(q)) m = URL_PATH.exec(new URL(q).pathname);
  return m ? { owner: m[1]!, repo: m[2]!, n: Number(m[3]) } : undefined;
}

export const milestoneName = (m: MilestoneRef) => `${m.owner}/${m.repo}/${m.n}`;

/** The REST endpoint: api.github.com for github.com, `/api/v3` on a GitHub Enterprise host. */
export function milestoneApiUrl(host: string, m: MilestoneRef): string {
  const base = host === 'github.com' ? 'https://api.github.com' : `https://${host}/api/v3`;
  return `${base}/repos/${encodeURIComponent(m.owner)}/${encodeURIComponent(m.repo)}/milestones/${m.n}`;
}

export function milestonePageUrl(origin: string, m: MilestoneRef): string {
  return `${origin}/${encodeURIComponent(m.owner)}/${encodeURIComponent(m.repo)}/milestone/${m.n}`;
}
