// The statistics the benchmark scripts print and hold to their budgets, in one place.
// Home-made: two one-line functions; a statistics package (simple-statistics) would be a
// dependency for them alone.

/** The middle value of `xs`; of an even count, the mean of the two middle ones. */
export const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const half = sorted.length >> 1;
  return sorted.length % 2 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
};

/** The value at or below which `share` (0-1) of `xs` lie (nearest rank: 0.95 of 20 is the 19th). */
export const percentile = (xs, share) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * share) - 1))];
};
