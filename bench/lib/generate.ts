// The files `npm run bench` reads: valid upload CSVs generated in memory, about 56 bytes a row.
import { YEAR_RANGE } from '../../lib/csv/cells';
import { LATEST_YEAR } from '../../lib/upload/schema';

const PUBLISHERS = ['Russian customs service', 'KOTRA', 'International Trade Centre', 'Kremlin', 'Rosstat'];
/**
 * Months from 1950 to this year (uploads are refused past the current year):
 * each publisher-and-number gets them all once, so keys never repeat.
 */
const MONTHS_PER_PUBLISHER = (LATEST_YEAR - YEAR_RANGE.min + 1) * 12;

/** A valid upload of `rows` monthly rows: realistic cells, source on half the rows, a note on a fifth. */
export function generateCsv(rows: number): string {
  const lines: string[] = ['year,value_usd,publisher,source,note'];
  for (let i = 0; i < rows; i += 1) {
    const group = Math.floor(i / MONTHS_PER_PUBLISHER);
    const within = i % MONTHS_PER_PUBLISHER;
    const year = YEAR_RANGE.min + Math.floor(within / 12);
    const month = String((within % 12) + 1).padStart(2, '0');
    const publisher = `${PUBLISHERS[group % PUBLISHERS.length] ?? 'KOTRA'} ${group}`;
    const value = 1_000_000 + ((i * 7919) % 90_000_000);
    const source = i % 2 === 0 ? `https://example.org/source/${i % 1000}` : '';
    const note = i % 5 === 0 ? 'Some note text here' : '';
    lines.push(`${year}-${month},${value},${publisher},${source},${note}`);
  }
  return `${lines.join('\n')}\n`;
}
