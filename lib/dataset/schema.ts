import { z } from '../csv/zod';
import { DERIVATION_EXAMPLE, derivationSum, parseDerivation } from './derivation';
import {
  booleanCell,
  idCell,
  languageCell,
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
  language: languageCell.describe('The language of the report, and so of its quotes (BCP 47: en, ko, ru, fr).'),
  url: urlCell.describe('The report’s web address.'),
  note: optionalTextCell.describe('What the source is, and what to know before citing it.'),
});
export type Source = z.infer<typeof sourceSchema>;

/** article: stated in the source article; context: from other reports, shown in the context view. */
export const basisValues = ['article', 'context'] as const;

/**
 * What kind of figure a row holds: reported (the source states this total),
 * derived (we computed it, from the amounts in derived_from), estimate (the
 * source calls it one), statement (an official's or insider's spoken figure).
 */
export const figureKindValues = ['reported', 'derived', 'estimate', 'statement'] as const;
export type FigureKind = (typeof figureKindValues)[number];

export const targetSchema = z
  .object({
    target_id: idCell.describe('The id of the target.'),
    label: textCell.describe('Its name on the charts.'),
    basis: oneOfCell(basisValues).describe(
      'article: a target the source article states; context: the same or another target as other reports state it.',
    ),
    kind: oneOfCell(['reported', 'statement']).describe(
      'reported: the source states the target; statement: an official is quoted stating it.',
    ),
    set_by: optionalTextCell.describe('Who set or stated the target, where the source says.'),
    set_in: yearCell.describe('The year the target was announced.'),
    target_year: yearCell.describe('The year by which trade was to reach it.'),
    value_usd: wholeUsdCell.describe('The target for annual trade (exports plus imports), in whole US dollars.'),
    supersedes: optionalIdCell.describe('The target_id of the earlier target this one replaced, if any.'),
    source_id: idCell.describe('The source_id in sources.csv that states the target.'),
    quote: textCell.describe('The words of the source that state it, in the source’s language.'),
    note: optionalTextCell.describe('What to know about the target (an English gloss, a caveat).'),
  })
  .refine((t) => t.target_year >= t.set_in, {
    path: ['target_year'],
    error: 'is before set_in: a target is set for a later year than the one it is set in.',
    params: { code: 'constraint-error' },
  });
export type Target = z.infer<typeof targetSchema>;

export const tradeSchema = z
  .object({
    year: yearCell.describe('The calendar year of the trade.'),
    value_usd: wholeUsdCell.describe('Bilateral trade (exports plus imports) that year, in whole US dollars.'),
    basis: oneOfCell(basisValues).describe(
      'article: a figure the source article gives; context: another published figure, shown with context.',
    ),
    kind: oneOfCell(figureKindValues).describe(
      'reported: the source states this total; derived: we computed it (see derived_from); estimate: the source calls it one; statement: an official’s spoken figure.',
    ),
    producer: textCell.describe(
      'Who produced the figure: the statistical body or office (e.g. Russian customs service, KOTRA), apart from the outlet that reported it (the source). Each producer is a series of its own.',
    ),
    derived_from: optionalTextCell.describe(
      `For a derived figure only: the amounts it adds up, each named, in whole US dollars (e.g. ${DERIVATION_EXAMPLE}).`,
    ),
    source_id: idCell.describe('The source_id in sources.csv that reports the figure.'),
    quote: textCell.describe('The words of the source that state it, in the source’s language.'),
    note: optionalTextCell.describe('What to know about the figure (an English gloss, a caveat).'),
  })
  .superRefine((row, ctx) => {
    const issue = (message: string, code: 'constraint-error' | 'type-error') =>
      ctx.addIssue({
        code: 'custom',
        path: ['derived_from'],
        input: row.derived_from ?? '',
        message,
        params: { code },
      });
    if (row.kind === 'derived' && row.derived_from === undefined)
      return issue(
        `is empty, but the figure is derived: write the amounts it adds up (e.g. ${DERIVATION_EXAMPLE}).`,
        'constraint-error',
      );
    if (row.kind !== 'derived' && row.derived_from !== undefined)
      return issue(
        `is only for a derived figure, and this one is ${row.kind}: set kind to derived, or empty this cell.`,
        'constraint-error',
      );
    if (row.derived_from === undefined) return;
    const terms = parseDerivation(row.derived_from);
    if (!terms)
      return issue(
        `'${row.derived_from}' is not a sum of named amounts: write each amount in whole US dollars after its name, joined by ' + ' (e.g. ${DERIVATION_EXAMPLE}).`,
        'type-error',
      );
    const sum = derivationSum(terms);
    if (sum !== row.value_usd)
      issue(
        `adds up to ${sum}, not the value_usd ${row.value_usd}: correct the amounts or the value.`,
        'constraint-error',
      );
  });
export type TradeFigure = z.infer<typeof tradeSchema>;
export type Basis = TradeFigure['basis'];

const precisionOfDate = { 4: 'year', 7: 'month', 10: 'day' } as const;
export const eventSchema = z
  .object({
    date: partialDateCell.describe('When it happened, as precisely as known: YYYY, YYYY-MM or YYYY-MM-DD.'),
    precision: oneOfCell(['year', 'month', 'day']).describe('How precise the date is.'),
    title: textCell.describe('What happened.'),
    category: oneOfCell(['economy', 'sanctions', 'diplomacy']).describe('The kind of event.'),
    basis: oneOfCell(basisValues).describe('article: an event the source article states; context: from other reports.'),
    highlight: booleanCell.describe('true if the trajectory chart marks it.'),
    date_from: oneOfCell(['text', 'caption', 'address']).describe(
      'Where the source gives the date: text (its words), caption (only a photo caption), address (only the page’s web address).',
    ),
    source_id: idCell.describe('The source_id in sources.csv that reports the event.'),
    quote: textCell.describe('The words of the source that report it, in the source’s language.'),
  })
  .refine((e) => precisionOfDate[e.date.length as 4 | 7 | 10] === e.precision, {
    path: ['precision'],
    error: 'does not match the date: use year for YYYY, month for YYYY-MM and day for YYYY-MM-DD.',
    params: { code: 'constraint-error' },
  });
export type TradeEvent = z.infer<typeof eventSchema>;
