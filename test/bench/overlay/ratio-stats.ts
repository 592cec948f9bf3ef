import { median } from './stats.ts';

/** The q-quantile (0–1) by linear interpolation between order statistics. */
export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (at - lo);
}

/** A small seeded generator (mulberry32), so the same samples always give the same interval. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A 90 % percentile-bootstrap interval for median(a) / median(b), resampling the rounds (a[i] and
 * b[i] were loaded in the same round, so they are resampled together and share the machine's load).
 */
export function ratioInterval(a: number[], b: number[], resamples = 4000): [number, number] {
  const next = random(a.length * 7919 + 17);
  const ratios: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const ra: number[] = [];
    const rb: number[] = [];
    for (let i = 0; i < a.length; i++) {
      const k = Math.floor(next() * a.length);
      ra.push(a[k]!);
      rb.push(b[k]!);
    }
    ratios.push(median(ra) / median(rb));
  }
  return [quantile(ratios, 0.05), quantile(ratios, 0.95)];
}

/** The median of per-round ratios a[i] / b[i], with the interquartile range of those ratios. */
export function pairedRatio(a: number[], b: number[]): { median: number; q1: number; q3: number } {
  const r = a.map((x, i) => x / b[i]!);
  return { median: median(r), q1: quantile(r, 0.25), q3: quantile(r, 0.75) };
}
