// The UN Comtrade-shaped file `npm run bench` reads: 47 columns as the API and download write
// them, about 300 bytes a row, half of them Russia–DPRK trade and half other pairs.
import { SAMPLE_COUNTRIES as C, COMTRADE_HEADER, sampleCells, type SampleRow } from '../../lib/upload/comtrade/sample';

/** Each pair both ways a download for these reporters holds: Russia's and the DPRK's reports, and two others. */
const PAIRS = [
  [C.RUS, C.PRK],
  [C.PRK, C.RUS],
  [C.RUS, C.CHN],
  [C.CHN, C.PRK],
] as const;
const FLOWS = ['X', 'M'];
const YEARS = Array.from({ length: 10 }, (_, i) => 2015 + i);
/** HS chapters 01–97, then 4-digit headings: a monthly download by commodity. */
const COMMODITIES = [
  ...Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, '0')),
  ...Array.from(
    { length: 120 },
    (_, i) => `${String((i % 97) + 1).padStart(2, '0')}${String(Math.floor(i / 97) + 1).padStart(2, '0')}`,
  ),
];

/** A valid monthly Comtrade file of `rows` distinct rows, with amounts in cents. */
export function generateComtradeCsv(rows: number): string {
  const lines: string[] = [COMTRADE_HEADER.join(',')];
  outer: for (const cmd of COMMODITIES)
    for (const year of YEARS)
      for (let month = 1; month <= 12; month += 1)
        for (const flow of FLOWS)
          for (const [reporter, partner] of PAIRS) {
            if (lines.length > rows) break outer;
            const n = lines.length;
            const cents = 10_000 + ((n * 7919) % 900_000_000);
            const row: SampleRow = {
              reporter,
              partner,
              flow,
              year,
              month,
              cmd,
              value: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`,
            };
            // Descriptions with commas are quoted, as Comtrade's CSV quotes them.
            lines.push(
              sampleCells(row)
                .map((cell) => (cell.includes(',') ? `"${cell}"` : cell))
                .join(','),
            );
          }
  return `${lines.join('\n')}\n`;
}
