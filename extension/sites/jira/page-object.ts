import type { PageEntity, PageObject } from '../site-types.ts';
import { JIRA_SELECTORS } from './selectors.ts';

// The only code that reads Jira's DOM. Everything is read as text; undefined while Jira renders.

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
const all = (root: ParentNode, selectors: readonly string[]) => selectors.flatMap((s) => [...root.querySelectorAll(s)]);
const first = (root: ParentNode, selectors: readonly string[]) => all(root, selectors)[0];
const KEY_IN_TEXT = /\b[A-Z][A-Z0-9_]*-\d+\b/i;

/** The issue key shown in the nearest issue view around a summary (undefined if none is shown). */
function keyNear(summary: Element): string | undefined {
  for (let at = summary.parentElement; at; at = at.parentElement) {
    const keyElement = first(at, JIRA_SELECTORS.issueKey.selectors);
    if (keyElement) return KEY_IN_TEXT.exec(text(keyElement) ?? '')?.[0].toUpperCase();
  }
  return undefined;
}

// Boards and navigators can show several issue views (a card's dialog over the side panel):
// the summary beside this issue's key wins; a lone summary without a key nearby is trusted.
function issueSummary(doc: Document, issueKey: string): Element | undefined {
  const summaries = all(doc, JIRA_SELECTORS.issueSummary.selectors);
  const beside = summaries.find((s) => keyNear(s) === issueKey);
  if (beside) return beside;
  const only = summaries.length === 1 ? summaries[0] : undefined;
  return only && keyNear(only) === undefined ? only : undefined;
}

// `[KAN-1] Summary - Jira`: the browser tab's title, when Jira has set it for this issue.
function summaryFromDocumentTitle(doc: Document, issueKey: string): string | undefined {
  const prefix = `[${issueKey}] `;
  const title = doc.title.replace(/\s+/g, ' ').trim();
  if (!title.toUpperCase().startsWith(prefix)) return undefined;
  const rest = title.slice(prefix.length);
  const end = rest.lastIndexOf(' - ');
  return (end > 0 ? rest.slice(0, end) : rest).trim() || undefined;
}

export const jiraPage = {
  title: (doc: Document, entity: PageEntity) => {
    if (entity.kind === 'jira-project') return text(first(doc, JIRA_SELECTORS.projectName.selectors));
    return text(issueSummary(doc, entity.label)) ?? summaryFromDocumentTitle(doc, entity.label);
  },
  mountPoint: (doc: Document, entity: PageEntity) =>
    entity.kind === 'jira-issue' ? issueSummary(doc, entity.label)?.parentElement ?? undefined : undefined,
} satisfies PageObject;
