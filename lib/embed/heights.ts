import type { ChartId } from '../charts/registry';
import type { View } from '../charts/view';

/**
 * The iframe's fixed height in the embed code, in CSS pixels: the embed page's
 * height at 600 px wide (where the chart shows its narrow drawing, as at 720 px
 * and below), with about 7 % to spare for another system font. Without
 * the resize script this is all the frame gets, so it must show the whole chart
 * there without a scrollbar; e2e/embed.spec.ts checks that it does.
 */
const HEIGHTS: Record<ChartId, Record<View, number>> = {
  // Measured at 600 px in Chromium with DejaVu Sans: 704 and 885, 1063 and 1608, 571 and 719.
  'target-vs-actual': { article: 760, context: 940 },
  trajectory: { article: 1120, context: 1680 },
  attainment: { article: 620, context: 780 },
};

export function embedHeight(chart: ChartId, view: View): number {
  return HEIGHTS[chart][view];
}
