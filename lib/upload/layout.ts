import { bareLabel } from '../csv/header';
import { EITHER_COLUMNS, REQUIRED_COLUMNS } from './comtrade/columns';

/*
 * Which reader a file's header calls for: our template (year, value_usd,
 * publisher, matched ignoring case, spaces and punctuation), a UN Comtrade export
 * (recognised by its own column names), or, for any other header, the reader's
 * own choice of columns (lib/upload/mapping/).
 */

export type Layout =
  | { kind: 'template' }
  | { kind: 'comtrade' }
  /** Comtrade's columns, but not all those a figure needs: which are missing. */
  | { kind: 'comtrade-incomplete'; missing: string[] }
  | { kind: 'other' };

const TEMPLATE = ['year', 'value_usd', 'publisher'];
/** Labels only a UN Comtrade file has: four of them make a file Comtrade's. */
const COMTRADE_SIGNS = [
  'typeCode',
  'freqCode',
  'refPeriodId',
  'refYear',
  'refMonth',
  'reporterCode',
  'reporterISO',
  'partnerCode',
  'partnerISO',
  'flowCode',
  'cmdCode',
  'primaryValue',
];
const COMTRADE_SIGNS_NEEDED = 4;

export function detectLayout(labels: readonly string[]): Layout {
  const present = new Set(labels.map(bareLabel));
  const has = (column: string) => present.has(bareLabel(column));
  if (TEMPLATE.every(has)) return { kind: 'template' };
  if (COMTRADE_SIGNS.filter(has).length < COMTRADE_SIGNS_NEEDED) return { kind: 'other' };
  const missing = [
    ...REQUIRED_COLUMNS.filter((column) => !has(column)),
    ...EITHER_COLUMNS.filter((pair) => !pair.some(has)).map((pair) => pair.join(' or ')),
  ];
  return missing.length > 0 ? { kind: 'comtrade-incomplete', missing } : { kind: 'comtrade' };
}
