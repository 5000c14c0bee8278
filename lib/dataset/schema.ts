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
  source_id: idCell.describe('The id other files cite this source by.'),
  title: textCell.describe('The report’s headline, or a description in [brackets] where it was not recorded.'),
  publisher: textCell.describe('The outlet that published the report.'),
  author: optionalTextCell.describe('The author, where the report names one.'),
  published: optionalDateCell.describe('The date of publication, where known.'),
  url: urlCell.describe('The report’s web address.'),
  note: optionalTextCell.describe('What the source is, and what to know before citing it.'),
});
export type Source = z.infer<typeof sourceSchema>;

export const targetSchema = z
  .object({
    target_id: idCell.describe('The id of the target.'),
    label: textCell.describe('Its name on the charts.'),
    set_in: yearCell.describe('The year the target was announced.'),
    target_year: yearCell.describe('The year by which trade was to reach it.'),
    value_usd: wholeUsdCell.describe('The target for annual trade (exports plus imports), in whole US dollars.'),
    supersedes: optionalIdCell.describe('The target_id of the earlier target this one replaced, if any.'),
    source_id: idCell.describe('The source_id in sources.csv that states the target.'),
    quote: textCell.describe('The words of the source that state it, in the source’s language.'),
  })
  .refine((t) => t.target_year >= t.set_in, {
    path: ['target_year'],
    error: 'is before set_in: a target is set for a later year than the one it is set in.',
    params: { code: 'constraint-error' },
  });
export type Target = z.infer<typeof targetSchema>;

export const tradeBasisValues = ['article', 'context'] as const;
export const tradeSchema = z.object({
  year: yearCell.describe('The calendar year of the trade.'),
  value_usd: wholeUsdCell.describe('Bilateral trade (exports plus imports) that year, in whole US dollars.'),
  basis: oneOfCell(tradeBasisValues).describe(
    'article: a figure the source article gives; context: another published figure, shown with context.',
  ),
  publisher: textCell.describe('Who produced the figure (e.g. KOTRA, Russian customs service).'),
  source_id: idCell.describe('The source_id in sources.csv that reports the figure.'),
  quote: textCell.describe('The words of the source that state it, in the source’s language.'),
  note: optionalTextCell.describe('What to know about the figure (an English gloss, a caveat).'),
});
export type TradeFigure = z.infer<typeof tradeSchema>;
export type TradeBasis = TradeFigure['basis'];

const precisionOfDate = { 4: 'year', 7: 'month', 10: 'day' } as const;
export const eventSchema = z
  .object({
    date: partialDateCell.describe('When it happened, as precisely as known: YYYY, YYYY-MM or YYYY-MM-DD.'),
    precision: oneOfCell(['year', 'month', 'day']).describe('How precise the date is.'),
    title: textCell.describe('What happened.'),
    category: oneOfCell(['economy', 'sanctions', 'diplomacy']).describe('The kind of event.'),
    highlight: booleanCell.describe('true if the trajectory chart marks it.'),
    source_id: idCell.describe('The source_id in sources.csv that reports the event.'),
    quote: textCell.describe('The words of the source that report it, in the source’s language.'),
  })
  .refine((e) => precisionOfDate[e.date.length as 4 | 7 | 10] === e.precision, {
    path: ['precision'],
    error: 'does not match the date: use year for YYYY, month for YYYY-MM and day for YYYY-MM-DD.',
    params: { code: 'constraint-error' },
  });
export type TradeEvent = z.infer<typeof eventSchema>;
