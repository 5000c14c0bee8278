import { z } from './zod';
import { field, LANGUAGE_PATTERN, PARTIAL_DATE_PATTERN, SLUG_PATTERN } from './field-meta';
import type { IssueCode } from './issues';

/**
 * Cell schemas: each takes the text of one CSV cell and gives a typed value or an
 * issue whose message says what is wrong and how to write it. Every rule carries
 * its Frictionless code in `params`, read back by `table.ts`.
 */
function rule<T>(test: (value: T) => boolean, code: IssueCode, message: (value: string) => string) {
  return {
    test,
    options: {
      error: (issue: { input?: unknown }) => message(String(issue.input)),
      params: { code },
      abort: true,
    },
  } as const;
}

const notEmpty = rule<string>(
  (v) => v.trim() !== '',
  'constraint-error',
  () => 'The cell is empty: this column needs a value.',
);

function required() {
  return z.string().refine(notEmpty.test, notEmpty.options);
}

/** An empty cell is a missing value (undefined), never zero or ''. */
function optional<T extends z.ZodType<unknown, string>>(schema: T) {
  return z
    .string()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(schema.optional());
}

/** Why an amount cell is not whole US dollars, and how to write it; also worded for uploads read through a column mapping. */
export function describeAmount(value: string): string {
  if (/^\s|\s$/.test(value)) return `'${value}' has spaces around it: remove them.`;
  if (/[$€£]|us\s*\$|usd/i.test(value))
    return `'${value}' includes a currency: write digits only, in whole US dollars (e.g. 84000000).`;
  if (/\d\s*(m|mn|mln|million|bn|billion|k)\b/i.test(value))
    return `'${value}' uses a unit: write the full amount in whole US dollars (e.g. 84000000 for US$84 million).`;
  if (/\d[,.\s']\d{3}\b/.test(value) && !/^\d+\.\d{1,2}$/.test(value))
    return `'${value}' has thousands separators: write digits only (e.g. 84000000).`;
  if (/^-?\d+\.\d+$/.test(value)) {
    // A small decimal is most likely millions (84.5 for US$84.5 m); a large one, cents to round away.
    const amount = Number(value);
    const example =
      Math.abs(amount) < 100_000
        ? `${Math.round(amount * 1e6)} if you mean US$${value} million`
        : String(Math.round(amount));
    return `'${value}' is not a whole number of US dollars: round to whole dollars (e.g. ${example}).`;
  }
  return `'${value}' is not a whole number of US dollars: write digits only (e.g. 84000000).`;
}

const amountText = rule<string>((v) => /^-?\d+$/.test(v), 'type-error', describeAmount);
const notNegative = rule<number>(
  (v) => v >= 0,
  'constraint-error',
  (v) => `'${v}' is negative: trade values are zero or more.`,
);
const safeInteger = rule<number>(
  Number.isSafeInteger,
  'constraint-error',
  (v) => `'${v}' is too large to be a trade value.`,
);

export const wholeUsdCell = required()
  .refine(amountText.test, amountText.options)
  .transform(Number)
  .refine(notNegative.test, notNegative.options)
  .refine(safeInteger.test, safeInteger.options)
  .meta(field({ type: 'integer', constraints: { required: true, minimum: 0 } }));

export const YEAR_RANGE = { min: 1950, max: 2100 } as const;
const yearText = rule<string>(
  (v) => /^\d{4}$/.test(v),
  'type-error',
  (v) => `'${v}' is not a year: write four digits (e.g. 2015).`,
);
const plausibleYear = rule<number>(
  (v) => v >= YEAR_RANGE.min && v <= YEAR_RANGE.max,
  'constraint-error',
  (v) => `'${v}' is outside the plausible range ${YEAR_RANGE.min}–${YEAR_RANGE.max}: check the year.`,
);

export const yearCell = required()
  .refine(yearText.test, yearText.options)
  .transform(Number)
  .refine(plausibleYear.test, plausibleYear.options)
  .meta(field({ type: 'integer', constraints: { required: true, minimum: YEAR_RANGE.min, maximum: YEAR_RANGE.max } }));

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, year, month = '01', day = '01'] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return (
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day)
  );
}

const fullDate = rule<string>(
  (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isCalendarDate(v),
  'type-error',
  (v) => `'${v}' is not a date: write it as YYYY-MM-DD (e.g. 2019-04-23).`,
);
export const optionalDateCell = optional(z.string().refine(fullDate.test, fullDate.options)).meta(
  field({ type: 'date', format: 'default' }),
);

const partialDate = rule<string>(
  isCalendarDate,
  'type-error',
  (v) => `'${v}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2017, 2017-09 or 2018-03-22).`,
);
/** A date known to the year, the month or the day, written as precisely as it is known. */
export const partialDateCell = required()
  .refine(partialDate.test, partialDate.options)
  .meta(field({ type: 'string', constraints: { required: true, pattern: PARTIAL_DATE_PATTERN } }));

const slug = rule<string>(
  (v) => new RegExp(`^${SLUG_PATTERN}$`).test(v),
  'constraint-error',
  (v) => `'${v}' is not a valid id: use lower-case letters, digits and single hyphens (e.g. cgtn-2019-04-23).`,
);
export const idCell = required()
  .refine(slug.test, slug.options)
  .meta(field({ type: 'string', constraints: { required: true, pattern: SLUG_PATTERN } }));
export const optionalIdCell = optional(z.string().refine(slug.test, slug.options)).meta(
  field({ type: 'string', constraints: { pattern: SLUG_PATTERN } }),
);

const webAddress = rule<string>(
  (v) => {
    try {
      const url = new URL(v);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  },
  'type-error',
  (v) => `'${v}' is not a web address: write the full link, starting with https:// or http://.`,
);
export const urlCell = required()
  .refine(webAddress.test, webAddress.options)
  .meta(field({ type: 'string', format: 'uri', constraints: { required: true } }));

const languageTag = rule<string>(
  (v) => new RegExp(`^${LANGUAGE_PATTERN}$`).test(v),
  'constraint-error',
  (v) => `'${v}' is not a language code: write the report's language as a BCP 47 tag (e.g. en, ko, ru or fr).`,
);
/** The language a source is written in, so that its quotes are read out in it (lang="ko"). */
export const languageCell = required()
  .refine(languageTag.test, languageTag.options)
  .meta(field({ type: 'string', constraints: { required: true, pattern: LANGUAGE_PATTERN } }));

export const textCell = required().meta(field({ type: 'string', constraints: { required: true } }));
export const optionalTextCell = optional(z.string()).meta(field({ type: 'string' }));

export function oneOfCell<const T extends readonly [string, ...string[]]>(values: T) {
  const allowed = rule<string>(
    (v) => (values as readonly string[]).includes(v),
    'constraint-error',
    (v) => `'${v}' is not allowed here: write one of ${values.join(', ')}.`,
  );
  return required()
    .refine(allowed.test, allowed.options)
    .transform((v) => v as T[number])
    .meta(field({ type: 'string', constraints: { required: true, enum: [...values] } }));
}

const booleanText = rule<string>(
  (v) => v === 'true' || v === 'false',
  'type-error',
  (v) => `'${v}' is not true or false: write true or false.`,
);
export const booleanCell = required()
  .refine(booleanText.test, booleanText.options)
  .transform((v) => v === 'true')
  .meta(field({ type: 'boolean', trueValues: ['true'], falseValues: ['false'], constraints: { required: true } }));
