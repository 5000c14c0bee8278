import type { Dataset } from '@/lib/dataset/build';
import { sourceLine } from '@/lib/dataset/sources';
import type { SlideSpec } from '@/lib/deck/slides';
import { chartWords } from '@/lib/charts/registry';
import { afterTargetCredits } from '@/lib/dataset/after-target';
import { afterTargetRows, growthFigures } from '@/lib/deck/slide-figures';
import type { Source } from '@/lib/dataset/schema';
import { embedTitles } from '@/lib/embed/titles';
import { SlideChart } from './slide-chart';
import { SlideFrame } from './slide-frame';

type Props = { dataset: Dataset; slides: SlideSpec[]; idPrefix: string };

/** The growth slide: the rate each target asked for, large. */
function GrowthFigures({ dataset }: { dataset: Dataset }) {
  return (
    <div className="slide-figures">
      {growthFigures(dataset).map((figure) => (
        <div className="slide-figure" key={figure.key}>
          <p className="slide-figure-value">{figure.value}</p>
          <p>{figure.caption}</p>
        </div>
      ))}
    </div>
  );
}

/** One publication: outlet, date and title, and the address in full, since on paper a link cannot be clicked. */
function SourceItem({ source, withTitle }: { source: Source; withTitle: boolean }) {
  return (
    <li>
      <strong>{source.publisher}</strong>
      {source.published ? `, ${source.published}` : ''}
      {withTitle ? `: ${source.title}` : ''}
      <a className="slide-source-url" href={source.url}>
        {source.url}
      </a>
    </li>
  );
}

/** A Sources slide: its reports, the source article with its title, in columns where there are several. */
function SourceList({ dataset, sourceIds }: { dataset: Dataset; sourceIds: readonly string[] }) {
  const shown = dataset.sources.filter((s) => sourceIds.includes(s.source_id));
  const article = new Set(
    [...dataset.targets, ...dataset.trade, ...dataset.events]
      .filter((r) => r.basis === 'article')
      .map((r) => r.source_id),
  );
  return (
    <ul className={`slide-sources${shown.length > 2 ? ' slide-sources-many' : ''}`}>
      {shown.map((s) => (
        <SourceItem key={s.source_id} source={s} withTitle={article.has(s.source_id)} />
      ))}
    </ul>
  );
}

/** The after-the-target-year slide: each year's figure, or its gap, large enough to read from the back. */
function AfterTargetFigures({ dataset }: { dataset: Dataset }) {
  const figures = afterTargetRows(dataset);
  if (!figures) return null;
  return (
    <>
      <table className="slide-years">
        <tbody>
          {figures.rows.map(([year, value, whose]) => (
            <tr key={year} data-year={year}>
              <th scope="row">{year}</th>
              <td className="slide-years-value">{value}</td>
              <td>{whose}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="slide-lead-small">{figures.closing}</p>
    </>
  );
}

/** Every slide of the deck, server-rendered; the deck controller shows one at a time. */
export function DeckSlides({ dataset, slides, idPrefix }: Props) {
  // Slides without a chart credit the story's own sources: the article's figures.
  const storySource = sourceLine(chartWords('target-vs-actual', dataset, 'article').credits);
  const afterSource = sourceLine(afterTargetCredits(dataset));
  return slides.map((spec, i) => {
    const index = i + 1;
    const key = `${spec.kind}-${index}`;
    const common = { index, count: slides.length, spec };
    if (spec.chart) {
      const { id, view, words } = spec.chart;
      return (
        <SlideFrame key={key} {...common} source={sourceLine(words.credits)} embedTitles={embedTitles(id, dataset)}>
          <SlideChart dataset={dataset} chart={id} view={view} label={words.label} id={`${idPrefix}-${spec.kind}`} />
        </SlideFrame>
      );
    }
    switch (spec.kind) {
      case 'growth':
        return (
          <SlideFrame key={key} {...common} source={storySource}>
            <GrowthFigures dataset={dataset} />
          </SlideFrame>
        );
      case 'after-target':
        return (
          <SlideFrame key={key} {...common} source={afterSource}>
            <AfterTargetFigures dataset={dataset} />
          </SlideFrame>
        );
      case 'sources':
        // The slide is the list of sources: a footer crediting some of them would contradict it.
        return (
          <SlideFrame key={key} {...common} source="">
            <SourceList dataset={dataset} sourceIds={spec.sourceIds ?? []} />
          </SlideFrame>
        );
      default:
        return (
          <SlideFrame key={key} {...common} source={storySource}>
            <p className="slide-lead">{spec.notes}</p>
          </SlideFrame>
        );
    }
  });
}
