import { CHART_FONT } from '../typography';
import type { AttainmentRow } from './model';

/** The drawings the app makes: CSS picks wide or narrow on the page; slides draw the wide one. */
export const ATTAINMENT_SIZES = { wide: { width: 720 }, narrow: { width: 360 }, slide: { width: 720 } } as const;

const NARROW_BELOW = 500;
const BAR = 30;
/** The scale runs a tenth past the target, so that its rule and label stand clear of the edge. */
const HEADROOM = 1.1;

export type BulletLayout = {
  row: AttainmentRow;
  /** Baseline of the line that names the target and its share. */
  labelY: number;
  labelSize: number;
  /** On a phone the context share goes to a second line. */
  outcomeOnOwnLine: boolean;
  bar: { y: number; height: number };
  /** The thirds of the target, from 0. */
  bands: { x: number; width: number }[];
  zeroX: number;
  actualX: number;
  outcomeX: number | null;
  targetX: number;
  thirdX: number;
  /** Baseline of the scale's labels under the bar. */
  scaleY: number;
};

export type AttainmentLayout = {
  width: number;
  height: number;
  narrow: boolean;
  left: number;
  bullets: BulletLayout[];
};

/**
 * Stephen Few's bullet graph, one per target, each on its own scale: grey bands
 * for thirds of the target, a bar for the actual figure, a rule for the target.
 */
export function attainmentLayout(rows: readonly AttainmentRow[], width: number): AttainmentLayout {
  const narrow = width < NARROW_BELOW;
  const withOutcome = rows.some((row) => row.outcome);
  const rowHeight = narrow && withOutcome ? 110 : 92;
  const left = 8;
  const right = narrow ? 40 : 72;
  const bullets = rows.map((row, i): BulletLayout => {
    const top = i * rowHeight;
    const x = (value: number) => left + (value / (row.target * HEADROOM)) * (width - left - right);
    const thirds = [0, 1 / 3, 2 / 3, 1].map((share) => x(share * row.target));
    const outcomeOnOwnLine = narrow && row.outcome !== null;
    const barY = top + 12 + (outcomeOnOwnLine ? 2 : 1) * 18;
    return {
      row,
      labelY: top + 18,
      labelSize: CHART_FONT.size + (narrow ? 0 : 2),
      outcomeOnOwnLine,
      bar: { y: barY, height: BAR },
      bands: thirds.slice(1).map((end, k) => ({ x: thirds[k] ?? 0, width: end - (thirds[k] ?? 0) })),
      zeroX: x(0),
      actualX: x(row.actual),
      outcomeX: row.outcome ? x(row.outcome.value) : null,
      targetX: x(row.target),
      thirdX: x(row.target / 3),
      scaleY: barY + BAR + 18,
    };
  });
  return { width, height: rows.length * rowHeight + 4, narrow, left, bullets };
}
