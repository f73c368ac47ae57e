/** Latency summaries, in milliseconds. */
export interface LatencySummary { count: number; mean: number; p50: number; p95: number; p99: number; max: number }

/** Nearest-rank percentiles of a sample (sorted here; the input is left alone). */
export function summarize(samples: readonly number[]): LatencySummary {
  if (samples.length === 0) return { count: 0, mean: NaN, p50: NaN, p95: NaN, p99: NaN, max: NaN };
  const sorted = Float64Array.from(samples).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
  return { count: sorted.length, mean: round(mean), p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)), max: round(sorted[sorted.length - 1]) };
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Milliseconds since `start` (a process.hrtime.bigint() value). */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
