/*
 * UN Comtrade-shaped CSV text, for tests, fixtures and the benchmark: the 47
 * columns of the current API and download, in their order, each row filled as
 * Comtrade fills it (descriptions, "all" codes for the breakdowns, flags).
 */

export const COMTRADE_HEADER = [
  'typeCode',
  'freqCode',
  'refPeriodId',
  'refYear',
  'refMonth',
  'period',
  'reporterCode',
  'reporterISO',
  'reporterDesc',
  'flowCode',
  'flowDesc',
  'partnerCode',
  'partnerISO',
  'partnerDesc',
  'partner2Code',
  'partner2ISO',
  'partner2Desc',
  'classificationCode',
  'classificationSearchCode',
  'isOriginalClassification',
  'cmdCode',
  'cmdDesc',
  'aggrLevel',
  'isLeaf',
  'customsCode',
  'customsDesc',
  'mosCode',
  'motCode',
  'motDesc',
  'qtyUnitCode',
  'qtyUnitAbbr',
  'qty',
  'isQtyEstimated',
  'altQtyUnitCode',
  'altQtyUnitAbbr',
  'altQty',
  'isAltQtyEstimated',
  'netWgt',
  'isNetWgtEstimated',
  'grossWgt',
  'isGrossWgtEstimated',
  'cifvalue',
  'fobvalue',
  'primaryValue',
  'legacyEstimationFlag',
  'isReported',
  'isAggregate',
] as const;

export type SampleCountry = { code: string; iso: string; desc: string };
export const SAMPLE_COUNTRIES = {
  RUS: { code: '643', iso: 'RUS', desc: 'Russian Federation' },
  PRK: { code: '408', iso: 'PRK', desc: "Dem. People's Rep. of Korea" },
  CHN: { code: '156', iso: 'CHN', desc: 'China' },
  W00: { code: '0', iso: 'W00', desc: 'World' },
} satisfies Record<string, SampleCountry>;

const FLOW_DESC: Record<string, string> = { X: 'Export', M: 'Import', RX: 'Re-export', RM: 'Re-import' };

export type SampleRow = {
  reporter: SampleCountry;
  partner: SampleCountry;
  flow: string;
  year: number;
  /** null for an annual row. */
  month: number | null;
  cmd: string;
  /** primaryValue as written (43891234.57). */
  value: string;
  partner2?: string;
  mot?: string;
  customs?: string;
};

const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** One row's 47 cells, in COMTRADE_HEADER's order. */
export function sampleCells(row: SampleRow): string[] {
  const monthly = row.month !== null;
  const period = monthly ? `${row.year}${String(row.month).padStart(2, '0')}` : String(row.year);
  const total = row.cmd === 'TOTAL';
  return [
    'C',
    monthly ? 'M' : 'A',
    `${period}${monthly ? '01' : '0101'}`.slice(0, 8),
    String(row.year),
    monthly ? String(row.month) : '52',
    period,
    row.reporter.code,
    row.reporter.iso,
    row.reporter.desc,
    row.flow,
    FLOW_DESC[row.flow] ?? row.flow,
    row.partner.code,
    row.partner.iso,
    row.partner.desc,
    row.partner2 ?? '0',
    'W00',
    'World',
    'H6',
    'HS',
    'False',
    row.cmd,
    total ? 'All Commodities' : `Commodity ${row.cmd}`,
    total ? '0' : String(row.cmd.length),
    total ? 'False' : 'True',
    row.customs ?? 'C00',
    'TOTAL CPC',
    '0',
    row.mot ?? '0',
    'TOTAL MOT',
    '-1',
    'N/A',
    '0',
    'False',
    '-1',
    'N/A',
    '0',
    'False',
    '0',
    'False',
    '0',
    'False',
    row.flow.endsWith('M') ? row.value : '',
    row.flow.endsWith('X') ? row.value : '',
    row.value,
    '0',
    'True',
    'False',
  ];
}

export function sampleComtradeCsv(rows: readonly SampleRow[], newline = '\n'): string {
  const lines = [COMTRADE_HEADER.join(','), ...rows.map((row) => sampleCells(row).map(quote).join(','))];
  return `${lines.join(newline)}${newline}`;
}
