import { browser } from 'wxt/browser';
import type { CheckInDraft } from '../messages/drafts.ts';
import { createClient } from '../messages/client-core.ts';
import { failure } from '../messages/result.ts';
import { SUMMARY_KEYS } from '../overlay-store/summary-keys.ts';
import type { OverlayActions, OverlayCheckIn } from './overlay-actions.ts';

// Errors name the overlay, not each request's feature: the feature table stays out of the content script.
const send = createClient(() => browser.runtime, () => 'overlay');

/** The overlay's actions as messages to the background (everything but picking, which the runtime adds). */
export function sendActions(host: string, me: () => string | undefined): Omit<OverlayActions, 'pick'> {
  return {
    setCollapsed: (collapsed) => {
      // A dead extension context has no storage either: the overlay just stays as it is.
      if (browser.runtime?.id) void browser.storage.local.set({ [SUMMARY_KEYS.collapsed(host)]: collapsed }).catch(() => undefined);
    },
    linkable: () => send({ type: 'okrs.linkable' }),
    link: (item, entity, title) => send({ type: 'link.add', targetType: item.type, id: item.id, link: { key: entity.key, url: entity.url, ...(title ? { title: title.slice(0, 500) } : {}) } }),
    unlink: (item, key) => send({ type: 'link.remove', targetType: item.type, id: item.id, key }),
    saveDataLink: (krId, dataLink) => send({ type: 'keyResult.update', id: krId, changes: { dataLink } }),
    checkIn: async (c: OverlayCheckIn) => {
      let author = me();
      if (!author) {
        const asked = await send({ type: 'me.get' });
        if (!asked.ok) return asked;
        author = asked.value.personId;
      }
      if (!author) return failure('check-in', 'invalid', 'open OKR Lens and say who you are first; nothing was saved');
      const owner = c.item.checkInOwnerId;
      const draft: CheckInDraft = {
        targetType: c.item.type, targetId: c.item.id, status: c.status, authorId: author, source: c.source, sourceUrl: c.sourceUrl,
        ...(c.value === undefined ? {} : { value: c.value }),
        ...(c.note ? { note: c.note } : {}),
        ...(c.evidence ? { evidence: c.evidence.slice(0, 2000) } : {}),
        ...(owner && owner !== author ? { onBehalfOfId: owner } : {}),
      };
      return send({ type: 'checkIn.add', draft });
    },
  };
}
