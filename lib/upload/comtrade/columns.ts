import { optionalTextCell, textCell, YEAR_RANGE } from '../../csv/cells';
import { tableSchema } from '../../csv/table-schema';
import { z } from '../../csv/zod';
import { scaleDecimal } from '../decimal';
import { LATEST_YEAR } from '../schema';

/*
 * The columns of a UN Comtrade file this reader uses, of the 47 the current API
 * and download write (typeCode, freqCode, refPeriodId, refYear, refMonth, period,
 * reporterCode, reporterISO, reporterDesc, flowCode, …, cmdCode, cmdDesc, …,
 * cifvalue, fobvalue, primaryValue, …), in any order. Labels match whatever their
 * case and punctuation. The others are not needed: descriptions, quantities,
 * weights and flags.
 */

const issue = (code: string) => ({ params: { code }, abort: true });

const frequencyCell = z
  .string()
  .transform((v) => v.trim().toUpperCase())
  .refine((v) => v === 'A' || v === 'M', {
    error: (i) => `'${String(i.input)}' is not a UN Comtrade frequency: A (annual) or M (monthly) is expected.`,
    ...issue('constraint-error'),
  })
  .transform((v) => v as 'A' | 'M');

const refYearCell = z
  .string()
  .refine((v) => /^\d{4}$/.test(v.trim()), {
    error: (i) => `'${String(i.input)}' is not a year: UN Comtrade writes refYear as four digits (2019).`,
    ...issue('type-error'),
  })
  .transform((v) => Number(v.trim()))
  .refine((v) => v >= YEAR_RANGE.min && v <= LATEST_YEAR, {
    error: (i) =>
      `'${String(i.input)}' is outside the plausible range ${YEAR_RANGE.min}–${LATEST_YEAR}: check the year.`,
    ...issue('constraint-error'),
  });

const DECIMAL = /^(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
/** primaryValue in US dollars, as whole cents: UN Comtrade gives decimals, and pandas may write 4.3E7. */
const dollarsInCents = z.string().transform((cell, ctx) => {
  const match = DECIMAL.exec(cell.trim());
  const cents = match
    ? scaleDecimal({ whole: match[1] ?? '', fraction: match[2] ?? '' }, 2 + Number(match[3] ?? 0))
    : null;
  if (cents !== null) return cents;
  const empty = cell.trim() === '';
  ctx.issues.push({
    code: 'custom',
    input: cell,
    params: { code: empty ? 'constraint-error' : 'type-error' },
    message: empty
      ? 'The cell is empty: a UN Comtrade row needs its primaryValue (US dollars). Download the file again, or delete the row.'
      : `'${cell}' is not an amount in US dollars: UN Comtrade writes primaryValue as digits with a decimal point (43891234.57). Download the file again, or correct the cell.`,
  });
  return z.NEVER;
});

export const comtradeRowSchema = z.object({
  freqCode: frequencyCell,
  refYear: refYearCell,
  refMonth: optionalTextCell,
  period: optionalTextCell,
  reporterCode: optionalTextCell,
  reporterISO: optionalTextCell,
  reporterDesc: optionalTextCell,
  partnerCode: optionalTextCell,
  partnerISO: optionalTextCell,
  partner2Code: optionalTextCell,
  flowCode: textCell,
  cmdCode: textCell,
  customsCode: optionalTextCell,
  motCode: optionalTextCell,
  primaryValue: dollarsInCents,
});
export type ComtradeRow = z.infer<typeof comtradeRowSchema>;

/** Columns a file needs: without them no figure can be made. */
export const REQUIRED_COLUMNS = ['freqCode', 'refYear', 'flowCode', 'cmdCode', 'primaryValue'] as const;
/** One column of each pair is needed to know who reports and who is the partner. */
export const EITHER_COLUMNS = [
  ['reporterISO', 'reporterCode'],
  ['partnerISO', 'partnerCode'],
] as const;

export const comtradeTable = tableSchema(comtradeRowSchema, [], {
  optionalColumns: Object.keys(comtradeRowSchema.shape).filter(
    (column) => !(REQUIRED_COLUMNS as readonly string[]).includes(column),
  ),
  labels: 'relaxed',
  blankRows: 'skip',
});
