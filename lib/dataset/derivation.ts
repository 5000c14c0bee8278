/*
 * How a derived figure was computed, written in trade.csv's derived_from cell as
 * the amounts it adds up, each named: "exports 5720000 + imports 77500000". The
 * check reads it back and adds it up, so a derived figure can never drift from
 * the amounts it claims to come from.
 */

export type DerivationTerm = { label: string; value_usd: number };

const TERM = /^([\p{L}][\p{L} -]*?)\s+(\d+)$/u;

/** The terms of a derivation, or null where it is not "label amount + label amount …". */
export function parseDerivation(text: string): DerivationTerm[] | null {
  const terms = text.split(' + ').map((part) => TERM.exec(part.trim()));
  if (terms.length < 2 || terms.some((match) => match === null)) return null;
  return terms.map((match) => ({ label: match?.[1] ?? '', value_usd: Number(match?.[2]) }));
}

export const derivationSum = (terms: readonly DerivationTerm[]) => terms.reduce((sum, t) => sum + t.value_usd, 0);

/** "exports US$5.72 m + imports US$77.5 m", for people; `format` is the app's amount format. */
export function describeDerivation(terms: readonly DerivationTerm[], format: (usd: number) => string): string {
  return terms.map((t) => `${t.label} ${format(t.value_usd)}`).join(' + ');
}

export const DERIVATION_EXAMPLE = 'exports 5720000 + imports 77500000';
