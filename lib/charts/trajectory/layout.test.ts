import { describe, expect, it } from 'vitest';
import type { UserDataset } from '../../upload/user-data';
import { readDataset } from '../../dataset/load';
import { chartDataset } from '../fixtures/chart-dataset';
import { trajectoryLayout, TRAJECTORY_SIZES, type LabelBox } from './layout';
import { TARGET_LABEL_GAP } from './target-words';
import { drawingOf, trajectoryModel } from './model';
import { withUserTrajectory } from './with-user';

/* The trajectory's geometry, checked without a browser: what the e2e tests see, decided here. */

const overlaps = (a: LabelBox, b: LabelBox) =>
  Math.abs(a.x - b.x) < (a.width + b.width) / 2 && a.y - a.height < b.y && b.y - b.height < a.y;

function overlappingPairs(boxes: readonly LabelBox[]): [number, number][] {
  return boxes.flatMap((a, i) =>
    boxes.slice(i + 1).flatMap((b, j) => (overlaps(a, b) ? [[i, i + j + 1] as [number, number]] : [])),
  );
}

const contextModel = () => trajectoryModel(chartDataset(), 'context');

describe('trajectoryLayout, the published figures', () => {
  it('on a phone labels the article’s figure, the target year’s and the latest, in bare millions, none overlapping', () => {
    const model = contextModel();
    const layout = trajectoryLayout(drawingOf(model), TRAJECTORY_SIZES.narrow);
    const texts = model.points.flatMap((p) => layout.valueLabel(p.key, p.year, p.value)?.text ?? []);
    expect(texts).toEqual(['84', '42.74', '34.4']);
    expect(overlappingPairs(layout.labelBoxes())).toEqual([]);
  });

  it('wide, labels values with their unit, the article’s in bold, none overlapping', () => {
    const model = drawingOf(contextModel());
    const layout = trajectoryLayout(model, TRAJECTORY_SIZES.wide);
    const article = model.points.find((p) => p.article);
    expect(article && layout.valueLabel(article.key, 2015, article.value)).toMatchObject({
      text: 'US$84\u00A0m',
      weight: 700,
    });
    // Another producer's figure the same year carries no label: the article's is the story's.
    const customs2015 = model.points.find((p) => p.year === 2015 && p.producer === 'Russian customs service');
    expect(customs2015 && layout.valueLabel(customs2015.key, 2015, customs2015.value)).toBeNull();
    expect(overlappingPairs(layout.labelBoxes())).toEqual([]);
  });

  it('draws every producer’s points after the lines, and the article’s last, on top', () => {
    const layout = trajectoryLayout(drawingOf(contextModel()), TRAJECTORY_SIZES.wide);
    const roles = layout.order.map((series) => series.role);
    expect(roles.lastIndexOf('line')).toBeLessThan(roles.indexOf('publisher'));
    expect(roles.lastIndexOf('publisher')).toBeLessThan(roles.indexOf('article'));
  });

  it('marks the target year in the context view only', () => {
    expect(trajectoryLayout(drawingOf(contextModel()), TRAJECTORY_SIZES.wide).targetYear).toMatchObject({
      year: 2020,
      text: 'Target year',
    });
    const article = drawingOf(trajectoryModel(chartDataset(), 'article'));
    expect(trajectoryLayout(article, TRAJECTORY_SIZES.wide).targetYear).toBeNull();
  });

  it('places years across the plot as recharts does, padding included', () => {
    const model = drawingOf(contextModel());
    const layout = trajectoryLayout(model, TRAJECTORY_SIZES.wide);
    const left = layout.margin.left + layout.yAxisWidth + layout.xPadding;
    const right = layout.width - layout.margin.right - layout.xPadding;
    expect(layout.xOf(model.firstYear)).toBeCloseTo(left);
    expect(layout.xOf(model.lastYear)).toBeCloseTo(right);
    expect(layout.yOf(0)).toBeCloseTo(layout.height - layout.margin.bottom - layout.xAxisHeight);
    expect(layout.yOf(layout.yMax)).toBeCloseTo(layout.margin.top);
  });

  it('titles events in full where they clear each other, by year where they would not, and on a phone', () => {
    // The article view spans 2013–2020: the article's two events have room.
    const article = drawingOf(trajectoryModel(chartDataset(), 'article'));
    expect(trajectoryLayout(article, TRAJECTORY_SIZES.wide).events.map((e) => e.lines[0])).toEqual([
      '2014: Russia cancels 90% of the',
      '2017-09: Oil and labour services',
    ]);
    expect(trajectoryLayout(article, TRAJECTORY_SIZES.narrow).events.map((e) => e.lines)).toEqual([['2014'], ['2017']]);
    // With context the axis runs to 2023 and adds an event: the titles would meet, so all are years.
    const context = drawingOf(contextModel());
    expect(trajectoryLayout(context, TRAJECTORY_SIZES.wide).events.map((e) => e.lines)).toEqual([
      ['2014'],
      ['2017'],
      ['2023'],
    ]);
  });
});

describe('trajectoryLayout, the full record on a phone', () => {
  it('never prints two event years over each other, and leaves the other reports’ goal to the legend', () => {
    const model = drawingOf(trajectoryModel(readDataset().dataset, 'context'));
    const layout = trajectoryLayout(model, TRAJECTORY_SIZES.narrow);
    const labelled = layout.events.filter((e) => e.lines.length > 0);
    // 2023 and 2024 are a few pixels apart at 360 px: one of the two keeps its year.
    expect(labelled.length).toBeLessThan(layout.events.length);
    const spans = labelled.map((e) => ({ x: layout.xOf(e.year), width: e.lines[0]!.length * e.size * 0.64 }));
    for (const [i, a] of spans.entries())
      for (const b of spans.slice(i + 1)) expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual((a.width + b.width) / 2);
    // The US$1 bn target's words, right of its diamond at the top of the plot, keep clear of every event year.
    const original = model.series.find((s) => s.role === 'target' && s.label.startsWith('Original'));
    const words = original && layout.targetLabel(original, 1_000_000_000);
    expect(words?.lines).toEqual(['Original', 'US$1\u00A0bn']);
    const wordsWidth = Math.max(...(words?.lines ?? []).map((line) => line.length * (words?.size ?? 0) * 0.64));
    const wordsSpan = { x: layout.xOf(2020) + TARGET_LABEL_GAP + wordsWidth / 2, width: wordsWidth };
    for (const a of spans) expect(Math.abs(a.x - wordsSpan.x)).toBeGreaterThanOrEqual((a.width + wordsSpan.width) / 2);
    expect(layout.events.find((e) => e.year === 2024)?.lines).toEqual([]);
    // Wide, they had room: 2024 keeps its year.
    expect(trajectoryLayout(model, TRAJECTORY_SIZES.wide).events.find((e) => e.year === 2024)?.lines).toEqual(['2024']);
    const goal = model.series.find((s) => s.role === 'goal');
    expect(goal && layout.targetLabel(goal, 300_000_000).lines).toEqual([]);
    expect(goal && trajectoryLayout(model, TRAJECTORY_SIZES.wide).targetLabel(goal, 300_000_000).lines).toEqual([
      'Goal for 2015',
      'US$300\u00A0m',
    ]);
  });
});

describe('trajectoryLayout, the reader’s data', () => {
  const user = (figures: UserDataset['figures']): UserDataset => ({
    fileName: 'mine.csv',
    loadedAt: '',
    rowCount: figures.length,
    figures,
  });
  const yearly = (year: number, publisher = 'Customs') => ({
    year,
    value_usd: 40_000_000 + year,
    publisher,
    months: 0,
    source: undefined,
    note: undefined,
  });

  it('thins one publisher’s long series to labels that fit, clear of the published ones', () => {
    const long = user(Array.from({ length: 77 }, (_, i) => yearly(1950 + i)));
    const model = withUserTrajectory(drawingOf(trajectoryModel(chartDataset(), 'article')), long);
    const layout = trajectoryLayout(model, TRAJECTORY_SIZES.wide);
    const labelled = layout.user[0]?.labelled ?? new Set();
    expect(labelled.size).toBeGreaterThan(3);
    expect(labelled.size).toBeLessThan(77);
    // The latest year is the one readers look for: it keeps its label.
    expect(labelled.has(2026)).toBe(true);
    expect(overlappingPairs(layout.labelBoxes().filter((box) => box.y < layout.yOf(40_000_000)))).toEqual([]);
  });

  it('labels no values when several publishers are drawn: shapes, legend and table tell them apart', () => {
    const two = user([yearly(2021, 'A'), yearly(2021, 'B')]);
    const layout = trajectoryLayout(withUserTrajectory(drawingOf(contextModel()), two), TRAJECTORY_SIZES.wide);
    expect(layout.user.map((u) => [u.publisher, u.shape, u.labelled.size])).toEqual([
      ['A', 0, 0],
      ['B', 1, 0],
    ]);
  });
});
