import { z } from '../csv/zod';
import {
  booleanCell,
  idCell,
  oneOfCell,
  optionalDateCell,
  optionalIdCell,
  optionalTextCell,
  partialDateCell,
  textCell,
  urlCell,
  wholeUsdCell,
  yearCell,
} from '../csv/cells';

/*
 * One schema per file in data/. The keys of each object are the CSV header, in
 * order; the inferred types are the only row types in the app.
 */

export const sourceSchema = z.object({
  source_id: idCell,
  title: textCell,
  publisher: textCell,
  author: optionalTextCell,
  published: optionalDateCell,
  url: urlCell,
  note: optionalTextCell,
});
export type Source = z.infer<typeof sourceSchema>;

export const targetSchema = z
  .object({
    target_id: idCell,
    label: textCell,
    set_in: yearCell,
    target_year: yearCell,
    value_usd: wholeUsdCell,
    supersedes: optionalIdCell,
    source_id: idCell,
    quote: textCell,
  })
  .refine((t) => t.target_year >= t.set_in, {
    path: ['target_year'],
    error: 'is before set_in: a target is set for a later year than the one it is set in.',
    params: { code: 'constraint-error' },
  });
export type Target = z.infer<typeof targetSchema>;

export const tradeBasisValues = ['article', 'context'] as const;
export const tradeSchema = z.object({
  year: yearCell,
  value_usd: wholeUsdCell,
  basis: oneOfCell(tradeBasisValues),
  publisher: textCell,
  source_id: idCell,
  quote: textCell,
  note: optionalTextCell,
});
export type TradeFigure = z.infer<typeof tradeSchema>;
export type TradeBasis = TradeFigure['basis'];

const precisionOfDate = { 4: 'year', 7: 'month', 10: 'day' } as const;
export const eventSchema = z
  .object({
    date: partialDateCell,
    precision: oneOfCell(['year', 'month', 'day']),
    title: textCell,
    category: oneOfCell(['economy', 'sanctions', 'diplomacy']),
    highlight: booleanCell,
    source_id: idCell,
    quote: textCell,
  })
  .refine((e) => precisionOfDate[e.date.length as 4 | 7 | 10] === e.precision, {
    path: ['precision'],
    error: 'does not match the date: use year for YYYY, month for YYYY-MM and day for YYYY-MM-DD.',
    params: { code: 'constraint-error' },
  });
export type TradeEvent = z.infer<typeof eventSchema>;
