import type { ValueLabel } from '@/lib/charts/trajectory/layout';
import type { UserSeries } from '@/lib/charts/trajectory/model';
import { isPartialYear } from '@/lib/upload/partial-year';
import { chartColors } from './chart-theme';
import { UserMarker } from './user-marker';

/*
 * The marks of the trajectory chart that recharts draws through render props:
 * each takes the point recharts places and draws it as the layout says.
 */

export type DotProps = { cx?: number; cy?: number; value?: number | null; payload?: { year?: number } };
type LabelProps = { x?: number | string; y?: number | string; value?: unknown; index?: number };

const placed = (p: DotProps): p is DotProps & { cx: number; cy: number } =>
  p.cx !== undefined && p.cy !== undefined && p.value !== undefined && p.value !== null;

/** A target is an open diamond: a goal, not a measurement. */
export function TargetDot(props: DotProps) {
  if (!placed(props)) return null;
  const { cx, cy } = props;
  const r = 7;
  return (
    <path
      d={`M${cx},${cy - r} L${cx + r},${cy} L${cx},${cy + r} L${cx - r},${cy} Z`}
      fill={chartColors.surface}
      stroke={chartColors.target}
      strokeWidth={2.2}
    />
  );
}

/**
 * Another publisher's figure is an open ring. Over the article's dot (the layout
 * says where) its middle is see-through: two publishers' figures for one year can
 * be almost equal, and a filled ring would hide the dot, or the dot the ring.
 */
export function ContextDot(props: DotProps & { overDot: (year: number) => boolean }) {
  if (!placed(props)) return null;
  const over = props.payload?.year !== undefined && props.overDot(props.payload.year);
  return (
    <circle
      className="recharts-dot"
      cx={props.cx}
      cy={props.cy}
      r={4.5}
      fill={over ? 'none' : chartColors.surface}
      stroke={chartColors.context}
      strokeWidth={2.2}
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
export function targetLabelContent(lines: (value: number) => { lines: string[]; size: number }) {
  function TargetLabel({ x, y, value }: LabelProps) {
    if (typeof value !== 'number') return null;
    const left = Number(x) + 12;
    const label = lines(value);
    return (
      <text x={left} y={Number(y) - 2} fill={chartColors.target} fontSize={label.size} fontWeight={600}>
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
