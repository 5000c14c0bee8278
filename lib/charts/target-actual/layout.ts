import { niceTicks } from '../scale';
import type { BarDrawing } from './model';

/** The drawings the app makes of this chart: CSS picks wide or narrow on the page; slides draw their own. */
export const TARGET_ACTUAL_SIZES = {
  wide: { width: 920, rowHeight: 64 },
  narrow: { width: 360, rowHeight: 72 },
  // Drawn small and scaled up to the slide, so 13 px text reads at about 24 px on a 1920×1080 projector.
  slide: { width: 960, rowHeight: 100 },
} as const;

export type BarsSize = { width: number; rowHeight: number };

/** Below this width a drawing is the phone's: fewer ticks, narrower labels. */
const NARROW_BELOW = 500;
/** Room for the axis and its title, above and below the bars. */
const CHROME_HEIGHT = 70;

export type TargetActualLayout = {
  width: number;
  height: number;
  narrow: boolean;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Width of the category labels on the left. */
  categoryWidth: number;
  /** Characters a line of a bar's detail takes before it wraps. */
  detailChars: number;
  ticks: number[];
  domainMax: number;
  /** The value axis' title, which gives the unit the ticks are in. */
  axisTitle: string;
};

/** Positions for the bars chart: its height grows with its bars (the reader's own add some). */
export function targetActualLayout(bars: readonly BarDrawing[], size: BarsSize): TargetActualLayout {
  const narrow = size.width < NARROW_BELOW;
  const ticks = niceTicks(Math.max(0, ...bars.map((b) => b.value)), narrow ? 3 : 5);
  return {
    width: size.width,
    height: CHROME_HEIGHT + bars.length * size.rowHeight,
    narrow,
    margin: { top: 8, right: narrow ? 80 : 90, bottom: 28, left: 8 },
    categoryWidth: narrow ? 128 : 210,
    detailChars: narrow ? 18 : 30,
    ticks,
    domainMax: ticks[ticks.length - 1] ?? 0,
    axisTitle: 'US$ million (current dollars)',
  };
}
