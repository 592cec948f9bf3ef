// Bundled by background-api.test.ts and evaluated in extension pages: the real client and
// subscription code, as a home page or popup would use it, without a page of our own in the build.
import { send } from '../../extension/messages/client.ts';
import type { ChangedEvent } from '../../extension/messages/envelope.ts';
import { onChanged } from '../../extension/messages/subscribe.ts';

const heard: ChangedEvent[] = [];
onChanged((event) => heard.push(event));

/** Sends `request` when another page posts "go" on `channel`: every armed page starts at the same moment. */
function armOn(channel: string, request: Parameters<typeof send>[0]): Promise<Awaited<ReturnType<typeof send>>> {
  const bc = new BroadcastChannel(channel);
  return new Promise((resolve) => {
    bc.onmessage = () => {
      bc.close();
      resolve(send(request));
    };
  });
}

Object.assign(globalThis, { okrLensE2e: { send, heard, armOn } });
