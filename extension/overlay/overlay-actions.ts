import type { DataLink } from '../../core/model/records.ts';
import type { LinkedItem } from '../../core/report/link-summary.ts';
import type { CheckInStatus } from '../../core/model/vocabulary.ts';
import type { LinkableItem } from '../messages/api.ts';
import type { Result } from '../messages/result.ts';
import type { PageEntity } from '../sites/site-types.ts';

export type OverlayCheckIn = {
  item: LinkedItem;
  value: number | undefined;
  status: CheckInStatus;
  note?: string;
  /** Where the number came from: the page's URL, and for a capture or a live count the text it read. */
  source: 'manual' | 'page-capture' | 'jira' | 'github' | 'salesforce';
  sourceUrl: string;
  evidence?: string;
};

/** What the overlay asks of the extension; the runtime sends messages, component tests pass fakes. */
export type OverlayActions = {
  setCollapsed: (collapsed: boolean) => void;
  linkable: () => Promise<Result<{ items: LinkableItem[] }>>;
  link: (item: Pick<LinkedItem, 'type' | 'id'>, entity: PageEntity, title: string | undefined) => Promise<Result<unknown>>;
  unlink: (item: Pick<LinkedItem, 'type' | 'id'>, key: string) => Promise<Result<unknown>>;
  checkIn: (checkIn: OverlayCheckIn) => Promise<Result<unknown>>;
  saveDataLink: (krId: string, dataLink: DataLink) => Promise<Result<unknown>>;
  /**
   * Starts picking an element on the page; the callback gets its text, or undefined when cancelled.
   * Returns what stops picking (the page's clicks are held while it lasts).
   */
  pick: (onPicked: (picked: { text: string; locator: string; label: string } | undefined) => void, moved?: (text: string, at: number, count: number) => void) => () => void;
};
