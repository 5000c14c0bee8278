/*
 * The two countries this dashboard is about, as UN Comtrade codes them: ISO 3166
 * alpha-3 in reporterISO and partnerISO, UN M49 numbers in reporterCode and
 * partnerCode. A file may carry either (or both); either is enough.
 */

export const RUSSIA = { iso: 'RUS', code: '643', name: 'Russian Federation' } as const;
export const DPRK = { iso: 'PRK', code: '408', name: "Dem. People's Rep. of Korea" } as const;
export type Side = typeof RUSSIA | typeof DPRK;

function countryOf(iso: string, code: string): Side | null {
  const letters = iso.trim().toUpperCase();
  // "643", "0643" and "643.0" are one code (spreadsheets pad or add a decimal).
  const number = code
    .trim()
    .replace(/^0+(?=\d)/, '')
    .replace(/\.0+$/, '');
  for (const side of [RUSSIA, DPRK]) if (letters === side.iso || number === side.code) return side;
  return null;
}

/**
 * The reporter of a Russia–DPRK row (Russia reporting the DPRK as partner, or the
 * DPRK reporting Russia), or null for any other pair of reporter and partner.
 */
export function bilateralReporter(
  reporter: { iso: string; code: string },
  partner: { iso: string; code: string },
): Side | null {
  const from = countryOf(reporter.iso, reporter.code);
  const to = countryOf(partner.iso, partner.code);
  return from && to && from !== to ? from : null;
}
