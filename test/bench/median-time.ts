/** Median wall time in ms of `runs` runs of `fn`, after one warm-up run (JIT, caches). */
export function medianTime(fn: () => unknown, runs = 3): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}
