import { useEffect, useRef, useState } from 'preact/hooks';
import { UPDATED_TEXT } from '../messages/client-core.ts';
import { loadTools, toolsIfLoaded } from './load-tools.ts';
import type { OverlayTools, ToolProps } from './tools-contract.ts';

/** Where a tool (a form, capture, the offers) renders: loaded on first use, then kept in step with its props. */
export function ToolSlot(props: ToolProps) {
  const into = useRef<HTMLDivElement>(null);
  const [tools, setTools] = useState<OverlayTools | undefined>(toolsIfLoaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!tools) void loadTools().then(setTools, () => setFailed(true));
  }, []);
  useEffect(() => {
    if (tools && into.current) tools.mount(into.current, props);
  });
  useEffect(() => () => { if (tools && into.current) tools.unmount(into.current); }, [tools]);
  return (
    <>
      {tools ? null : failed ? <p class="alert" role="alert">{UPDATED_TEXT}</p> : <p class="meta" role="status">Loading…</p>}
      <div ref={into} />
    </>
  );
}
