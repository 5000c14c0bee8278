import { describe, expect, it } from 'vitest';
import { afterTargetYear } from './after-target';
import { buildDataset } from './build';
import { plainText } from './cited-text';
import { DATA_HEADERS, SMALL_DATASET_FILES } from './fixtures/small-dataset';
import { readDataset } from './load';

/* "After the target year": sentences a reader can quote, every number from data/. */

describe('after the target year, in data/', () => {
  const story = () => {
    const result = afterTargetYear(readDataset().dataset);
    if (!result) throw new Error('no story');
    return result;
  };

  it('tells 2020 against both targets, the 2021 collapse, the empty 2022, and 2023 and 2024 by their kind', () => {
    const { targetYear, years, closing } = story();
    expect(targetYear).toBe(2020);
    expect(years.map((y) => plainText(y.text))).toEqual([
      'In 2020, the year the targets were set for, trade came to US$42.74\u00A0m by Russian customs service figures (TASS, 19 February 2021): 4.3\u00A0% of the original target of US$1\u00A0bn and 8.5\u00A0% of the revised target of US$500\u00A0m.',
      'In 2021, by Russian customs service figures, trade collapsed to US$40,469, 99.9\u00A0% less than in 2020 (onecorea.com, 8 March 2022); another report of the same figures gives US$40,569 (Newspim, 8 March 2022).',
      'For 2022 no report here gives a total: the trajectory chart leaves the year empty.',
      'For 2023 the only figure is a statement (Kremlin): US$34.4\u00A0m (TASS, 17 June 2024).',
      'For 2024 the only figure is an estimate (Russian Association of Exporters and Importers): US$34\u00A0m (KBS World).',
    ]);
    expect(closing).toBe(
      'The latest figure, US$34\u00A0m for 2024, is 3.4\u00A0% of the original target of US$1\u00A0bn and 6.8\u00A0% of the revised target of US$500\u00A0m that were set for 2020.',
    );
  });

  it('frames them with the events after 2020, oldest first', () => {
    expect(story().events.map((e) => e.date)).toEqual([
      '2023-09-13',
      '2023-11-16',
      '2024-06',
      '2024-06-19',
      '2024-12-04',
      '2025-04-30',
    ]);
  });
});

describe('after the target year, from any data', () => {
  const withTrade = (...rows: string[]) => {
    const { dataset, issues } = buildDataset({
      ...SMALL_DATASET_FILES,
      'trade.csv': [DATA_HEADERS['trade.csv'], ...rows].join('\n'),
    });
    expect(issues).toEqual([]);
    return afterTargetYear(dataset);
  };
  const article = '2015,84000000,article,reported,KOTRA,,cgtn-2019-04-23,q,';

  it('says a rise as a rise, with its percentage, and follows a changed figure', () => {
    const story = withTrade(
      article,
      '2020,40000000,context,reported,Customs,,tass-2021-02-19,q,',
      '2021,50000000,context,reported,Customs,,tass-2021-02-19,q,',
    );
    expect(plainText(story?.years[1]?.text ?? [])).toBe(
      'In 2021, by Customs figures, trade rose to US$50\u00A0m, 25.0\u00A0% more than in 2020 (TASS, 19 February 2021).',
    );
    expect(story?.closing).toContain('5.0\u00A0% of the original target');
  });

  it('has nothing to tell where no figure reaches the target year', () => {
    expect(withTrade(article)).toBeNull();
  });
});
