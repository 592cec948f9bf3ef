import type { PageEntity, PageObject } from '../site-types.ts';
import { SELECTORS, type SelectorEntry } from './selectors.ts';
import { titleFromDocumentTitle } from './document-title.ts';

// The only code that reads GitHub's DOM. Everything comes back as collapsed text, never markup.

export const textOf = (el: Element | null | undefined): string | undefined =>
  el?.textContent?.replace(/\s+/g, ' ').trim() || undefined;

/** The first non-empty text among an entry's selectors, in its fallback order. */
export function firstText(root: ParentNode, entry: SelectorEntry): string | undefined {
  for (const selector of entry.selectors) {
    for (const el of root.querySelectorAll(selector)) {
      const text = textOf(el);
      if (text) return text;
    }
  }
  return undefined;
}

export function firstElement(root: ParentNode, entry: SelectorEntry): Element | undefined {
  for (const selector of entry.selectors) {
    const el = root.querySelector(selector);
    if (el) return el;
  }
  return undefined;
}

function issueTitle(doc: Document): string | undefined {
  // A board also lists other items' titles: with a side panel open, only the panel counts.
  const pane = firstElement(doc, SELECTORS.projectPane);
  if (pane) return firstText(pane, SELECTORS.paneTitle);
  return firstText(doc, SELECTORS.issueTitle);
}

function repoTitle(doc: Document): string | undefined {
  const description = firstText(doc, SELECTORS.repoDescription);
  if (description) return description;
  const owner = firstText(doc, SELECTORS.repoOwner);
  const name = firstText(doc, SELECTORS.repoName);
  return owner && name ? `${owner}/${name}` : undefined;
}

function title(doc: Document, entity: PageEntity): string | undefined {
  const fromPage = entity.kind === 'github-repo' ? repoTitle(doc)
    : entity.kind === 'github-milestone' ? firstText(doc, SELECTORS.milestoneTitle)
    : issueTitle(doc);
  return fromPage ?? titleFromDocumentTitle(doc.title, entity);
}

function mountPoint(doc: Document, entity: PageEntity): Element | undefined {
  if (entity.kind === 'github-milestone' || firstElement(doc, SELECTORS.projectPane)) return undefined;
  return firstElement(doc, SELECTORS.sidebar);
}

export const githubPage = { title, mountPoint } satisfies PageObject;

export type MilestoneProgress = { title?: string; open?: number; closed?: number; percent?: number };

const count = (text: string, word: string) => {
  const m = new RegExp(`(\\d[\\d,]*)\\s+${word}\\b`, 'i').exec(text);
  return m ? Number(m[1]!.replace(/,/g, '')) : undefined;
};

/**
 * A milestone page's progress ("3 Open", "5 Closed", "62% complete"), read from the page or from
 * its HTML fetched by a live count. Only the toggles and progress block are read: issue rows
 * below them carry other numbers.
 */
export function readMilestoneProgress(doc: Document): MilestoneProgress {
  const states = SELECTORS.milestoneStates.selectors
    .map((s) => [...doc.querySelectorAll(s)].map((el) => textOf(el) ?? '').join(' '))
    .find((t) => count(t, 'open') !== undefined || count(t, 'closed') !== undefined) ?? '';
  const progress = firstText(doc, SELECTORS.milestoneProgress) ?? '';
  const percent = /(\d+(?:\.\d+)?)\s*%\s*complete/i.exec(progress);
  return {
    title: firstText(doc, SELECTORS.milestoneTitle),
    open: count(states, 'open'),
    closed: count(states, 'closed'),
    percent: percent ? Number(percent[1]) : undefined,
  };
}
