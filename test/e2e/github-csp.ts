import { createHash } from 'node:crypto';

// GitHub's Content-Security-Policy as github.com sent it for a repository page on 27 Sep 2026
// (`curl -I https://github.com/google/TensorNetwork`, in a public session log found with the
// code search; the 2016 shape is in github.blog/2016-04-12-githubs-csp-journey). The long host
// lists of connect-src, img-src and media-src are cut to their first entries: they only widen what
// the page itself may load, and the overlay loads nothing.
export const GITHUB_CSP = [
  "default-src 'none'",
  "base-uri 'self'",
  'child-src github.githubassets.com github.com/assets-cdn/worker/ github.com/assets/ gist.github.com/assets-cdn/worker/',
  "connect-src 'self' uploads.github.com www.githubstatus.com collector.github.com raw.githubusercontent.com api.github.com github.githubassets.com wss://alive.github.com",
  'font-src github.githubassets.com',
  "form-action 'self' github.com gist.github.com",
  "frame-ancestors 'none'",
  'frame-src viewscreen.githubusercontent.com notebooks.githubusercontent.com',
  "img-src 'self' data: blob: github.githubassets.com avatars.githubusercontent.com *.githubusercontent.com",
  "manifest-src 'self'",
  'media-src github.com user-images.githubusercontent.com github.githubassets.com',
  "script-src github.githubassets.com 'sha256-tSjmyPUky1KbRZ0fw9VUil3wFEbeM82rtbJDygGJAXw='",
  "style-src 'unsafe-inline' github.githubassets.com",
  'upgrade-insecure-requests',
  'worker-src github.githubassets.com github.com/assets-cdn/worker/ github.com/assets/ gist.github.com/assets-cdn/worker/',
].join('; ');

/**
 * GitHub's policy made stricter where it matters to us: today's style-src still carries
 * 'unsafe-inline', under which a `<style>` element would work, so it cannot tell an overlay styled
 * by `adoptedStyleSheets` from one that would break on a page without it (GitHub's own policy
 * had no 'unsafe-inline' for years). The script hash is ours: it lets exactly one inline script of
 * the test page run, so "nothing else ran" means the policy is enforced, not that scripts are off.
 */
export function strictGithubCsp(allowedInlineScript: string): string {
  return GITHUB_CSP
    .replace("style-src 'unsafe-inline' github.githubassets.com", 'style-src github.githubassets.com')
    .replace(/'sha256-[^']+'/, `'sha256-${createHash('sha256').update(allowedInlineScript).digest('base64')}'`);
}
