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

/** Year steps a reader expects on a time axis. */
const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100];

/**
 * Year ticks from `first` to `last`, at most `max` of them: every year when they
 * fit, otherwise every 2, 5, 10 … years on round years (2000, 2010 …). Chosen
 * without measuring text, so the server and the browser draw the same axis;
 * a long upload (1950–2026) would otherwise print 77 overlapping labels.
 */
export function yearTicks(first: number, last: number, max: number): number[] {
  if (!(last >= first)) return [];
  const count = (step: number) => Math.floor(last / step) - Math.ceil(first / step) + 1;
  const step = YEAR_STEPS.find((s) => count(s) <= max) ?? YEAR_STEPS[YEAR_STEPS.length - 1]!;
  const ticks: number[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) ticks.push(year);
  return ticks;
}
