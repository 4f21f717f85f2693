/** The median of some timings: machines are noisy, and one slow run must not move the result. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median of each named step over several runs: [{content: 1, astro: 2}, …] → {content: …, astro: …}. */
export function medianSteps<K extends string>(runs: readonly Record<K, number>[]): Record<K, number> {
  const first = runs[0];
  if (!first) throw new Error('no runs');
  const keys = Object.keys(first) as K[];
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as Record<K, number>;
}
