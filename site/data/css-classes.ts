// Numbers that used to go into style="…" attributes become classes from site/styles/percent.css:
// a host sending a strict CSP (style-src 'self') drops inline style attributes.

/** `pct-N` for a share in [0, 1], N a whole percent; the class sets `--pct: N%`. */
export const percentClass = (share: number | undefined): string => `pct-${Math.round(Math.min(1, Math.max(0, share ?? 0)) * 100)}`;

/** `depth-N` indents a tree row N steps (1.25rem each), up to `max`; depth 0 needs no class. */
export const depthClass = (depth: number, max: number): string | undefined => (depth > 0 ? `depth-${Math.min(depth, max)}` : undefined);

/** The deepest indentation percent.css has a class for. */
export const MAX_DEPTH_CLASS = 8;
