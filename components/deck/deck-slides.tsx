import type { Dataset } from '@/lib/dataset/build';
import { assessTargets } from '@/lib/dataset/derive';
import { sourceLine } from '@/lib/dataset/sources';
import type { SlideSpec } from '@/lib/deck/slides';
import { chartWords } from '@/lib/charts/registry';
import { formatPercent, formatUsd } from '@/lib/format';
import { SlideChart } from './slide-chart';
import { SlideFrame } from './slide-frame';

type Props = { dataset: Dataset; slides: SlideSpec[]; idPrefix: string };

/** The growth slide: the rate each target asked for, large. */
function GrowthFigures({ dataset }: { dataset: Dataset }) {
  return (
    <div className="slide-figures">
      {assessTargets(dataset).map((a) => (
        <div className="slide-figure" key={a.target.target_id}>
          <p className="slide-figure-value">≈ {formatPercent(a.requiredGrowth)}</p>
          <p>
            a year, {a.actual.year}–{a.target.target_year}, to go from {formatUsd(a.actual.value_usd)} to the{' '}
            {a.target.label.toLowerCase()} of {formatUsd(a.target.value_usd)}
          </p>
        </div>
      ))}
    </div>
  );
}

/** The sources slide: every publication in full, since the slide is also printed and handed out. */
function SourceList({ dataset }: { dataset: Dataset }) {
  return (
    <ul className="slide-sources">
      {dataset.sources.map((s) => (
        <li key={s.source_id}>
          <strong>{s.publisher}</strong>
          {s.published ? `, ${s.published}` : ''}: {s.title}
          {/* In full, not shortened: on paper a link cannot be clicked. */}
          <a className="slide-source-url" href={s.url}>
            {s.url}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Every slide of the deck, server-rendered; the deck controller shows one at a time. */
export function DeckSlides({ dataset, slides, idPrefix }: Props) {
  // Slides without a chart credit the story's own sources: the article's figures.
  const storySource = sourceLine(chartWords('target-vs-actual', dataset, 'article').credits);
  return slides.map((spec, i) => {
    const index = i + 1;
    const key = `${spec.kind}-${index}`;
    const common = { index, count: slides.length, spec };
    if (spec.chart) {
      const { id, view, words } = spec.chart;
      return (
        <SlideFrame key={key} {...common} source={sourceLine(words.credits)}>
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
      case 'sources':
        // The slide is the list of sources: a footer crediting some of them would contradict it.
        return (
          <SlideFrame key={key} {...common} source="">
            <SourceList dataset={dataset} />
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
