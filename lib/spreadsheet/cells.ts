import type { Cell } from 'write-excel-file/universal';
import { FORMULA_TRIGGER, type CsvCell, type CsvRow } from '../csv/write';
import type { ColumnKind } from './columns';

/*
 * One value of a table as a spreadsheet cell. Tables reach us either as typed
 * rows or as the text of a CSV we wrote (lib/spreadsheet/csv-table.ts), so a
 * number may come as "84000000": it becomes a number only where the column holds
 * numbers and the text is one; anything else stays the text it was, so a value
 * is never lost or changed.
 */

/** Number formats as Excel and LibreOffice write them. */
export const NUMBER_FORMATS = {
  usd: '"US$"#,##0',
  year: '0',
  count: '0',
  ratio: '0.0%',
  date: 'yyyy-mm-dd',
} as const;

const NUMBER = /^-?\d+(\.\d+)?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function asNumber(value: CsvCell): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return typeof value === 'string' && NUMBER.test(value) ? Number(value) : undefined;
}

/** The same neutralising as the CSV writer: text a spreadsheet would run as a formula gets an apostrophe. */
export function safeText(value: string): string {
  return FORMULA_TRIGGER.test(value) ? `'${value}` : value;
}

function textCell(value: CsvCell): Cell {
  if (value === null || value === undefined || value === '') return null;
  return { value: safeText(String(value)), type: String };
}

function numberCell(value: CsvCell, format: string): Cell {
  const number = asNumber(value);
  return number === undefined ? textCell(value) : { value: number, type: Number, format };
}

/** A ratio-like unit ("ratio", "ratio per year") is shown as a percentage; "US$" as an amount. */
function formatOfUnit(unit: CsvCell): string | undefined {
  if (unit === 'US$') return NUMBER_FORMATS.usd;
  if (typeof unit === 'string' && unit.startsWith('ratio')) return NUMBER_FORMATS.ratio;
  return undefined;
}

export function spreadsheetCell(kind: ColumnKind, value: CsvCell, row: CsvRow): Cell {
  switch (kind) {
    case 'text':
    case 'partial-date':
      // A date known only to the year or month ("2019-05") has no spreadsheet date: it stays as written.
      return textCell(value);
    case 'usd':
    case 'year':
    case 'count':
    case 'ratio':
      return numberCell(value, NUMBER_FORMATS[kind]);
    case 'by-unit': {
      const format = formatOfUnit(row.unit);
      return format ? numberCell(value, format) : textCell(value);
    }
    case 'date':
      // A calendar day, at midnight UTC, which is how the spreadsheet writer counts days.
      return typeof value === 'string' && DAY.test(value)
        ? { value: new Date(`${value}T00:00:00Z`), type: Date, format: NUMBER_FORMATS.date }
        : textCell(value);
    case 'boolean':
      if (value === true || value === 'true') return { value: true, type: Boolean };
      if (value === false || value === 'false') return { value: false, type: Boolean };
      return textCell(value);
  }
}
