import type { ValidationIssue } from '../../csv/issues';
import type { ComtradeRow } from './columns';
import { bilateralReporter, type Side } from './countries';
import { flowKind } from './flows';
import { settle, type Level, type ReporterYear, type Sums } from './settle';

/*
 * Adds up the Russia–DPRK rows of a UN Comtrade file as they stream in, per
 * reporter, year, frequency and commodity level; settle.ts then picks which of
 * them make each year's figure. Part-flows and breakdowns are counted and left
 * out as they come.
 */

export type ComtradeLeftOut = {
  /** Part-flows (re-exports and the like) by name: already within exports and imports. */
  partFlows: Map<string, number>;
  /** Flow codes this reader does not know, by code. */
  unknownFlows: Map<string, number>;
  /** Rows broken down by second partner, customs procedure or mode of transport. */
  breakdowns: number;
};

/** Empty, or the code meaning "all": partner2Code 0 (World), motCode 0, customsCode C00. */
const isAll = (code: string | undefined, all: string) =>
  code === undefined || code.trim() === '' || code.trim() === all;

function monthOf(row: ComtradeRow): number | null {
  const fromRefMonth = Number(row.refMonth);
  if (Number.isInteger(fromRefMonth) && fromRefMonth >= 1 && fromRefMonth <= 12) return fromRefMonth;
  const month = Number(/^\d{4}(\d{2})$/.exec(row.period?.trim() ?? '')?.[1]);
  return month >= 1 && month <= 12 ? month : null;
}

const increment = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

export function createComtradeTotals(file: string) {
  const groups = new Map<string, ReporterYear>();
  const reporters = new Map<Side, string>();
  /** The line of each row counted, by what makes it unique: a repeat would be counted twice. */
  const seen = new Map<string, number>();
  const leftOut: ComtradeLeftOut = { partFlows: new Map(), unknownFlows: new Map(), breakdowns: 0 };

  const refusal = (
    line: number,
    column: string,
    value: string | null,
    code: ValidationIssue['code'],
    message: string,
  ) => ({ file, line, column, columnNumber: null, value, code, message }) satisfies ValidationIssue;

  function sumsAt(side: Side, year: number, annual: boolean, level: Level): Sums {
    const key = `${side.iso}|${year}`;
    let group = groups.get(key);
    if (!group) {
      group = { side, reporter: reporters.get(side) ?? side.name, year, annual: new Map(), monthly: new Map() };
      groups.set(key, group);
    }
    const slot = annual ? group.annual : group.monthly;
    let sums = slot.get(level);
    if (!sums) {
      sums = { X: 0, M: 0, exportRows: 0, importRows: 0, months: new Set() };
      slot.set(level, sums);
    }
    return sums;
  }

  return {
    /** Adds one valid row of the file; rows of other pairs, part-flows and breakdowns are counted apart. */
    add(row: ComtradeRow, line: number): ValidationIssue | null {
      const side = bilateralReporter(
        { iso: row.reporterISO ?? '', code: row.reporterCode ?? '' },
        { iso: row.partnerISO ?? '', code: row.partnerCode ?? '' },
      );
      // The reader passes only Russia–DPRK rows (lib/upload/comtrade/reader.ts).
      if (!side) return null;
      if (!reporters.has(side)) reporters.set(side, row.reporterDesc?.trim() || side.name);
      const flow = flowKind(row.flowCode);
      if (flow.kind !== 'total') {
        if (flow.kind === 'part') increment(leftOut.partFlows, flow.name);
        else increment(leftOut.unknownFlows, row.flowCode.trim());
        return null;
      }
      if (!isAll(row.partner2Code, '0') || !isAll(row.motCode, '0') || !isAll(row.customsCode, 'C00')) {
        leftOut.breakdowns += 1;
        return null;
      }
      const month = row.freqCode === 'M' ? monthOf(row) : null;
      if (row.freqCode === 'M' && month === null) {
        return refusal(
          line,
          'refMonth',
          row.refMonth ?? null,
          'constraint-error',
          'A monthly row (freqCode M) needs its month: refMonth 1 to 12, or period as 201903. Download the file again, or correct the row.',
        );
      }
      const cmd = row.cmdCode.trim().toUpperCase();
      const key = `${side.iso}|${row.freqCode}|${row.refYear}|${month}|${flow.flow}|${cmd}`;
      const first = seen.get(key);
      if (first !== undefined) {
        return refusal(
          line,
          '',
          null,
          'unique-error',
          `This row repeats line ${first} (the same reporter, partner, period, flow and commodity): delete one of the two, or download the file again.`,
        );
      }
      seen.set(key, line);
      const sums = sumsAt(side, row.refYear, row.freqCode === 'A', cmd === 'TOTAL' ? 'TOTAL' : String(cmd.length));
      if (flow.flow === 'X') {
        sums.X += row.primaryValue;
        sums.exportRows += 1;
      } else {
        sums.M += row.primaryValue;
        sums.importRows += 1;
      }
      if (month !== null) sums.months.add(month);
      return null;
    },
    leftOut,
    /** The figures and how they were settled (settle.ts); the groups are not changed, so it may be asked again. */
    settle: () => settle(groups.values()),
    /** The reporters of the rows read, as the file names them. */
    reporters: (): string[] => [...reporters.values()],
  };
}
