import { describe, expect, it } from 'vitest';
import type { UserDataset } from '../../upload/user-data';
import { chartDataset } from '../fixtures/chart-dataset';
import { trajectoryModel } from './model';
import { gapYears, userDataSentence } from './user-words';

const user = (years: number[]): UserDataset => ({
  fileName: 'mine.csv',
  loadedAt: '',
  rowCount: years.length,
  figures: years.map((year) => ({ year, value_usd: 1, publisher: 'Customs', months: 0 })),
});

describe('what the trajectory says of the reader’s data', () => {
  it('finds the years between published figures that have none', () => {
    expect(gapYears(trajectoryModel(chartDataset(), 'context'))).toEqual([2016, 2017, 2022]);
    // The article has one figure: nothing lies between.
    expect(gapYears(trajectoryModel(chartDataset(), 'article'))).toEqual([]);
  });

  it('names the file, the count and the years, and the gaps it fills', () => {
    const gaps = gapYears(trajectoryModel(chartDataset(), 'context'));
    expect(userDataSentence(user([2016, 2017, 2021]), gaps)).toBe(
      'Also drawn, your data from mine.csv (not verified by us): 3 yearly figures, 2016–2021, including 2016 and 2017, which the published figures leave empty.',
    );
    expect(userDataSentence(user([2021]), gaps)).toBe(
      'Also drawn, your data from mine.csv (not verified by us): 1 yearly figure, 2021.',
    );
  });
});
