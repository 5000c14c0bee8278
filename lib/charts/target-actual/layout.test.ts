import { describe, expect, it } from 'vitest';
import { chartDataset } from '../fixtures/chart-dataset';
import { targetActualLayout, TARGET_ACTUAL_SIZES } from './layout';
import { barsDrawing, targetActualBars, withUserBars } from './model';

describe('targetActualLayout', () => {
  const bars = () => barsDrawing(targetActualBars(chartDataset(), 'article'));

  it('is as tall as its bars need, so the reader’s own bars add to its height', () => {
    const layout = targetActualLayout(bars(), TARGET_ACTUAL_SIZES.wide);
    expect(layout.height).toBe(70 + 3 * 64);
    const withMine = withUserBars(bars(), {
      fileName: 'mine.csv',
      loadedAt: '',
      rowCount: 1,
      figures: [{ year: 2020, value_usd: 3_000_000, publisher: 'Customs', months: 2 }],
    });
    expect(targetActualLayout(withMine, TARGET_ACTUAL_SIZES.wide).height).toBe(70 + 4 * 64);
  });

  it('ends the axis on a round tick past the largest bar, with fewer ticks on a phone', () => {
    expect(targetActualLayout(bars(), TARGET_ACTUAL_SIZES.wide).ticks).toEqual([0, 2.5e8, 5e8, 7.5e8, 1e9]);
    const narrow = targetActualLayout(bars(), TARGET_ACTUAL_SIZES.narrow);
    expect(narrow.narrow).toBe(true);
    expect(narrow.ticks).toEqual([0, 5e8, 1e9]);
    expect(narrow.domainMax).toBe(1e9);
  });
});
