// First path segments that GitHub keeps for its own pages, so they are never an owner:
// `/settings/profile` is not repository `settings/profile`. GitHub forbids these as user and
// organisation names; the list is ours, kept to the names that have pages (checked 2026-11).
export const RESERVED_OWNERS: ReadonlySet<string> = new Set([
  'about', 'account', 'admin', 'api', 'apps', 'assets', 'blog', 'business', 'codespaces', 'collections',
  'contact', 'copilot', 'customer-stories', 'dashboard', 'dashboards', 'enterprise', 'enterprises',
  'events', 'explore', 'features', 'gist', 'gists', 'git-guides', 'github-copilot', 'home', 'issues',
  'join', 'login', 'logout', 'marketplace', 'mobile', 'new', 'notifications', 'organizations', 'orgs',
  'pricing', 'projects', 'pulls', 'readme', 'repositories', 'resources', 'search', 'security',
  'sessions', 'settings', 'signup', 'site', 'solutions', 'sponsors', 'stars', 'team', 'teams',
  'topics', 'trending', 'users', 'watching',
]);
