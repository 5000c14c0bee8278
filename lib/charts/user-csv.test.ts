import { describe, it, expect } from 'vitest';
import { userDataCsv } from '../upload/user-csv';
import { chartCsvWithUserData } from './user-csv';
import type { UserDataset } from '../upload/user-data';

const user: UserDataset = {
  fileName: 'mine.csv',
  loadedAt: '2026-11-29T00:00:00.000Z',
  rowCount: 4,
  figures: [
    {
      year: 2019,
      value_usd: 47900000,
      publisher: 'ITC',
      months: 0,
      source: 'https://example.org/itc',
      note: undefined,
    },
    { year: 2020, value_usd: 3000000, publisher: '=HYPERLINK("x")', months: 2, source: undefined, note: '@note' },
  ],
};

describe('userDataCsv', () => {
  it('writes one type per column: kind says total or months, months is a whole number', () => {
    expect(userDataCsv(user)).toBe(
      'year,value_usd,publisher,kind,months,source,note,file\r\n' +
        '2019,47900000,ITC,yearly total,0,https://example.org/itc,,mine.csv\r\n' +
        `2020,3000000,"'=HYPERLINK(""x"")",months added up,2,,"'@note",mine.csv\r\n`,
    );
  });
});

describe('chartCsvWithUserData', () => {
  const published =
    'year,value_usd,basis,kind,bar,detail\r\n2015,84000000,article,actual,Actual 2015,KOTRA\r\n2020,500000000,target,target,Revised target,set in 2015\r\n';

  it('adds only the figures of target years to the bars CSV, neutralised, after the published rows', () => {
    const csv = chartCsvWithUserData('target-vs-actual', published, user);
    expect(csv.split('\r\n')).toEqual([
      'year,value_usd,basis,kind,bar,detail',
      '2015,84000000,article,actual,Actual 2015,KOTRA',
      '2020,500000000,target,target,Revised target,set in 2015',
      `2020,3000000,user,actual,Your data 2020,"'=HYPERLINK(""x"") · 2 of 12 months"`,
      '',
    ]);
  });

  it('adds every figure to the trajectory CSV and none to the others', () => {
    expect(chartCsvWithUserData('trajectory', published, user).trim().split('\r\n')).toHaveLength(5);
    expect(chartCsvWithUserData('attainment', published, user).trim().split('\r\n')).toHaveLength(3);
  });
});
