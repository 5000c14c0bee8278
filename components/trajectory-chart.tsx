'use client';

import { CartesianGrid, ComposedChart, LabelList, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMillions, formatUsd } from '@/lib/format';
import type { TrajectoryModel, TrajectorySeries } from '@/lib/trajectory-view';
import { niceTicks } from '@/lib/scale';
import { wrapText } from '@/lib/wrap-text';
import { chartColors, chartFont, pathDashes } from './chart-theme';

type Props = { model: TrajectoryModel; width: number; height: number; id: string };

function targetIndex(model: TrajectoryModel, series: TrajectorySeries): number {
  const targets = model.series.filter((s) => s.role === 'target');
  return Math.max(0, targets.findIndex((s) => s.targetId === series.targetId));
}

type DotProps = { cx?: number; cy?: number; value?: number | null };
type LabelProps = { x?: number | string; y?: number | string; value?: unknown; index?: number };
type ViewBoxLabelProps = { viewBox?: { x?: number; y?: number } };

/**
 * Value labels sit above their point, except a context value in a year that also
 * has the article's figure: that one goes below, so the two never overlap.
 */
function valueLabel(model: TrajectoryModel, color: string, below: (year: number) => boolean, bold: boolean) {
  function ValueLabel({ x, y, value, index }: LabelProps) {
    const year = model.rows[index ?? -1]?.year;
    if (value === undefined || value === null || year === undefined) return null;
    const under = below(year);
    return (
      <text x={Number(x)} y={Number(y) + (under ? 20 : -11)} textAnchor="middle" fill={color} fontSize={chartFont.size - (bold ? 0 : 1)} fontWeight={bold ? 700 : 400}>
        {formatUsd(Number(value))}
      </text>
    );
  }
  return ValueLabel;
}

/** Event titles sit in the top margin, above their dashed rule, wrapped to two short lines. */
function eventLabel(date: string, title: string | null) {
  function EventLabel({ viewBox }: ViewBoxLabelProps) {
    const x = viewBox?.x ?? 0;
    const y = viewBox?.y ?? 0;
    const lines = title ? wrapText(`${date}: ${title}`, 34).slice(0, 2) : [date];
    return (
      <text x={x} y={y - 8 - (lines.length - 1) * 14} textAnchor="middle" fill={chartColors.muted} fontSize={chartFont.size - 2}>
        {lines.map((line, i) => <tspan key={line} x={x} dy={i === 0 ? 0 : 14}>{line}</tspan>)}
      </text>
    );
  }
  return EventLabel;
}

/** A target is an open diamond: a goal, not a measurement. */
function TargetDot({ cx, cy, value }: DotProps) {
  if (cx === undefined || cy === undefined || value === undefined || value === null) return null;
  const r = 7;
  return <path d={`M${cx},${cy - r} L${cx + r},${cy} L${cx},${cy + r} L${cx - r},${cy} Z`} fill="#ffffff" stroke={chartColors.target} strokeWidth={2.2} />;
}

function renderSeries(model: TrajectoryModel, series: TrajectorySeries, narrow: boolean) {
  const common = { dataKey: series.key, name: series.label, isAnimationActive: false, connectNulls: false, type: 'linear' as const };
  switch (series.role) {
    case 'required-path':
      return <Line key={series.key} {...common} stroke={chartColors.path} strokeWidth={1.8} strokeDasharray={pathDashes[targetIndex(model, series) % pathDashes.length]} dot={false} activeDot={false} />;
    case 'context':
      return (
        <Line key={series.key} {...common} stroke={chartColors.context} strokeWidth={2} dot={{ r: 4, fill: '#ffffff', stroke: chartColors.context, strokeWidth: 2 }}>
          {narrow ? null : <LabelList dataKey={series.key} content={valueLabel(model, chartColors.context, (year) => model.rows.some((r) => r.year === year && r.article !== undefined), false)} />}
        </Line>
      );
    case 'article':
      return (
        <Line key={series.key} {...common} stroke={chartColors.article} strokeWidth={2.5} dot={{ r: 6, fill: chartColors.article, stroke: '#ffffff', strokeWidth: 1.5 }}>
          <LabelList dataKey={series.key} content={valueLabel(model, chartColors.article, () => false, true)} />
        </Line>
      );
    case 'target':
      return (
        <Line key={series.key} {...common} stroke="none" dot={<TargetDot />} activeDot={false} legendType="diamond">
          <LabelList dataKey={series.key} position="left" offset={12} formatter={(v: unknown) => `${series.label}: ${formatUsd(Number(v))}`} fill={chartColors.target} fontSize={chartFont.size} fontWeight={600} />
        </Line>
      );
  }
}

/** Actual trade against the paths it would have needed to follow to meet each target. */
export function TrajectoryChart({ model, width, height, id }: Props) {
  const narrow = width < 500;
  const yTicks = niceTicks(model.maxValue, 5);
  const years = Array.from({ length: model.lastYear - model.firstYear + 1 }, (_, i) => model.firstYear + i);
  return (
    <ComposedChart
      id={id}
      width={width}
      height={height}
      data={model.rows}
      margin={{ top: narrow ? 28 : 44, right: narrow ? 14 : 24, bottom: 28, left: narrow ? 8 : 12 }}
      role="img"
      aria-label="Line chart of actual trade against the paths needed to reach each target"
    >
      <CartesianGrid vertical={false} stroke={chartColors.grid} />
      <XAxis
        dataKey="year"
        type="number"
        domain={[model.firstYear, model.lastYear]}
        ticks={years}
        // Every tick, chosen without measuring text, so server and client draw the same.
        interval={0}
        tickFormatter={(year: number) => (narrow ? `’${String(year).slice(2)}` : String(year))}
        tick={{ fill: chartColors.axis, fontSize: chartFont.size }}
        padding={{ left: 8, right: 16 }}
      />
      <YAxis
        interval={0}
        ticks={yTicks}
        domain={[0, yTicks[yTicks.length - 1] ?? 'auto']}
        tickFormatter={formatMillions}
        tick={{ fill: chartColors.axis, fontSize: chartFont.size }}
        width={narrow ? 46 : 60}
        label={
          narrow
            ? { value: 'US$ million', position: 'top', offset: 14, dx: 18, fill: chartColors.axis, fontSize: chartFont.size - 1 }
            : { value: 'US$ million', angle: -90, position: 'insideLeft', offset: 4, dy: 40, fill: chartColors.axis, fontSize: chartFont.size }
        }
      />
      {model.events.map((event) => (
        <ReferenceLine
          key={`${event.date}-${event.title}`}
          x={Number(event.date.slice(0, 4))}
          stroke={chartColors.event}
          strokeDasharray="3 3"
          label={eventLabel(event.date, narrow ? null : event.title)}
        />
      ))}
      <Tooltip formatter={(value, name) => [formatUsd(Number(value)), String(name)]} labelFormatter={(year) => String(year)} />
      {model.series.map((series) => renderSeries(model, series, narrow))}
    </ComposedChart>
  );
}
