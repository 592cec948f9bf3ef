// Every selector the Jira page object uses, in fallback order (first found wins). Stable hooks
// only: Cloud's `data-testid`s, Data Center's element ids. `seenOn` names the fixtures in
// fixtures/pages/jira/ that carry each hook.

export type SelectorEntry = { selectors: readonly string[]; seenOn: readonly string[] };

const CLOUD_SUMMARY = '[data-testid="issue.views.issue-base.foundation.summary.heading"]';

export const JIRA_SELECTORS = {
  /** An issue's summary, in the full page, the board's side panel or the navigator's detail pane. */
  issueSummary: {
    selectors: [CLOUD_SUMMARY, '#summary-val', '#ghx-detail-issue [data-field-id="summary"]'],
    seenOn: ['cloud-browse-issue.html', 'cloud-board-side-panel.html', 'cloud-backlog-selected.html',
      'cloud-navigator-issue.html', 'cloud-title-markup.html', 'dc-browse-issue.html', 'dc-rapid-board.html'],
  },
  /** The issue key beside a summary, to pick the right issue view when a page shows several. */
  issueKey: {
    selectors: ['[data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"]', '#key-val',
      '#ghx-detail-issue [data-field-id="key"]', '#issuekey-val'],
    seenOn: ['cloud-browse-issue.html', 'cloud-board-side-panel.html', 'cloud-backlog-selected.html',
      'cloud-navigator-issue.html', 'dc-browse-issue.html', 'dc-rapid-board.html'],
  },
  /** A project's name on its own pages. */
  projectName: {
    selectors: ['[data-testid="horizontal-nav-header.ui.project-header.header"] h1',
      '.aui-sidebar .aui-page-header-main h1'],
    seenOn: ['cloud-project-summary.html', 'dc-project-summary.html'],
  },
} as const satisfies Record<string, SelectorEntry>;
