// Every selector the GitHub page object uses, in fallback order: stable hooks (data-testid, ids,
// itemprop) before class names, because GitHub moves views to React one by one. `seenOn` names the
// fixtures (fixtures/pages/github/) that carry each hook, modelled on the real pages in 2026-11.

export type SelectorEntry = { selectors: readonly string[]; seenOn: readonly string[] };

export const SELECTORS = {
  /** Issue and pull request titles: the React issue view, then the classic header. */
  issueTitle: {
    selectors: ['[data-testid="issue-title"]', 'bdi.js-issue-title', '.js-issue-title', 'h1.gh-header-title .markdown-title'],
    seenOn: ['issue-react.html', 'issue-script-title.html', 'pull-conversation.html', 'pull-files.html', 'pull-commits.html'],
  },
  /** The Projects side panel with an item open (board and table views). */
  projectPane: {
    selectors: ['[data-testid="side-panel"]', '#memex-item-pane', '[role="dialog"][aria-label*="issue" i]'],
    seenOn: ['project-issue-pane.html'],
  },
  /** The open item's title inside that panel (it embeds the React issue view's title). */
  paneTitle: {
    selectors: ['[data-testid="issue-title"]', '[data-testid="side-panel-title"]', 'bdi.markdown-title', 'h2'],
    seenOn: ['project-issue-pane.html'],
  },
  /** The repository's description in the About box. */
  repoDescription: {
    selectors: ['.Layout-sidebar .BorderGrid-cell > p.f4', '.BorderGrid-cell > p.f4', '[itemprop="about"]'],
    seenOn: ['repo-home.html'],
  },
  /** The repository header: owner link and name link. */
  repoOwner: { selectors: ['#repository-container-header [itemprop="author"] a', '[itemprop="author"] a'], seenOn: ['repo-home.html'] },
  repoName: { selectors: ['#repository-container-header strong[itemprop="name"] a', 'strong[itemprop="name"] a'], seenOn: ['repo-home.html'] },
  /** A milestone page's title. */
  milestoneTitle: {
    selectors: ['[data-testid="milestone-title"]', '.milestone-title', 'h2.milestone-title-link'],
    seenOn: ['milestone.html'],
  },
  /** The issue list's Open / Closed toggles ("3 Open", "5 Closed") on a milestone page. */
  milestoneStates: {
    selectors: ['.table-list-header-toggle.states a', '.states a', 'a[href*="closed=0"], a[href*="closed=1"]'],
    seenOn: ['milestone.html'],
  },
  /** The progress block ("40% complete"). */
  milestoneProgress: { selectors: ['.milestone-progress', '.progress-percent'], seenOn: ['milestone.html'] },
  /** Where the overlay can sit on issue and pull request conversations and on a repository home. */
  sidebar: {
    selectors: ['[data-testid="issue-viewer-metadata-pane"]', '#partial-discussion-sidebar', '.Layout-sidebar'],
    seenOn: ['issue-react.html', 'pull-conversation.html', 'repo-home.html'],
  },
} as const satisfies Record<string, SelectorEntry>;
