import type { Dataset } from '../../dataset/build';
import { assessTargets } from '../../dataset/derive';
import { sourceLookup } from '../../dataset/sources';
import { growthSummary } from '../../dataset/story';
import { formatUsd, parenthesised } from '../../format';
import type { ChartWords } from '../spec';
import { showsContext, type View } from '../view';
import { consecutiveRuns, isSoftKind } from '../../dataset/producer-series';
import { PUBLISHED_SHAPES, shapeAt } from '../marker-shapes';
import { paletteAt } from '../palette';
import type { TrajectoryModel } from './model';
import type { PublishedPoint } from './published';
import { gapYears, listFormat } from './user-words';

/** "2013–2021", "2018 and 2023", "2014–2015 and 2018–2019": the years a series covers, its gaps kept. */
function yearSpans(years: readonly number[]): string {
  const runs = consecutiveRuns(years.map((year) => ({ year })));
  return listFormat.format(
    runs.map((run) => (run.length > 1 ? `${run[0]?.year}–${run.at(-1)?.year}` : `${run[0]?.year}`)),
  );
}

/** "(2014 and 2015 derived from exports and imports)", "(statements)": what is not a reported total. */
function kindsNote(points: readonly PublishedPoint[]): string {
  const notes = (['derived', 'estimate', 'statement'] as const).flatMap((kind) => {
    const years = points.filter((p) => p.kind === kind).map((p) => p.year);
    if (years.length === 0) return [];
    const word = { derived: 'derived from exports and imports', estimate: 'an estimate', statement: 'a statement' }[
      kind
    ];
    const plural = { derived: word, estimate: 'estimates', statement: 'statements' }[kind];
    if (years.length === points.length) return [points.length > 1 ? plural : word];
    return [`${listFormat.format(years.map(String))} ${word}`];
  });
  return notes.length > 0 ? ` ${parenthesised(notes.join('; '))}` : '';
}

/** Each producer's series in words, and the years the figures leave empty. */
export function contextSummary(model: TrajectoryModel): string {
  const producers = [...new Set(model.points.map((p) => p.producer))];
  const gaps = gapYears(model);
  const parts: string[] = [];
  if (producers.length > 1) {
    const years = model.points.map((p) => p.year);
    const series = producers.map((producer) => {
      const points = model.points.filter((p) => p.producer === producer);
      const article = points.some((p) => p.article) ? ', the article’s source,' : '';
      return `${producer}${article} ${yearSpans(points.map((p) => p.year))}${kindsNote(points)}`;
    });
    parts.push(
      `Figures from ${producers.length} producers, ${Math.min(...years)}–${Math.max(...years)}, each a series of its own: ${series.join('; ')}.`,
    );
  }
  if (gaps.length > 0) {
    parts.push(
      `No annual total is recorded for ${listFormat.format(gaps.map(String))}; ${gaps.length > 1 ? 'those years are' : 'the year is'} left empty.`,
    );
  }
  return parts.join(' ');
}

/** The drawing's accessible name: what it draws, with every published value, by producer. */
export function trajectoryLabel(model: TrajectoryModel): string {
  const producers = [...new Set(model.points.map((p) => p.producer))];
  const byProducer = producers.map((producer) => {
    const points = model.points.filter((p) => p.producer === producer);
    if (producers.length === 1) return points.map((p) => `${p.year} ${formatUsd(p.value)} ${parenthesised(producer)}`);
    return [
      `${producer}: ${points.map((p) => `${p.year} ${formatUsd(p.value)}${p.kind === 'reported' ? '' : ` (${p.kind})`}`).join(', ')}`,
    ];
  });
  const heading = producers.length > 1 ? 'Figures by producer' : 'Actual figures';
  return `Line chart of annual trade ${model.firstYear}–${model.lastYear} against the constant-growth paths to each target. ${heading}: ${byProducer.flat().join('; ')}.`;
}

/** Which colour and shape is whose, for an image or slide that carries no legend. */
function marksKey(model: TrajectoryModel): string {
  const series = [
    ...model.series.filter((s) => s.role === 'article'),
    ...model.series.filter((s) => s.role === 'publisher'),
  ];
  const marks = series.map((s) => {
    const style = s.style ?? 0;
    const name =
      s.role === 'article' ? `${s.label.replace(/ \(.*\)$/, '')} (the largest: the article’s figure)` : s.label;
    return `${paletteAt(style).name} ${shapeAt(PUBLISHED_SHAPES, style).name}: ${name}`;
  });
  const soft = model.points.some((p) => isSoftKind(p.kind)) ? '; hollow and dashed: derived or estimated' : '';
  const band = model.targetYear === null ? '' : '; shaded: the target year';
  return `; ${marks.join(', ')}${soft}${band}`;
}

export function trajectoryWords(model: TrajectoryModel, dataset: Dataset, view: View): ChartWords {
  const assessments = assessTargets(dataset);
  const source = sourceLookup(dataset);
  const growth = growthSummary(assessments);
  const context = showsContext(view);
  const from = assessments[0]?.actual.year;
  const lines = 'dashed and dotted lines: constant growth needed to reach each target';
  return {
    // Only the context view draws the path trade took; the article gives one actual year.
    title: context ? 'The path trade would have needed, and the path it took' : 'The path trade would have needed',
    // No year range: a reader's own data widens the axis, and the subtitle must stay true.
    subtitle: `Annual trade turnover, US$ million. Dashed and dotted lines grow at a constant rate from the ${from} figure to each target; missing years are left as gaps.`,
    // No legend travels with a slide or an image: the subtitle keys the lines and, with context, the points.
    keyedSubtitle: `Annual trade turnover, US$ million; ${lines}${context ? marksKey(model) : ''}`,
    summary: context ? `${growth} ${contextSummary(model)}`.trim() : growth,
    label: trajectoryLabel(model),
    credits: model.figures.map((f) => ({ publisher: f.producer, source: source(f.source_id) })),
    sourceNote: 'Required paths are derived, not reported',
  };
}
