import { describeAmount } from '../../csv/cells';
import type { IssueCode } from '../../csv/issues';
import { decimalValue, scaleDecimal, type DecimalDigits } from '../decimal';

/*
 * Amounts in a file whose columns the reader mapped: in the unit they chose
 * (dollars, thousands, millions) and written the way they chose. With no way
 * chosen ('plain'), separators are as ambiguous as ever (40,469 could be forty
 * thousand or forty) and are refused with the template's own message; once a
 * way is chosen, 40 469, 40,469, 40.469 and 1 234,5 are read in it.
 */

export const NUMBER_FORMATS = ['plain', 'en', 'ru', 'de'] as const;
export type NumberFormat = (typeof NUMBER_FORMATS)[number];

export const UNITS = ['usd', 'thousand', 'million'] as const;
export type Unit = (typeof UNITS)[number];

/** Powers of ten from the unit to dollars. */
export const UNIT_POWER: Record<Unit, number> = { usd: 0, thousand: 3, million: 6 };

/** Spaces that group thousands: the plain one, the no-break space (Excel in Russian) and the narrow one (Intl). */
const GROUP_SPACE = '[ \\u00a0\\u202f]';
/** Each way of writing: grouped with one mark, or not grouped at all; then the decimal mark and digits. */
const FORMATS: Record<Exclude<NumberFormat, 'plain'>, { pattern: RegExp; group: RegExp; decimal: string }> = {
  en: { pattern: /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/, group: /,/g, decimal: '.' },
  ru: {
    pattern: new RegExp(`^(?:\\d{1,3}(?:${GROUP_SPACE}\\d{3})+|\\d+)(?:,\\d+)?$`),
    group: /[ \u00a0\u202f]/g,
    decimal: ',',
  },
  de: { pattern: /^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/, group: /\./g, decimal: ',' },
};

/** One number written each way, for the reader to recognise their file's. */
export const NUMBER_FORMAT_EXAMPLES: Record<NumberFormat, string> = {
  plain: '1234567',
  en: '1,234,567.8',
  // No-break spaces, as Excel in Russian writes them: the example never wraps.
  ru: '1\u00a0234\u00a0567,8',
  de: '1.234.567,8',
};

/** How each way is shown to the reader: the example, and in words. */
export const NUMBER_FORMAT_LABELS: Record<NumberFormat, string> = {
  plain: `Digits only (${NUMBER_FORMAT_EXAMPLES.plain})`,
  en: `${NUMBER_FORMAT_EXAMPLES.en} (comma groups, point decimals)`,
  ru: `${NUMBER_FORMAT_EXAMPLES.ru} (space groups, comma decimals)`,
  de: `${NUMBER_FORMAT_EXAMPLES.de} (point groups, comma decimals)`,
};

export type AmountRead = { ok: true; usd: number; asRead: number } | { ok: false; code: IssueCode; message: string };

const refused = (code: IssueCode, message: string): AmountRead => ({ ok: false, code, message });
const CHOOSE = 'If the file writes numbers with separators or decimals, choose how under Numbers and read it again.';

function digitsOf(text: string, format: NumberFormat): DecimalDigits | null {
  if (format === 'plain') {
    // Digits, and in thousands or millions a decimal point that cannot be a group mark (not three digits after it).
    const match = /^(\d+)(?:\.(\d{1,2}|\d{4,}))?$/.exec(text);
    return match ? { whole: match[1] ?? '', fraction: match[2] ?? '' } : null;
  }
  const { pattern, group, decimal } = FORMATS[format];
  if (!pattern.test(text)) return null;
  const [whole = '', fraction = ''] = text.replace(group, '').split(decimal);
  return { whole, fraction };
}

/** A cell of the value column: its amount in whole US dollars (rounded to the dollar), and as the file gives it. */
export function readAmount(cell: string, format: NumberFormat, unit: Unit): AmountRead {
  // A spreadsheet pads numbers in some locales; only the digits matter once a way is chosen.
  const text = format === 'plain' ? cell : cell.trim();
  if (text.trim() === '') return refused('constraint-error', 'The cell is empty: this column needs a value.');
  if (/^[-−]/.test(text.trim()))
    return refused('constraint-error', `'${cell}' is negative: trade values are zero or more.`);
  const digits = format === 'plain' && unit === 'usd' && !/^\d+$/.test(text) ? null : digitsOf(text, format);
  if (!digits) {
    return format === 'plain'
      ? refused('type-error', `${describeAmount(cell)} ${CHOOSE}`)
      : refused(
          'type-error',
          `'${cell}' is not a number written as ${NUMBER_FORMAT_EXAMPLES[format]}: write digits with that grouping and decimal mark only (no currency or unit), or choose another way under Numbers.`,
        );
  }
  const usd = scaleDecimal(digits, UNIT_POWER[unit]);
  if (usd === null) return refused('constraint-error', `'${cell}' is too large to be a trade value.`);
  return { ok: true, usd, asRead: decimalValue(digits) };
}
