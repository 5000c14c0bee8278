import type { FileHead } from '../sniff';
import type { ColumnMapping } from './mapping';
import { readAmount, type NumberFormat, type Unit } from './numbers';
import { readPeriod } from './period';

/*
 * A first answer to "which column is which", filled into the mapping step for the
 * reader to check: from the labels (in English, Russian or Korean) and from what
 * the first rows hold. The number format is suggested only on unambiguous
 * evidence (a space between digit groups, or both marks in one number): 40,469
 * alone could be either, and stays for the reader to choose.
 */

/** A mapping being made: the publisher's name may still be empty. */
export type MappingDraft = ColumnMapping;

const PERIOD_LABEL = /year|period|date|month|год|период|дата|месяц|연도|년도|기간|날짜|월/iu;
const VALUE_LABEL = /value|usd|amount|total|turnover|trade|стоимост|сумм|объ[её]м|оборот|долл|금액|가액|달러|교역/iu;
const PUBLISHER_LABEL = /publisher|source|reporter|источник|издател|출처|기관/iu;
const THOUSANDS = /thousand|\bk\b|тыс|천/iu;
const MILLIONS = /million|\bmn\b|млн|백만/iu;

const cellsOf = (head: FileHead, column: number) => head.rows.map((row) => row.cells[column] ?? '');

function numberFormatOf(cells: readonly string[]): NumberFormat {
  for (const cell of cells) {
    const text = cell.trim();
    if (/\d[ \u00a0\u202f]\d{3}/u.test(text)) return 'ru';
    const point = text.lastIndexOf('.');
    const comma = text.lastIndexOf(',');
    if (point >= 0 && comma >= 0) return point > comma ? 'en' : 'de';
    // A comma with one or two digits after it can only be a decimal comma.
    if (comma >= 0 && point < 0 && /,\d{1,2}$/.test(text)) return 'ru';
  }
  return 'plain';
}

function unitOf(text: string): Unit {
  if (MILLIONS.test(text)) return 'million';
  if (THOUSANDS.test(text)) return 'thousand';
  return 'usd';
}

/** The first column whose label fits, else the first whose cells all read as wanted, else `fallback`. */
function pick(
  head: FileHead,
  label: RegExp,
  reads: (cell: string, column: readonly string[]) => boolean,
  skip: number[],
  fallback: number,
): number {
  const columns = head.labels.map((_, index) => index).filter((index) => !skip.includes(index));
  const byLabel = columns.find((index) => label.test(head.labels[index] ?? ''));
  if (byLabel !== undefined) return byLabel;
  const byCells = columns.find((index) => {
    const cells = cellsOf(head, index);
    return cells.length > 0 && cells.every((cell) => reads(cell, cells));
  });
  return byCells ?? fallback;
}

export function suggestMapping(head: FileHead): MappingDraft {
  const period = pick(head, PERIOD_LABEL, (cell) => readPeriod(cell).ok, [], 0);
  const value = pick(
    head,
    VALUE_LABEL,
    (cell, column) => readAmount(cell, numberFormatOf(column), 'thousand').ok,
    [period],
    period === 0 ? 1 : 0,
  );
  const publisherColumn = head.labels.findIndex(
    (label, index) => index !== period && index !== value && PUBLISHER_LABEL.test(label),
  );
  return {
    period,
    value,
    unit: unitOf(`${head.labels[value] ?? ''} ${head.labels.join(' ')}`),
    numbers: numberFormatOf(cellsOf(head, value)),
    publisher: publisherColumn >= 0 ? { column: publisherColumn } : { name: '' },
  };
}
