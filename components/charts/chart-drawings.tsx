'use client';

import { ATTAINMENT_SIZES } from '@/lib/charts/attainment/layout';
import type { AttainmentRow } from '@/lib/charts/attainment/model';
import { TARGET_ACTUAL_SIZES } from '@/lib/charts/target-actual/layout';
import type { BarDrawing } from '@/lib/charts/target-actual/model';
import { TRAJECTORY_SIZES } from '@/lib/charts/trajectory/layout';
import type { TrajectoryDrawing } from '@/lib/charts/trajectory/model';
import { reserveSlot } from '@/lib/site/reserved-space';
import { AttainmentBullets } from './attainment-bullets';
import { ChartOnDemand } from './chart-on-demand';

/*
 * Each dashboard chart drawn twice, wide and for a phone, with CSS showing the
 * one that fits (recharts 2 draws on the server only at a fixed size). One client
 * component for both, so that the page carries the chart's data once, not twice.
 */

export function TargetActualDrawings({ bars, label }: { bars: BarDrawing[]; label: string }) {
  return (
    <>
      <div className="chart-body chart-wide" {...reserveSlot('bars-wide')}>
        <ChartOnDemand
          kind="target-vs-actual"
          chart={{ id: 'target-vs-actual-wide', bars, size: TARGET_ACTUAL_SIZES.wide, label }}
        />
      </div>
      <div className="chart-body chart-narrow" {...reserveSlot('bars-narrow')}>
        <ChartOnDemand
          kind="target-vs-actual"
          chart={{ id: 'target-vs-actual-narrow', bars, size: TARGET_ACTUAL_SIZES.narrow, label }}
        />
      </div>
    </>
  );
}

export function TrajectoryDrawings({
  model,
  label,
  gaps,
}: {
  model: TrajectoryDrawing;
  label: string;
  gaps: number[];
}) {
  return (
    <>
      <div className="chart-body chart-wide">
        <ChartOnDemand
          kind="trajectory"
          chart={{ id: 'trajectory-wide', model, size: TRAJECTORY_SIZES.wide, label, gaps }}
        />
      </div>
      <div className="chart-body chart-narrow">
        <ChartOnDemand
          kind="trajectory"
          chart={{ id: 'trajectory-narrow', model, size: TRAJECTORY_SIZES.narrow, label, gaps }}
        />
      </div>
    </>
  );
}

/** Plain SVG with no interaction: it hydrates, which costs less than carrying both drawings in the page data. */
export function AttainmentDrawings({ rows, label }: { rows: AttainmentRow[]; label: string }) {
  return (
    <>
      <div className="chart-body chart-wide">
        <AttainmentBullets rows={rows} width={ATTAINMENT_SIZES.wide.width} label={label} />
      </div>
      <div className="chart-body chart-narrow">
        <AttainmentBullets rows={rows} width={ATTAINMENT_SIZES.narrow.width} label={label} />
      </div>
    </>
  );
}
