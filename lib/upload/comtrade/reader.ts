import { lineIssue } from '../../csv/issues';
import { createLineCounter } from '../../csv/line-counter';
import { createRowValidator } from '../../csv/row-validator';
import { MAX_REPORTED_ISSUES, type UploadReport } from '../report';
import type { Newline } from '../sniff';
import { comtradeTable } from './columns';
import { bilateralReporter } from './countries';
import { comtradeNotes, NO_BILATERAL_ROWS } from './notes';
import { createComtradeTotals } from './totals';

/** A UN Comtrade file read: the report, what was done with the rows, and how many were left out by rule. */
export type ComtradeResult = { report: UploadReport; notes: string[]; leftOutRowCount: number };

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');
const at = (cells: readonly string[], position: number | undefined) =>
  position !== undefined && position >= 0 ? (cells[position] ?? '') : '';

/**
 * Reads a UN Comtrade file record by record as papaparse streams it. Rows of
 * other reporter–partner pairs (most of a world download) are counted and passed
 * over before any check; Russia–DPRK rows are checked by zod (columns.ts) and
 * added up (totals.ts). Line numbers, blank rows and the issue cap are as for
 * any upload (lib/csv/row-validator.ts).
 */
export function createComtradeReader(fileName: string, newline: Newline = '\n', maxIssues = MAX_REPORTED_ISSUES) {
  const lineOf = createLineCounter(newline);
  const totals = createComtradeTotals(fileName);
  const validator = createRowValidator(fileName, comtradeTable, totals.add, maxIssues);
  const position = (column: string) => validator.header?.positions[comtradeTable.columns.indexOf(column)];
  let otherRows = 0;

  function isBilateral(cells: readonly string[]): boolean {
    return (
      bilateralReporter(
        { iso: at(cells, position('reporterISO')), code: at(cells, position('reporterCode')) },
        { iso: at(cells, position('partnerISO')), code: at(cells, position('partnerCode')) },
      ) !== null
    );
  }

  return {
    push(cells: string[]): void {
      const line = lineOf(cells);
      if (validator.header !== null && !isBlank(cells) && !isBilateral(cells)) {
        otherRows += 1;
        return;
      }
      validator.push(line, cells);
    },
    pushMalformed(cells: string[], message: string): void {
      validator.pushMalformed(lineOf(cells), message);
    },
    finish(): ComtradeResult {
      const summary = validator.finish();
      const settled = totals.settle();
      const issues = [...summary.issues];
      let issueCount = summary.issueCount;
      // A header read, and no row of this trade: say what to download instead.
      if (validator.header !== null && summary.rowCount === 0) {
        issues.push(lineIssue(fileName, 2, 'constraint-error', NO_BILATERAL_ROWS));
        issueCount += 1;
      }
      const rowCount = summary.rowCount + otherRows;
      const leftOutRowCount = rowCount - settled.usedRows - summary.rejectedRowCount;
      const report: UploadReport = {
        fileName,
        rowCount,
        acceptedRowCount: settled.usedRows,
        rejectedRowCount: summary.rejectedRowCount,
        issueCount,
        issues,
        figures: settled.figures,
        // Forty-odd columns are not needed (descriptions, quantities, flags): listing them would only alarm.
        ignoredColumns: [],
        skippedBlankRows: summary.skippedBlankRows,
      };
      const notes = comtradeNotes({ reporters: totals.reporters(), otherRows, leftOut: totals.leftOut, settled });
      return { report, notes, leftOutRowCount };
    },
  };
}
