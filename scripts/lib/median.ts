// Lighthouse figures move from run to run on a busy two-core machine: the median of a few
// runs is steadier than any one of them, and unlike the mean it ignores one bad outlier.
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
