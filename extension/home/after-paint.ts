/**
 * Settles once the browser has painted what is rendered now: a task posted from the next frame's
 * animation callback runs after that frame's style, layout and paint. Preact renders a signal's
 * change on a microtask, before the frame. Without frames (a hidden tab), after a short time.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => { clearTimeout(fallback); resolve(); }, 0));
  });
}
