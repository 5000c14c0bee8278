import { z } from '../csv/zod';
import { optionalTextCell, textCell, wholeUsdCell, YEAR_RANGE } from '../csv/cells';

/*
 * The shape of a CSV a user brings: the trade figures of data/trade.csv, with a
 * period that may be a year (2019) or a month (2019-03). Headers match whatever
 * their case or surrounding spaces; columns may come in any order; source and
 * note may be left out.
 */

const PERIOD = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/;
/** The latest year an uploaded figure may be for: the current one. */
export const LATEST_YEAR = new Date().getUTCFullYear();

export const periodCell = z
  .string()
  .refine((v) => v !== '', {
    error: () => 'is empty: this column needs a year (2019) or a month (2019-03).',
    params: { code: 'constraint-error' },
    abort: true,
  })
  .refine((v) => PERIOD.test(v), {
    error: (issue) =>
      `'${String(issue.input)}' is not a year or a month: write 2019 for a year or 2019-03 for a month.`,
    params: { code: 'type-error' },
    abort: true,
  })
  .transform((v) => {
    const [, year = '0', month] = PERIOD.exec(v) ?? [];
    return { period: v, year: Number(year), month: month === undefined ? null : Number(month) };
  })
  .refine((p) => p.year >= YEAR_RANGE.min && p.year <= LATEST_YEAR, {
    // Trade that happened: a year after this one cannot have a figure yet.
    error: (issue) =>
      `'${(issue.input as { period: string }).period}' is outside the plausible range ${YEAR_RANGE.min}–${LATEST_YEAR}: check the year.`,
    params: { code: 'constraint-error' },
  });

export const uploadRowSchema = z.object({
  year: periodCell,
  value_usd: wholeUsdCell,
  publisher: textCell,
  source: optionalTextCell,
  note: optionalTextCell,
});
export type UploadRow = z.infer<typeof uploadRowSchema>;
