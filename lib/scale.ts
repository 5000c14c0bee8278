/**
 * Round axis ticks from 0 to at least `max`, about `count` of them, on steps of
 * 1, 2, 2.5 or 5 × 10^k (250, 500 …), as a reader would draw them by hand.
 */
export function niceTicks(max: number, count: number): number[] {
  if (!(max > 0) || count < 2) return [0];
  const rough = max / (count - 1);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let value = 0; value < max + step; value += step) {
    ticks.push(Math.round(value * 1e6) / 1e6);
    if (value >= max) break;
  }
  return ticks;
}
