/** Timing helpers: one timed call, and repeated calls after a warm-up summarised as median and p95. */

export interface Stats {
  readonly runs: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly minMs: number;
  readonly maxMs: number;
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: readonly number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function summarise(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] ?? Number.NaN)
      : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
  return {
    runs: sorted.length,
    medianMs: median,
    p95Ms: percentile(sorted, 0.95),
    minMs: sorted[0] ?? Number.NaN,
    maxMs: sorted.at(-1) ?? Number.NaN,
  };
}

export async function timed<T>(action: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await action();
  return { ms: performance.now() - start, value };
}

export interface RepeatOptions {
  readonly warmup: number;
  readonly runs: number;
}

/**
 * Calls `action` warmup + runs times, in sequence, with the call's index (warm-up calls first), and
 * summarises the timed runs. Returns the last call's value too.
 */
export async function repeat<T>(
  options: RepeatOptions,
  action: (index: number) => Promise<T>,
): Promise<{ stats: Stats; last: T }> {
  let last: T | undefined;
  for (let index = 0; index < options.warmup; index += 1) {
    last = await action(index);
  }
  const samples: number[] = [];
  for (let index = 0; index < options.runs; index += 1) {
    const result = await timed(() => action(options.warmup + index));
    samples.push(result.ms);
    last = result.value;
  }
  if (last === undefined) {
    throw new Error('repeat() needs at least one call');
  }
  return { stats: summarise(samples), last };
}
