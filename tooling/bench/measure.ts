/** Small, dependency-free timing helpers for the benchmarks. */
import { performance } from "node:perf_hooks";

/** Runs `fn` `runs` times (after `warmup` unmeasured runs) and returns each duration in milliseconds. */
export function sample(fn: () => unknown, runs: number, warmup = Math.min(3, runs)): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(2) : x.toFixed(4));
