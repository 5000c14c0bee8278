import type { Dataset } from '@/lib/dataset/build';
import { assessTargets } from '@/lib/dataset/derive';
import { ATTAINMENT_UNIT, MONEY_UNIT } from '@/lib/charts/export-svg';
import { formatPercent, formatUsd } from '@/lib/format';
import type { SlideSpec } from '@/lib/deck/slides';
import { targetActualSubtitle } from '@/lib/dataset/story';
import { sourceLine, sourceLookup, type Credit } from '@/lib/dataset/sources';
import { barsLabel, bulletsSummary, trajectoryLabel } from '@/lib/charts/summaries';
import { targetActualBars } from '@/lib/charts/target-actual/model';
import { trajectoryModel } from '@/lib/charts/trajectory/model';
import { AttainmentBullets } from '../charts/attainment-bullets';
import { ChartOnDemand } from '../charts/chart-on-demand';
import { ChartExportButtons } from '../charts/chart-export-buttons';
import { UserDataCredit } from '../charts/user-data-credit';

type Props = { dataset: Dataset; slides: SlideSpec[]; idPrefix: string };

/*
 * Charts are drawn small (960 wide) and scaled up to the slide, so their 13 px
 * text reads at about 24 px on a 1920×1080 projector.
 */
const CHART = { width: 960, height: 430 } as const;

function SlideFrame({
  index,
  count,
  spec,
  source,
  children,
  exportName,
  subtitle,
  drawsUserData = false,
  keysUserShapes = false,
  unit = MONEY_UNIT,
}: {
  index: number;
  count: number;
  spec: SlideSpec;
  source: string;
  children: React.ReactNode;
  exportName?: string;
  subtitle?: string;
  drawsUserData?: boolean;
  keysUserShapes?: boolean;
  unit?: string;
}) {
  return (
    <section
      className={`slide slide-kind-${spec.kind}`}
      data-index={index}
      aria-roledescription="slide"
      aria-label={`${index} of ${count}: ${spec.title}`}
      data-export-scope
    >
      <h2 className="slide-title">{spec.title}</h2>
      {subtitle ? <p className="slide-subtitle">{subtitle}</p> : null}
      <div className="slide-body">{children}</div>
      <footer className="slide-footer">
        <span className="slide-source">
          {source}
          {drawsUserData ? <UserDataCredit /> : null}
        </span>
        {exportName ? (
          // Named after the slide: the dashboard exports other images of the same charts.
          <ChartExportButtons
            fileBase={`russia-dprk-slide-${index}-${exportName}`}
            meta={{ title: spec.title, subtitle: subtitle ?? '', source, unit }}
            drawsUserData={drawsUserData}
            keysUserShapes={keysUserShapes}
          />
        ) : null}
      </footer>
    </section>
  );
}

/** Every slide of the deck, server-rendered; the deck controller shows one at a time. */
export function DeckSlides({ dataset, slides, idPrefix }: Props) {
  const source = sourceLookup(dataset);
  const assessments = assessTargets(dataset);
  const credit = (publisher: string | undefined, sourceId: string): Credit => ({
    publisher: publisher || undefined,
    source: source(sourceId),
  });
  const bars = targetActualBars(dataset, { context: false });
  const articleTrajectory = trajectoryModel(dataset, { context: false });
  const contextTrajectory = trajectoryModel(dataset, { context: true });
  const articleSource = sourceLine(bars.map((b) => credit(b.publisher, b.sourceId)));
  const count = slides.length;

  return slides.map((spec, i) => {
    const index = i + 1;
    const key = `${spec.kind}-${index}`;
    const common = { index, count, spec, source: articleSource };
    switch (spec.kind) {
      case 'title':
        return (
          <SlideFrame key={key} {...common}>
            <p className="slide-lead">{spec.notes}</p>
          </SlideFrame>
        );
      case 'target-vs-actual':
        return (
          <SlideFrame
            key={key}
            {...common}
            subtitle={targetActualSubtitle(assessments, 'trade turnover')}
            exportName="target-vs-actual"
            drawsUserData
          >
            <div className="slide-chart">
              <ChartOnDemand
                kind="target-vs-actual"
                chart={{
                  id: `${idPrefix}-bars`,
                  bars,
                  width: CHART.width,
                  height: CHART.height - 60,
                  label: barsLabel(bars),
                }}
              />
            </div>
          </SlideFrame>
        );
      case 'trajectory':
        return (
          <SlideFrame
            key={key}
            {...common}
            subtitle="Annual trade turnover, US$ million; dashed and dotted lines: constant growth needed to reach each target"
            exportName="trajectory"
            drawsUserData
            keysUserShapes
          >
            <div className="slide-chart">
              <ChartOnDemand
                kind="trajectory"
                chart={{
                  id: `${idPrefix}-trajectory`,
                  model: articleTrajectory,
                  width: CHART.width,
                  height: CHART.height,
                  label: trajectoryLabel(articleTrajectory),
                }}
              />
            </div>
          </SlideFrame>
        );
      case 'attainment':
        return (
          <SlideFrame
            key={key}
            {...common}
            subtitle="Actual trade as a share of each target"
            exportName="attainment"
            unit={ATTAINMENT_UNIT}
          >
            <div className="slide-chart slide-bullets">
              <AttainmentBullets
                assessments={assessments}
                withContext={false}
                width={720}
                label={bulletsSummary(assessments)}
              />
            </div>
          </SlideFrame>
        );
      case 'growth':
        return (
          <SlideFrame key={key} {...common}>
            <div className="slide-figures">
              {assessments.map((a) => (
                <div className="slide-figure" key={a.target.target_id}>
                  <p className="slide-figure-value">≈ {formatPercent(a.requiredGrowth)}</p>
                  <p>
                    a year, {a.actual.year}–{a.target.target_year}, to go from {formatUsd(a.actual.value_usd)} to the{' '}
                    {a.target.label.toLowerCase()} of {formatUsd(a.target.value_usd)}
                  </p>
                </div>
              ))}
            </div>
          </SlideFrame>
        );
      case 'outcome':
        return (
          <SlideFrame
            key={key}
            {...common}
            source={sourceLine(contextTrajectory.figures.map((f) => credit(f.publisher, f.source_id)))}
            // The slide has no legend: the subtitle keys the two kinds of point.
            subtitle="US$ million. Blue dot: the article’s figure; orange rings: other publishers’ figures, not in the article"
            exportName="trajectory-with-context"
            drawsUserData
            keysUserShapes
          >
            <div className="slide-chart">
              <ChartOnDemand
                kind="trajectory"
                chart={{
                  id: `${idPrefix}-outcome`,
                  model: contextTrajectory,
                  width: CHART.width,
                  height: CHART.height,
                  label: trajectoryLabel(contextTrajectory),
                }}
              />
            </div>
          </SlideFrame>
        );
      case 'sources':
        // The slide is the list of sources: a footer crediting two of them would contradict it.
        return (
          <SlideFrame key={key} {...common} source="">
            <ul className="slide-sources">
              {dataset.sources.map((s) => (
                <li key={s.source_id}>
                  <strong>{s.publisher}</strong>
                  {s.published ? `, ${s.published}` : ''}: {s.title}
                  {/* In full, not shortened: the slide is also printed and handed out, where a link cannot be clicked. */}
                  {s.url ? (
                    <a className="slide-source-url" href={s.url}>
                      {s.url}
                    </a>
                  ) : null}
                </li>
              ))}
            </ul>
          </SlideFrame>
        );
    }
  });
}
