/*
 * Decimal amounts taken apart as digits, so that scaling them (thousands to
 * dollars, dollars to cents) is exact: 40.469 × 1000 in floating point is
 * 40469.00000000001, but digits 40469 with three decimals, times 10^3, is 40469.
 */

/** A non-negative decimal as written: the digits before and after its decimal mark. */
export type DecimalDigits = { whole: string; fraction: string };

/** round(value × 10^power), or null when the result is past Number.MAX_SAFE_INTEGER. */
export function scaleDecimal({ whole, fraction }: DecimalDigits, power: number): number | null {
  const digits = `${whole}${fraction}`.replace(/^0+(?=\d)/, '');
  const exponent = power - fraction.length;
  const scaled =
    exponent >= 0 ? Number(`${digits}${'0'.repeat(exponent)}`) : Math.round(Number(digits) / 10 ** -exponent);
  return Number.isSafeInteger(scaled) ? scaled : null;
}

/** The number a person reads in the digits (40.469), for showing a value as the file gives it. */
export const decimalValue = ({ whole, fraction }: DecimalDigits): number =>
  Number(fraction ? `${whole}.${fraction}` : whole);
