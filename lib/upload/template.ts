import { writeCsv } from '../csv/write';

/** The template users can download: the header and two example rows, through our one CSV writer. */
export function uploadTemplateCsv(): string {
  return writeCsv(
    ['year', 'value_usd', 'publisher', 'source', 'note'],
    [
      {
        year: '2021',
        value_usd: 12345678,
        publisher: 'Example publisher',
        source: 'https://example.org/your-source',
        note: 'Example row: a yearly total. Replace with your figures.',
      },
      {
        year: '2022-03',
        value_usd: 1234567,
        publisher: 'Example publisher',
        source: 'https://example.org/your-source',
        note: 'Example row: one month. Months of a year are added up.',
      },
    ],
  );
}
