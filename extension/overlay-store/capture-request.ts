import { CHANNEL } from '../messages/envelope.ts';

// The popup's "Capture a number from this tab": sent to the tab's content script, which opens the
// overlay in capture mode even on a page that is no entity (a Jira filter's issue count).
export const CAPTURE_REQUEST = { channel: CHANNEL, overlay: 'capture' } as const;

export const isCaptureRequest = (message: unknown): boolean =>
  typeof message === 'object' && message !== null && 'channel' in message && message.channel === CHANNEL && 'overlay' in message && message.overlay === 'capture';
