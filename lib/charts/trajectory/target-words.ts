import { formatUsd } from '../../format';
import { estimatedLabelWidth, type Span } from '../label-fit';
import type { TrajectoryDrawing, TrajectorySeries } from './model';

/** How far right of its diamond a target's words begin (components/charts/trajectory-marks.tsx). */
export const TARGET_LABEL_GAP = 12;

export type TargetWords = (series: TrajectorySeries, value: number) => { lines: string[]; size: number };

/**
 * The words beside a target's diamond. On a phone a target's first word names it; a
 * goal only other reports state keeps its diamond and leaves its words to the legend and tooltip.
 */
export function targetWords(narrow: boolean, font: number): TargetWords {
  return (series, value) =>
    narrow && series.role === 'goal'
      ? { lines: [], size: font - 1 }
      : {
          lines: [narrow ? (series.label.split(' ')[0] ?? series.label) : series.label, formatUsd(value)],
          size: font - (narrow ? 1 : 0),
        };
}

/**
 * Where targets at the top of the plot print their words, in the band where event
 * years print (US$1 bn in 2020 reached across 2023 and 2024 on a phone): those years give way to them.
 */
export function targetWordsAtTop(
  model: TrajectoryDrawing,
  words: TargetWords,
  plot: { xOf: (year: number) => number; yOf: (value: number) => number; top: number },
): Span[] {
  return model.series
    .filter((series) => series.role === 'target' || series.role === 'goal')
    .flatMap((series) =>
      model.rows.flatMap((row) => {
        const value = row[series.key];
        if (value === undefined) return [];
        const label = words(series, value);
        if (label.lines.length === 0 || plot.yOf(value) > plot.top + label.size + 2) return [];
        const width = Math.max(...label.lines.map((line) => estimatedLabelWidth(line, label.size)));
        return [{ x: plot.xOf(row.year) + TARGET_LABEL_GAP + width / 2, width }];
      }),
    );
}
