import { describe, expect, it } from 'vitest';
import { chartDataset } from '../fixtures/chart-dataset';
import { attainmentLayout, ATTAINMENT_SIZES } from './layout';
import { attainmentRows } from './model';

describe('attainmentLayout', () => {
  it('draws each actual bar as long, against its target’s rule, as the share it reached', () => {
    const layout = attainmentLayout(attainmentRows(chartDataset(), 'article'), ATTAINMENT_SIZES.wide.width);
    const shares = layout.bullets.map((b) => (b.actualX - b.zeroX) / (b.targetX - b.zeroX));
    expect(shares.map((share) => share.toFixed(3))).toEqual(['0.084', '0.168']);
    // The thirds of the target, end to end.
    for (const b of layout.bullets) {
      expect(b.bands).toHaveLength(3);
      expect((b.bands[2]?.x ?? 0) + (b.bands[2]?.width ?? 0)).toBeCloseTo(b.targetX);
      expect(b.thirdX).toBeCloseTo(b.bands[1]?.x ?? 0);
    }
  });

  it('in the context view adds the target year’s figure, and on a phone gives it its own line', () => {
    const rows = attainmentRows(chartDataset(), 'context');
    expect(rows.map((row) => row.outcome?.year)).toEqual([2020, 2020]);
    expect(attainmentRows(chartDataset(), 'article').every((row) => row.outcome === null)).toBe(true);
    const wide = attainmentLayout(rows, ATTAINMENT_SIZES.wide.width);
    const phone = attainmentLayout(rows, ATTAINMENT_SIZES.narrow.width);
    expect(wide.bullets.every((b) => !b.outcomeOnOwnLine)).toBe(true);
    expect(phone.bullets.every((b) => b.outcomeOnOwnLine)).toBe(true);
    expect(phone.height).toBeGreaterThan(wide.height);
  });
});
