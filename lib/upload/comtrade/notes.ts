import { formatCount } from '../../format';
import { DPRK, RUSSIA } from './countries';
import type { Settled } from './settle';
import type { ComtradeLeftOut } from './totals';

/*
 * What was done with a UN Comtrade file, in sentences for the report: how each
 * year's figure was made, and every kind of row left out with its count.
 */

export type ComtradeReading = {
  reporters: readonly string[];
  /** Rows for other reporters or partners, passed over by the reader. */
  otherRows: number;
  leftOut: ComtradeLeftOut;
  settled: Settled;
};

const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, n) => sum + n, 0);
const list = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
/** "3 rows for other partners were left out": the count, what the rows are, and the verb agreeing with it. */
const rows = (n: number, what: string, verb = 'left out', row = 'row') =>
  `${formatCount(n, row, `${row}s`)}${what} ${n === 1 ? 'was' : 'were'} ${verb}`;

function seriesSentence(reporters: readonly string[]): string {
  const series = list(reporters.map((name) => `“UN Comtrade (reported by ${name})”`));
  return reporters.length > 1
    ? `Each reporter's figures are a series of their own, ${series}: what one country reports of this trade (and its partner's report, mirror data) are never added together.`
    : `The figures are one series, ${series}.`;
}

function commoditySentences({ settled }: ComtradeReading): string[] {
  const sentences: string[] = [];
  const figures = settled.figures.length;
  const levels = list(settled.summedLevels.map(String));
  if (settled.summedFigures > 0 && settled.summedFigures === figures)
    sentences.push(`The file has no TOTAL rows: each year is the sum of its commodity rows (${levels}-digit codes).`);
  else if (settled.summedFigures > 0)
    sentences.push(
      `${formatCount(settled.summedFigures, 'yearly figure is', 'yearly figures are')} the sum of commodity rows (${levels}-digit codes), as the file has no TOTAL row for them; the others use TOTAL.`,
    );
  if (settled.finerCommodityRows > 0)
    sentences.push(
      `${rows(settled.finerCommodityRows, '', 'left out', 'commodity row')}: ${settled.summedFigures === 0 ? 'the TOTAL rows (all commodities) already count them' : 'a TOTAL row or the coarser codes added up already count them'}.`,
    );
  return sentences;
}

export function comtradeNotes(reading: ComtradeReading): string[] {
  const { reporters, otherRows, leftOut, settled } = reading;
  const notes = [
    'Read as a UN Comtrade file: each year is exports (X) plus imports (M), both listed in the table and its CSV.',
  ];
  if (reporters.length > 0) notes.push(seriesSentence(reporters));
  const parts = total(leftOut.partFlows);
  if (parts > 0)
    notes.push(
      `${rows(parts, ` of ${list([...leftOut.partFlows.keys()])}`, 'not added')}: UN Comtrade counts these within exports (X) and imports (M) already.`,
    );
  const unknown = total(leftOut.unknownFlows);
  if (unknown > 0)
    notes.push(
      `${rows(unknown, ` of other flows (${list([...leftOut.unknownFlows.keys()])})`)}: only exports (X) and imports (M) are added.`,
    );
  if (otherRows > 0)
    notes.push(
      `${rows(otherRows, ' for other reporters or partners')}: only Russia (${RUSSIA.iso}, ${RUSSIA.code}) reporting the DPRK (${DPRK.iso}, ${DPRK.code}) as partner, and the DPRK reporting Russia, are read.`,
    );
  if (leftOut.breakdowns > 0)
    notes.push(
      `${rows(leftOut.breakdowns, ' broken down by second partner, customs procedure or mode of transport')}: the rows for all of them already count them.`,
    );
  notes.push(...commoditySentences(reading));
  if (settled.monthsOfAnnualYears > 0)
    notes.push(
      `${rows(settled.monthsOfAnnualYears, ' for years the file also gives as a whole', 'left out', 'monthly row')}: the annual figures are used, as UN Comtrade's annual totals can differ from the sum of its months.`,
    );
  return notes;
}

/** Said when a UN Comtrade file holds no row of this trade at all. */
export const NO_BILATERAL_ROWS = `The file has no rows of Russia–DPRK trade: in UN Comtrade, choose Russian Federation (${RUSSIA.iso}) as reporter and Dem. People's Rep. of Korea (${DPRK.iso}) as partner, or the other way round, and download it again.`;
