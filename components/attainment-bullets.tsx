import type { TargetAssessment } from '@/lib/derive';
import { formatPercent, formatUsd } from '@/lib/format';
import { chartColors, chartFont } from './chart-theme';

type Props = { assessments: TargetAssessment[]; withContext: boolean };

const WIDTH = 640;
const HEIGHT = 64;
const PAD = { left: 8, right: 56, top: 6 };
const BAR_HEIGHT = 30;

/**
 * Stephen Few's bullet graph, one per target: grey bands for thirds of the target,
 * a dark bar for the actual figure and a vertical rule for the target itself.
 * Plain SVG drawn on the server: it needs no interaction and no chart library.
 */
function Bullet({ a, withContext }: { a: TargetAssessment; withContext: boolean }) {
  const max = a.target.value_usd * 1.1;
  const x = (value: number) => PAD.left + (value / max) * (WIDTH - PAD.left - PAD.right);
  const thirds = [1 / 3, 2 / 3, 1].map((share) => share * a.target.value_usd);
  const outcome = withContext ? a.outcome : undefined;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="bullet-svg" role="img" aria-label={`${a.target.label}: actual ${formatUsd(a.actual.value_usd)} is ${formatPercent(a.attainment)} of ${formatUsd(a.target.value_usd)}`}>
      {thirds.map((end, i) => (
        <rect key={end} x={x(i === 0 ? 0 : (thirds[i - 1] ?? 0))} y={PAD.top} width={x(end) - x(i === 0 ? 0 : (thirds[i - 1] ?? 0))} height={BAR_HEIGHT} fill={chartColors.band[i]} />
      ))}
      <rect x={x(0)} y={PAD.top + BAR_HEIGHT / 3} width={x(a.actual.value_usd) - x(0)} height={BAR_HEIGHT / 3} fill={chartColors.article} data-kind="actual" />
      {outcome ? (
        <rect x={x(0)} y={PAD.top + BAR_HEIGHT - 5} width={x(outcome.value_usd) - x(0)} height={4} fill={chartColors.context} data-kind="context" />
      ) : null}
      <line x1={x(a.target.value_usd)} x2={x(a.target.value_usd)} y1={PAD.top - 2} y2={PAD.top + BAR_HEIGHT + 2} stroke={chartColors.target} strokeWidth={3} />
      <g fontSize={chartFont.size} fill={chartColors.muted}>
        <text x={x(0)} y={HEIGHT - 6}>0</text>
        <text x={x(a.target.value_usd / 3)} y={HEIGHT - 6} textAnchor="middle">⅓</text>
        <text x={x(a.target.value_usd)} y={HEIGHT - 6} textAnchor="middle" fill={chartColors.text} fontWeight={600}>{formatUsd(a.target.value_usd)}</text>
      </g>
    </svg>
  );
}

export function AttainmentBullets({ assessments, withContext }: Props) {
  return (
    <div className="bullets">
      {assessments.map((a) => (
        <div className="bullet-row" key={a.target.target_id} data-target={a.target.target_id}>
          <p className="bullet-label">
            <strong>{a.target.label}</strong> for {a.target.target_year}: <span className="bullet-percent">{formatPercent(a.attainment)}</span> reached in {a.actual.year}
            {withContext && a.outcome && a.outcomeAttainment !== undefined ? (
              <span className="bullet-outcome"> · {formatPercent(a.outcomeAttainment)} in {a.outcome.year} (context)</span>
            ) : null}
          </p>
          <Bullet a={a} withContext={withContext} />
        </div>
      ))}
      <ul className="legend" aria-label="Legend">
        <li><span className="swatch swatch-article" aria-hidden="true" /> Actual trade (article)</li>
        {withContext ? <li><span className="swatch swatch-context-thin" aria-hidden="true" /> Trade in the target year (context)</li> : null}
        <li><span className="swatch swatch-rule" aria-hidden="true" /> Target</li>
        <li><span className="swatch swatch-bands" aria-hidden="true" /> Thirds of the target</li>
      </ul>
    </div>
  );
}
