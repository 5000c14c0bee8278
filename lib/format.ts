/*
 * Number and date formatting through Intl. Amounts read "US$84 m" and "US$1 bn"
 * (the house style of the design), with a no-break space so that the unit never
 * wraps away from its number.
 */
const NBSP = '\u00A0';
const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const percent1 = new Intl.NumberFormat('en-GB', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** US$84 m, US$42.74 m, US$1 bn, US$500 m, US$950 k. */
export function formatUsd(value: number): string {
  const sign = value < 0 ? '−' : '';
  // Round first, then pick the unit, so 999,999,999 reads US$1 bn rather than US$1,000 m.
  const abs = Math.abs(value);
  const rounded = (scale: number) => Math.round((abs / scale) * 100) / 100;
  if (rounded(1e9) >= 1) return `${sign}US$${decimal.format(rounded(1e9))}${NBSP}bn`;
  if (rounded(1e6) >= 1) return `${sign}US$${decimal.format(rounded(1e6))}${NBSP}m`;
  if (rounded(1e3) >= 1) return `${sign}US$${decimal.format(rounded(1e3))}${NBSP}k`;
  return `${sign}US$${decimal.format(abs)}`;
}

/** Axis ticks in millions: the axis label carries the unit "US$ million". */
export function formatMillions(value: number): string {
  return grouped.format(value / 1e6);
}

/**
 * A value in millions to two decimals, as formatUsd gives it but without the
 * unit (92.34, 84, 1,000): for labels on a chart whose axis title carries it.
 */
export function formatMillionsValue(value: number): string {
  return decimal.format(Math.round((value / 1e6) * 100) / 100);
}

/** Whole dollars with separators, for tables where the exact figure matters. */
export function formatUsdExact(value: number): string {
  return `US$${grouped.format(value)}`;
}

/** In running text: US$84 m and US$1 bn as formatUsd gives them, but US$40,469 in full below a million. */
export function formatUsdInText(value: number): string {
  return Math.abs(value) < 1e6 ? formatUsdExact(value) : formatUsd(value);
}

/** 0.168 → "16.8 %" (design style: a no-break space before the sign). */
export function formatPercent(ratio: number): string {
  return percent1.format(ratio).replace('%', `${NBSP}%`);
}

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2014", "September 2017", "22 March 2018": never more precise than the source. */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (month === undefined) return String(year);
  const utc = new Date(Date.UTC(year ?? 0, month - 1, day ?? 1));
  return day === undefined ? monthYear.format(utc) : dayMonthYear.format(utc);
}

const countFormat = new Intl.NumberFormat('en-GB');
const plurals = new Intl.PluralRules('en-GB');

/** "1 row", "2 rows", "1,000 rows": a count with its noun, grouped and agreeing in number. */
export function formatCount(count: number, one: string, other: string): string {
  return `${countFormat.format(count)} ${plurals.select(count) === 'one' ? one : other}`;
}

/**
 * Text in parentheses, with any parentheses of its own turned into commas:
 * "Kremlin (presidential aide Yuri Ushakov)" reads "(Kremlin, presidential aide
 * Yuri Ushakov)", never "(Kremlin (presidential aide Yuri Ushakov))".
 */
export function parenthesised(text: string): string {
  return `(${text
    .replace(/\s*\(([^()]*)\)/g, ', $1')
    .replace(/[()]/g, '')
    .replace(/\s{2,}/g, ' ')})`;
}
