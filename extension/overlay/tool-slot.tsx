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
  // The element is taken now: Preact clears the ref before cleanups run, and the tool's own tree
  // must unmount (a capture in progress holds the page's clicks until its cleanup stops it).
  useEffect(() => {
    const el = into.current;
    return () => { if (tools && el) tools.unmount(el); };
  }, [tools]);
  return (
    <>
      {tools ? null : failed ? <p class="alert" role="alert">{UPDATED_TEXT}</p> : <p class="meta" role="status">Loading…</p>}
      <div ref={into} />
    </>
  );
}
