import type { TargetAssessment } from '@/lib/dataset/derive';
import { showsContext, type View } from '@/lib/charts/view';
import type { CitedText } from '@/lib/dataset/cited-text';
import { formatPercent, formatUsd, parenthesised } from '@/lib/format';
import { CitedTextView } from '../site/cited-text';

/** What the page says beside each of the article's figures: whether other reports support it (by target_id; `actual` for the trade figure). */
type Props = { assessments: TargetAssessment[]; view: View; corroboration: Record<string, CitedText> };

/** Whether other reports support a figure, in plain words with links (lib/dataset/corroboration-words.ts). */
function Corroboration({ text }: { text: CitedText | undefined }) {
  if (!text) return null;
  return (
    <dd className="figure-corroboration">
      <CitedTextView text={text} />
    </dd>
  );
}

/** The story in numbers, before any chart: the targets, the actual figure, and how far apart they are. */
export function HeadlineFigures({ assessments, view, corroboration }: Props) {
  const withContext = showsContext(view);
  const actual = assessments[0]?.actual;
  return (
    <section aria-labelledby="headline-title" className="headline">
      <h2 id="headline-title" className="visually-hidden">
        Headline figures
      </h2>
      <dl className="headline-grid">
        {assessments.map((a) => (
          <div className="figure-card figure-target" key={a.target.target_id} data-figure={a.target.target_id}>
            <dt>{a.target.label}</dt>
            <dd className="figure-value">{formatUsd(a.target.value_usd)}</dd>
            <dd className="figure-detail">
              for {a.target.target_year}, set in {a.target.set_in}
            </dd>
            <Corroboration text={corroboration[a.target.target_id]} />
          </div>
        ))}
        {actual ? (
          <div className="figure-card figure-actual" data-figure="actual">
            <dt>Actual trade, {actual.year}</dt>
            <dd className="figure-value">{formatUsd(actual.value_usd)}</dd>
            <dd className="figure-detail">{actual.producer}, as the article reports</dd>
            <Corroboration text={corroboration.actual} />
          </div>
        ) : null}
      </dl>
      <table className="derived-table">
        <caption>What the {actual?.year} figure means for each target</caption>
        <thead>
          <tr>
            <th scope="col">Target</th>
            <th scope="col" className="num">
              Attainment in {actual?.year}
            </th>
            <th scope="col" className="num">
              Shortfall
            </th>
            <th scope="col" className="num">
              Growth needed a year, {actual?.year}–{assessments[0]?.target.target_year}
            </th>
            {withContext ? (
              <th scope="col" className="num">
                Attainment in {assessments[0]?.outcome?.year ?? 'target year'} (context)
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {assessments.map((a) => (
            <tr key={a.target.target_id} data-target={a.target.target_id}>
              <th scope="row">
                {a.target.label} ({formatUsd(a.target.value_usd)})
              </th>
              <td className="num" data-metric="attainment" data-label={`Attainment in ${a.actual.year}`}>
                {formatPercent(a.attainment)}
              </td>
              <td className="num" data-metric="shortfall" data-label="Shortfall">
                {formatUsd(a.shortfall)}
              </td>
              <td className="num" data-metric="required-growth" data-label="Growth needed a year">
                ≈ {formatPercent(a.requiredGrowth)}
              </td>
              {withContext ? (
                <td
                  className="num"
                  data-metric="outcome-attainment"
                  data-label={`Attainment in ${a.outcome?.year ?? a.target.target_year} (context)`}
                >
                  {a.outcome && a.outcomeAttainment !== undefined
                    ? `${formatPercent(a.outcomeAttainment)} ${parenthesised(`${formatUsd(a.outcome.value_usd)}, ${a.outcome.producer}`)}`
                    : 'no figure'}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
