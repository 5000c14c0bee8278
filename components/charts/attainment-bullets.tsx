import type { TargetAssessment } from '@/lib/dataset/derive';
import { formatPercent, formatUsd } from '@/lib/format';
import { chartColors, chartFont } from './chart-theme';

type Props = { assessments: TargetAssessment[]; withContext: boolean; width: number; label: string };

const BAR = 30;

function Bullet({
  a,
  withContext,
  top,
  width,
  narrow,
}: {
  a: TargetAssessment;
  withContext: boolean;
  top: number;
  width: number;
  narrow: boolean;
}) {
  const pad = { left: 8, right: narrow ? 40 : 72 };
  const max = a.target.value_usd * 1.1;
  const x = (value: number) => pad.left + (value / max) * (width - pad.left - pad.right);
  const bands = [0, 1 / 3, 2 / 3, 1].map((share) => share * a.target.value_usd);
  const outcome = withContext ? a.outcome : undefined;
  const outcomeLine =
    outcome && a.outcomeAttainment !== undefined
      ? `${formatPercent(a.outcomeAttainment)} in ${outcome.year} (context)`
      : null;
  const labelLines = narrow && outcomeLine ? 2 : 1;
  const y = top + 12 + labelLines * 18;
  return (
    <g data-target={a.target.target_id} className="bullet-row">
      <text x={pad.left} y={top + 18} fontSize={chartFont.size + (narrow ? 0 : 2)} fill={chartColors.text}>
        <tspan fontWeight={700}>{a.target.label}</tspan>
        <tspan>{narrow ? ': ' : ` for ${a.target.target_year}: `}</tspan>
        <tspan className="bullet-percent" fontWeight={700} fill={chartColors.article}>
          {formatPercent(a.attainment)}
        </tspan>
        <tspan>{` reached in ${a.actual.year}`}</tspan>
        {outcomeLine ? (
          <tspan
            className="bullet-outcome"
            fill={chartColors.context}
            fontWeight={600}
            {...(narrow ? { x: pad.left, dy: '1.35em' } : {})}
          >
            {narrow ? outcomeLine : ` · ${outcomeLine}`}
          </tspan>
        ) : null}
      </text>
      {bands.slice(1).map((end, i) => (
        <rect
          key={end}
          x={x(bands[i] ?? 0)}
          y={y}
          width={x(end) - x(bands[i] ?? 0)}
          height={BAR}
          fill={chartColors.band[i]}
        />
      ))}
      <rect
        x={x(0)}
        y={y + BAR / 3}
        width={x(a.actual.value_usd) - x(0)}
        height={BAR / 3}
        fill={chartColors.article}
        data-kind="actual"
      />
      {outcome ? (
        <rect
          x={x(0)}
          y={y + BAR - 6}
          width={x(outcome.value_usd) - x(0)}
          height={5}
          fill={chartColors.context}
          data-kind="context"
        />
      ) : null}
      <line
        x1={x(a.target.value_usd)}
        x2={x(a.target.value_usd)}
        y1={y - 3}
        y2={y + BAR + 3}
        stroke={chartColors.target}
        strokeWidth={3}
      />
      <g fontSize={chartFont.size} fill={chartColors.muted}>
        <text x={x(0)} y={y + BAR + 18}>
          0
        </text>
        <text x={x(a.target.value_usd / 3)} y={y + BAR + 18} textAnchor="middle">
          one-third
        </text>
        <text x={x(a.target.value_usd)} y={y + BAR + 18} textAnchor="middle" fill={chartColors.text} fontWeight={600}>
          {formatUsd(a.target.value_usd)}
        </text>
        <text x={x(a.actual.value_usd) + 6} y={y + BAR / 2 + 5} fill={chartColors.text} fontWeight={600}>
          {formatUsd(a.actual.value_usd)}
        </text>
      </g>
    </g>
  );
}

/**
 * Stephen Few's bullet graph, one per target: grey bands for thirds of the target,
 * a bar for the actual figure and a rule for the target itself. Plain SVG drawn on
 * the server (no interaction needed), in one drawing so it exports as one image.
 */
export function AttainmentBullets({ assessments, withContext, width, label }: Props) {
  const narrow = width < 500;
  const row = narrow && withContext ? 110 : 92;
  const height = assessments.length * row + 4;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      className="chart-svg bullet-svg"
      role="img"
      aria-label={label}
    >
      {assessments.map((a, i) => (
        <Bullet key={a.target.target_id} a={a} withContext={withContext} top={i * row} width={width} narrow={narrow} />
      ))}
    </svg>
  );
}

export function AttainmentLegend({ withContext }: { withContext: boolean }) {
  return (
    <ul className="legend" aria-label="Legend">
      <li>
        <span className="swatch swatch-article" aria-hidden="true" /> Actual trade (article)
      </li>
      {withContext ? (
        <li>
          <span className="swatch swatch-context-thin" aria-hidden="true" /> Trade in the target year (context)
        </li>
      ) : null}
      <li>
        <span className="swatch swatch-rule" aria-hidden="true" /> Target
      </li>
      <li>
        <span className="swatch swatch-bands" aria-hidden="true" /> Thirds of the target
      </li>
    </ul>
  );
}
