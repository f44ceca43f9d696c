// Summaries of timing samples for the benchmark tables.

export type Timing = { p50: number; p95: number; count: number };

export function percentile(samples: readonly number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

export const timing = (samples: readonly number[]): Timing => ({
  p50: percentile(samples, 0.5),
  p95: percentile(samples, 0.95),
  count: samples.length,
});

/** Milliseconds `run` takes, median of `times` runs. */
export function medianMs(run: () => unknown, times = 5): number {
  const samples = Array.from({ length: times }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
  return percentile(samples, 0.5);
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));
