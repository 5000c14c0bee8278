import type { UserFigure } from '../user-data';
import { RUSSIA, type Side } from './countries';

/*
 * Which of a reporter-year's rows make its figure, settled once every row is in:
 * - annual rows when there are any, else the months (UN Comtrade's annual totals
 *   can differ from the sum of its months, so the two are never mixed);
 * - the TOTAL commodity rows when there are any, else the sum of the coarsest
 *   commodity codes present (a 4-digit heading is part of its 2-digit chapter,
 *   so adding both would count it twice).
 */

/** A commodity level: 'TOTAL', or the length of the commodity codes ('2' for HS chapters). */
export type Level = string;
/** Cents of exports and imports at one level, with their row counts and the months they cover. */
export type Sums = { X: number; M: number; exportRows: number; importRows: number; months: Set<number> };
export type ReporterYear = {
  side: Side;
  reporter: string;
  year: number;
  annual: Map<Level, Sums>;
  monthly: Map<Level, Sums>;
};

export type Settled = {
  figures: UserFigure[];
  /** Rows that went into the figures. */
  usedRows: number;
  /** Commodity rows left out because a TOTAL row or a coarser code counts them. */
  finerCommodityRows: number;
  /** Monthly rows left out for a year the file also gives as annual. */
  monthsOfAnnualYears: number;
  /** Figures made by adding up commodity rows, and the code lengths they used. */
  summedFigures: number;
  summedLevels: number[];
};

const rowsOf = (sums: Sums) => sums.exportRows + sums.importRows;
const rowsIn = (slot: Map<Level, Sums>) => [...slot.values()].reduce((total, sums) => total + rowsOf(sums), 0);
const dollars = (cents: number) => Math.round(cents / 100);

function levelOf(slot: Map<Level, Sums>): Level {
  if (slot.has('TOTAL')) return 'TOTAL';
  return [...slot.keys()].sort((a, b) => Number(a) - Number(b))[0] ?? 'TOTAL';
}

function noteOf(level: Level, sums: Sums): string | undefined {
  const notes: string[] = [];
  if (level !== 'TOTAL')
    notes.push(
      `Sum of ${rowsOf(sums)} commodity rows (${level}-digit codes): the file has no TOTAL row for this year.`,
    );
  if (sums.exportRows === 0) notes.push('The file has no export rows for this year: the figure is imports only.');
  if (sums.importRows === 0) notes.push('The file has no import rows for this year: the figure is exports only.');
  return notes.length > 0 ? notes.join(' ') : undefined;
}

export function settle(groups: Iterable<ReporterYear>): Settled {
  const settled: Settled = {
    figures: [],
    usedRows: 0,
    finerCommodityRows: 0,
    monthsOfAnnualYears: 0,
    summedFigures: 0,
    summedLevels: [],
  };
  const levels = new Set<number>();
  // By year, then Russia's report before the DPRK's.
  const ordered = [...groups].sort((a, b) => a.year - b.year || Number(b.side === RUSSIA) - Number(a.side === RUSSIA));
  for (const group of ordered) {
    const annual = group.annual.size > 0;
    const slot = annual ? group.annual : group.monthly;
    if (annual) settled.monthsOfAnnualYears += rowsIn(group.monthly);
    const level = levelOf(slot);
    const sums = slot.get(level);
    if (!sums) continue;
    settled.usedRows += rowsOf(sums);
    settled.finerCommodityRows += rowsIn(slot) - rowsOf(sums);
    if (level !== 'TOTAL') {
      settled.summedFigures += 1;
      levels.add(Number(level));
    }
    const exports = dollars(sums.X);
    const imports = dollars(sums.M);
    settled.figures.push({
      year: group.year,
      // The two as shown, so that the table's columns add up to the figure.
      value_usd: exports + imports,
      exports_usd: exports,
      imports_usd: imports,
      publisher: `UN Comtrade (reported by ${group.reporter})`,
      months: annual ? 0 : sums.months.size,
      note: noteOf(level, sums),
    });
  }
  settled.summedLevels = [...levels].sort((a, b) => a - b);
  return settled;
}
