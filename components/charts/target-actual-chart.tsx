'use client';

import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { targetActualLayout, type BarsSize } from '@/lib/charts/target-actual/layout';
import { withUserBars, type BarDrawing } from '@/lib/charts/target-actual/model';
import { wrapText } from '@/lib/charts/wrap-text';
import { formatMillions, formatUsd } from '@/lib/format';
import { chartColors, chartFont } from './chart-theme';
import { useDrawnUserData } from './published-only';

type Props = { bars: BarDrawing[]; size: BarsSize; id: string; label: string };

function fillOf(bar: BarDrawing, hatchId: string): string {
  if (bar.kind === 'target') return `url(#${hatchId})`;
  if (bar.basis === 'user') return chartColors.user;
  return bar.basis === 'context' ? chartColors.context : chartColors.article;
}

type TickProps = { x?: number; y?: number; payload?: { value: string }; bars: BarDrawing[]; maxChars: number };

/** Category label: what the bar is, then whose figure and for when, wrapped to fit. */
function CategoryTick({ x = 0, y = 0, payload, bars, maxChars }: TickProps) {
  const bar = bars.find((b) => b.key === payload?.value);
  if (!bar) return null;
  const details = wrapText(bar.sublabel, maxChars);
  return (
    <text x={x - 8} y={y} textAnchor="end" fill={chartColors.text} fontSize={chartFont.size}>
      <tspan x={x - 8} dy={`${0.35 - details.length * 0.625}em`} fontWeight={600}>
        {bar.label}
      </tspan>
      {details.map((line) => (
        <tspan key={line} x={x - 8} dy="1.25em" fill={chartColors.muted} fontSize={chartFont.size - 1}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * Horizontal bars so that long labels stay readable on a phone. Fixed size so it
 * renders on the server (recharts 2 measures nothing when given width and height);
 * the SVG then scales with its viewBox.
 */
export function TargetActualChart({ bars: published, size, id, label }: Props) {
  // The reader's own figures for the target year, if they loaded a file, get bars of their own.
  const user = useDrawnUserData();
  const bars = useMemo(() => withUserBars(published, user), [published, user]);
  const layout = targetActualLayout(bars, size);
  const hatchId = `${id}-hatch`;
  return (
    <BarChart
      id={id}
      width={layout.width}
      height={layout.height}
      data={bars}
      layout="vertical"
      margin={layout.margin}
      barCategoryGap="22%"
      role="img"
      aria-label={label}
      // No accessibilityLayer: recharts' arrow keys do nothing on a vertical-layout bar
      // chart, so it was a tab stop that did nothing. The label, the summary under the
      // chart and the data table carry every value.
    >
      <defs>
        <pattern id={hatchId} patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">
          <rect width="7" height="7" fill={chartColors.surface} />
          <line x1="0" y1="0" x2="0" y2="7" stroke={chartColors.target} strokeWidth="2.2" />
        </pattern>
      </defs>
      <CartesianGrid horizontal={false} stroke={chartColors.grid} />
      <XAxis
        type="number"
        // interval 0 shows every tick without measuring text, which the server cannot do:
        // measuring on the client only would make the two renders differ.
        interval={0}
        ticks={layout.ticks}
        domain={[0, layout.domainMax]}
        tickFormatter={formatMillions}
        tick={{ fill: chartColors.axis, fontSize: chartFont.size }}
        label={{
          value: layout.axisTitle,
          position: 'insideBottom',
          offset: -16,
          fill: chartColors.axis,
          fontSize: chartFont.size,
        }}
      />
      <YAxis
        type="category"
        dataKey="key"
        width={layout.categoryWidth}
        interval={0}
        tickLine={false}
        tick={(props: Omit<TickProps, 'bars' | 'maxChars'>) => (
          <CategoryTick {...props} bars={bars} maxChars={layout.detailChars} />
        )}
      />
      <Tooltip
        cursor={{ fill: chartColors.cursor }}
        separator=": "
        formatter={(value) => formatUsd(Number(value))}
        labelFormatter={(key) => {
          const bar = bars.find((b) => b.key === key);
          return bar ? `${bar.label} (${bar.sublabel})` : String(key);
        }}
      />
      <Bar dataKey="value" name="Value" isAnimationActive={false}>
        {bars.map((bar) => (
          <Cell
            key={bar.key}
            fill={fillOf(bar, hatchId)}
            stroke={bar.kind === 'target' ? chartColors.target : 'none'}
            strokeWidth={bar.kind === 'target' ? 1.5 : 0}
            data-kind={bar.kind}
            data-basis={bar.basis}
          />
        ))}
        <LabelList
          dataKey="value"
          position="right"
          stroke="none"
          formatter={(value: unknown) => formatUsd(Number(value))}
          fill={chartColors.text}
          fontSize={chartFont.size}
          fontWeight={600}
        />
      </Bar>
    </BarChart>
  );
}
