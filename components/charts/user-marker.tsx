import { chartColors } from './chart-theme';

/*
 * The reader's own figures are squares and, when a file has several publishers,
 * other shapes, one per publisher: the chart uses one colour for "yours", so the
 * shape tells publishers apart, in the chart, its legend and any export. A full
 * year is filled; a partial year (months added up) is hollow, so it is never
 * passed off as a full one even where there is no room for a label.
 */

/** Outlines centred on 0,0, about 10 px across: square first, as with a single publisher. */
const SHAPES = [
  'M-5,-5 H5 V5 H-5 Z',
  'M0,-6 L5.5,4.5 H-5.5 Z',
  'M-5.5,0 A5.5,5.5 0 1,0 5.5,0 A5.5,5.5 0 1,0 -5.5,0 Z',
  'M0,6 L5.5,-4.5 H-5.5 Z',
  'M0,-6 L5.7,-1.9 L3.5,4.9 H-3.5 L-5.7,-1.9 Z',
  'M-3,-5.2 H3 L6,0 L3,5.2 H-3 L-6,0 Z',
];

/** What each of SHAPES is called, in the same order: an exported image says in words which shape is whose. */
export const SHAPE_NAMES = ['squares', 'triangles', 'circles', 'inverted triangles', 'pentagons', 'hexagons'];

type Props = { cx: number; cy: number; shape: number; partial: boolean };

export function UserMarker({ cx, cy, shape, partial }: Props) {
  const common = {
    stroke: partial ? chartColors.user : chartColors.surface,
    strokeWidth: partial ? 2 : 1.2,
    fill: partial ? chartColors.surface : chartColors.user,
  };
  // The square stays a <rect>, as it always was (tests and exports look for it).
  if (shape % SHAPES.length === 0) return <rect x={cx - 5} y={cy - 5} width={10} height={10} {...common} />;
  return <path d={SHAPES[shape % SHAPES.length]} transform={`translate(${cx},${cy})`} {...common} />;
}
