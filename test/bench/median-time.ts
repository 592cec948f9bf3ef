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

/**
 * Medians of wall time and of this thread's CPU time (ms), each over `runs` runs after a warm-up.
 * On a shared, loaded machine the wall time mostly measures the other processes; the thread's
 * CPU time does not (it leaves out V8's helper threads, which do part of the garbage collection).
 */
export function medianTimes(fn: () => unknown, runs = 3): { wall: number; cpu: number } {
  const cpuNow = () => {
    const u = process.threadCpuUsage();
    return (u.user + u.system) / 1000;
  };
  fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [w, c] = [performance.now(), cpuNow()];
    fn();
    wall.push(performance.now() - w);
    cpu.push(cpuNow() - c);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  return { wall: median(wall), cpu: median(cpu) };
}
