import { isSoftKind } from '@/lib/dataset/producer-series';
import { PUBLISHED_SHAPES, shapeAt } from '@/lib/charts/marker-shapes';
import type { ValueLabel } from '@/lib/charts/trajectory/layout';
import { TARGET_LABEL_GAP } from '@/lib/charts/trajectory/target-words';
import type { PublishedPoint } from '@/lib/charts/trajectory/published';
import type { UserSeries } from '@/lib/charts/trajectory/model';
import { isPartialYear } from '@/lib/upload/partial-year';
import { chartColors, seriesColor } from './chart-theme';
import { UserMarker } from './user-marker';

/*
 * The marks of the trajectory chart that recharts draws through render props:
 * each takes the point recharts places and draws it as the layout says.
 */

export type DotProps = { cx?: number; cy?: number; value?: number | null; payload?: { year?: number } };
type LabelProps = { x?: number | string; y?: number | string; value?: unknown; index?: number };

const placed = (p: DotProps): p is DotProps & { cx: number; cy: number } =>
  p.cx !== undefined && p.cy !== undefined && p.value !== undefined && p.value !== null;

/** A target is an open diamond: a goal, not a measurement. A goal only other reports state is smaller and dashed. */
export function TargetDot({ goal = false, ...props }: DotProps & { goal?: boolean }) {
  if (!placed(props)) return null;
  const { cx, cy } = props;
  const r = goal ? 6 : 7;
  return (
    <path
      className={goal ? 'goal-mark' : 'target-mark'}
      d={`M${cx},${cy - r} L${cx + r},${cy} L${cx},${cy + r} L${cx - r},${cy} Z`}
      fill={chartColors.surface}
      stroke={goal ? chartColors.muted : chartColors.target}
      strokeWidth={goal ? 1.8 : 2.2}
      strokeDasharray={goal ? '2 2' : undefined}
    />
  );
}

/**
 * A published figure, in its producer's colour and shape. The article's own is
 * the largest mark on the chart, filled, as it has always been drawn; a derived
 * figure or an estimate is hollow, so it never passes for a reported total.
 */
export function PublishedDot(
  props: DotProps & {
    seriesKey: string;
    style: number;
    pointAt: (key: string, year: number) => PublishedPoint | undefined;
  },
) {
  if (!placed(props) || props.payload?.year === undefined) return null;
  const point = props.pointAt(props.seriesKey, props.payload.year);
  const color = seriesColor(props.style);
  if (point?.article) {
    return (
      <circle
        className="recharts-dot article-dot"
        data-year={props.payload.year}
        data-producer={point.producer}
        cx={props.cx}
        cy={props.cy}
        r={6}
        fill={color}
        stroke={chartColors.surface}
        strokeWidth={1.5}
      />
    );
  }
  const soft = point !== undefined && isSoftKind(point.kind);
  return (
    <path
      className={`recharts-dot published-dot${soft ? ' published-dot-soft' : ''}`}
      d={shapeAt(PUBLISHED_SHAPES, props.style).path}
      transform={`translate(${props.cx},${props.cy}) scale(0.85)`}
      fill={soft ? chartColors.surface : color}
      stroke={soft ? color : chartColors.surface}
      strokeWidth={soft ? 2.2 : 1.2}
      data-year={props.payload.year}
      data-kind={point?.kind}
      data-producer={point?.producer}
    />
  );
}

/** The reader's own figures: a shape per publisher, hollow for a partial year. */
export function UserDot(props: DotProps & { series: UserSeries }) {
  if (!placed(props)) return null;
  const figure = props.payload?.year === undefined ? undefined : props.series.figures.get(props.payload.year);
  return (
    <UserMarker
      cx={props.cx}
      cy={props.cy}
      shape={props.series.shape}
      partial={figure !== undefined && isPartialYear(figure)}
    />
  );
}

/** A point's value label, as the layout words and places it (or none). */
export function valueLabelContent(
  years: readonly number[],
  label: (year: number, value: number) => ValueLabel | null,
  color: string,
) {
  function PointLabel({ x, y, value, index }: LabelProps) {
    const year = years[index ?? -1];
    if (typeof value !== 'number' || year === undefined) return null;
    const spec = label(year, value);
    if (!spec) return null;
    return (
      <text
        x={Number(x)}
        y={Number(y) + spec.dy}
        textAnchor="middle"
        fill={color}
        fontSize={spec.size}
        fontWeight={spec.weight}
      >
        {spec.text}
      </text>
    );
  }
  return PointLabel;
}

/** Target name and value to the right of its diamond, clear of the paths that lead to it. */
export function targetLabelContent(lines: (value: number) => { lines: string[]; size: number }, goal = false) {
  function TargetLabel({ x, y, value }: LabelProps) {
    if (typeof value !== 'number') return null;
    const left = Number(x) + TARGET_LABEL_GAP;
    const label = lines(value);
    return (
      <text
        x={left}
        y={Number(y) - 2}
        fill={goal ? chartColors.muted : chartColors.target}
        fontSize={label.size}
        fontWeight={goal ? 400 : 600}
      >
        {label.lines.map((line, i) => (
          <tspan key={line} x={left} dy={i === 0 ? 0 : '1.2em'}>
            {line}
          </tspan>
        ))}
      </text>
    );
  }
  return TargetLabel;
}

/** An event's title (or year, when compact) above its dashed rule. */
export function eventLabelContent(lines: readonly string[], size: number, lineHeight: number) {
  function EventLabel({ viewBox }: { viewBox?: { x?: number; y?: number } }) {
    const x = viewBox?.x ?? 0;
    const y = viewBox?.y ?? 0;
    return (
      <text
        className="event-label"
        x={x}
        y={y - 8 - (lines.length - 1) * lineHeight}
        textAnchor="middle"
        fill={chartColors.muted}
        fontSize={size}
      >
        {lines.map((line, i) => (
          <tspan key={line} x={x} dy={i === 0 ? 0 : lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    );
  }
  return EventLabel;
}

/** Below the target year's tick, under its shaded band: the top of the plot is the targets' own. */
export function targetYearLabelContent(text: string, size: number) {
  function TargetYearLabel({ viewBox }: { viewBox?: { x?: number; y?: number; width?: number; height?: number } }) {
    const x = (viewBox?.x ?? 0) + (viewBox?.width ?? 0) / 2;
    const y = (viewBox?.y ?? 0) + (viewBox?.height ?? 0) + TARGET_YEAR_BELOW;
    return (
      <text
        className="target-year-label"
        x={x}
        y={y}
        textAnchor="middle"
        fill={chartColors.target}
        fontSize={size}
        fontWeight={600}
      >
        {text}
      </text>
    );
  }
  return TargetYearLabel;
}

/** How far under the plot the target year's label sits: below the axis' year labels. */
const TARGET_YEAR_BELOW = 36;
