import { attainmentLayout, type BulletLayout } from '@/lib/charts/attainment/layout';
import type { AttainmentRow } from '@/lib/charts/attainment/model';
import { bulletLabel, bulletScale } from '@/lib/charts/attainment/labels';
import { chartColors, chartFont } from './chart-theme';

type Props = { rows: AttainmentRow[]; width: number; label: string };

function Bullet({ bullet, narrow, left }: { bullet: BulletLayout; narrow: boolean; left: number }) {
  const { row, bar } = bullet;
  const text = bulletLabel(row, narrow);
  const scale = bulletScale(row);
  const outcomeLine = text.outcome;
  return (
    <g data-target={row.targetId} className="bullet-row">
      <text x={left} y={bullet.labelY} fontSize={bullet.labelSize} fill={chartColors.text}>
        <tspan fontWeight={700}>{text.name}</tspan>
        <tspan>{text.between}</tspan>
        <tspan className="bullet-percent" fontWeight={700} fill={chartColors.article}>
          {text.share}
        </tspan>
        <tspan>{text.after}</tspan>
        {outcomeLine ? (
          <tspan
            className="bullet-outcome"
            fill={chartColors.context}
            fontWeight={600}
            {...(bullet.outcomeOnOwnLine ? { x: left, dy: '1.35em' } : {})}
          >
            {bullet.outcomeOnOwnLine ? outcomeLine : ` · ${outcomeLine}`}
          </tspan>
        ) : null}
      </text>
      {bullet.bands.map((band, i) => (
        <rect key={band.x} x={band.x} y={bar.y} width={band.width} height={bar.height} fill={chartColors.band[i]} />
      ))}
      <rect
        x={bullet.zeroX}
        y={bar.y + bar.height / 3}
        width={bullet.actualX - bullet.zeroX}
        height={bar.height / 3}
        fill={chartColors.article}
        data-kind="actual"
      />
      {bullet.outcomeX !== null ? (
        <rect
          x={bullet.zeroX}
          y={bar.y + bar.height - 6}
          width={bullet.outcomeX - bullet.zeroX}
          height={5}
          fill={chartColors.context}
          data-kind="context"
        />
      ) : null}
      <line
        x1={bullet.targetX}
        x2={bullet.targetX}
        y1={bar.y - 3}
        y2={bar.y + bar.height + 3}
        stroke={chartColors.target}
        strokeWidth={3}
      />
      <g fontSize={chartFont.size} fill={chartColors.muted}>
        <text x={bullet.zeroX} y={bullet.scaleY}>
          {scale.zero}
        </text>
        <text x={bullet.thirdX} y={bullet.scaleY} textAnchor="middle">
          {scale.third}
        </text>
        <text x={bullet.targetX} y={bullet.scaleY} textAnchor="middle" fill={chartColors.text} fontWeight={600}>
          {scale.target}
        </text>
        <text x={bullet.actualX + 6} y={bar.y + bar.height / 2 + 5} fill={chartColors.text} fontWeight={600}>
          {scale.actual}
        </text>
      </g>
    </g>
  );
}

/**
 * The attainment bullets as plain SVG drawn on the server (no interaction needed),
 * in one drawing so that it exports as one image; the layout places every mark.
 */
export function AttainmentBullets({ rows, width, label }: Props) {
  const layout = attainmentLayout(rows, width);
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      className="chart-svg bullet-svg"
      role="img"
      aria-label={label}
    >
      {layout.bullets.map((bullet) => (
        <Bullet key={bullet.row.targetId} bullet={bullet} narrow={layout.narrow} left={layout.left} />
      ))}
    </svg>
  );
}
