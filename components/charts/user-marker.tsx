import { shapeAt, USER_SHAPES } from '@/lib/charts/marker-shapes';
import { chartColors } from './chart-theme';

/*
 * The reader's own figures are squares and, when a file has several publishers,
 * other shapes, one per publisher: the chart uses one colour for "yours", so the
 * shape tells publishers apart, in the chart, its legend and any export. A full
 * year is filled; a partial year (months added up) is hollow, so it is never
 * passed off as a full one even where there is no room for a label.
 */

type Props = { cx: number; cy: number; shape: number; partial: boolean };

export function UserMarker({ cx, cy, shape, partial }: Props) {
  const common = {
    stroke: partial ? chartColors.user : chartColors.surface,
    strokeWidth: partial ? 2 : 1.2,
    fill: partial ? chartColors.surface : chartColors.user,
  };
  // The square stays a <rect>, as it always was (tests and exports look for it).
  if (shape % USER_SHAPES.length === 0) return <rect x={cx - 5} y={cy - 5} width={10} height={10} {...common} />;
  return <path d={shapeAt(USER_SHAPES, shape).path} transform={`translate(${cx},${cy})`} {...common} />;
}
