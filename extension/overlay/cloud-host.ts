/**
 * Whether `host` is one of a content script's own match patterns (`*://*.atlassian.net/*`): when it
 * is not, the script was registered at runtime for a host the person granted (a custom host).
 */
export function matchesCloudHost(patterns: readonly string[], host: string): boolean {
  const name = host.toLowerCase().replace(/:\d+$/, '');
  return patterns.some((pattern) => {
    const m = /^[^:]+:\/\/([^/]+)\//.exec(pattern);
    if (!m) return false;
    const wanted = m[1]!.toLowerCase();
    if (wanted === '*') return true;
    if (wanted.startsWith('*.')) return name === wanted.slice(2) || name.endsWith(wanted.slice(1));
    return name === wanted;
  });
}
