// What `npm run bench` prints and writes for the UN Comtrade-shaped file (issue 17): its
// throughput, beside papaparse alone on the same text, in a section of its own.
import { machineLine, markdownTable } from '../../scripts/lib/performance-doc';
import { formatTable } from '../../scripts/lib/table';
import type { Summary } from './measure';
import { mb } from './report';

export type ComtradeResult = { rows: number; bytes: number; papa: Summary; pipeline: Summary; figures: number };

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

const HEADER = ['rows', 'file', 'measure', 'time', 'CPU time', 'rows/s', 'MB/s', 'peak heap'];

function rowsOf({ rows, bytes, papa, pipeline }: ComtradeResult): string[][] {
  return (
    [
      ['papaparse alone', papa],
      ['Comtrade pipeline', pipeline],
    ] as const
  ).map(([name, s]) => [
    fmt(rows),
    mb(bytes),
    name,
    `${fmt(s.ms)} ms`,
    `${fmt(s.cpuMs)} ms`,
    fmt(rows / (s.ms / 1000)),
    fmt(bytes / 1e6 / (s.ms / 1000), 1),
    mb(s.peakHeap),
  ]);
}

const describe = (result: ComtradeResult, runs: number) => [
  `A monthly UN Comtrade download by commodity, generated: ${fmt(result.rows)} rows of the 47 columns, half of`,
  'them Russia–DPRK trade (both reporters, which zod checks and the totals add up) and half other pairs (counted',
  `and passed over), ending in ${fmt(result.figures)} yearly figures. Read from its text, as for the template;`,
  `${runs} runs each, interleaved; medians shown.`,
];

export function printComtradeBench(result: ComtradeResult, runs: number): void {
  console.log(`\nUN Comtrade-shaped file\n${describe(result, runs).join(' ')}\n`);
  console.log(formatTable(HEADER, rowsOf(result)));
  console.log(`\nComtrade pipeline / papaparse: ${fmt(result.pipeline.ms / result.papa.ms, 2)}× the time.`);
}

export function comtradeSection(result: ComtradeResult, runs: number): string {
  return [
    '## Upload: a UN Comtrade file (`npm run bench`)',
    '',
    machineLine(),
    '',
    describe(result, runs).join('\n'),
    '',
    markdownTable(HEADER, rowsOf(result)),
    '',
    `The Comtrade pipeline takes ${fmt(result.pipeline.ms / result.papa.ms, 2)}× the time of papaparse alone (no target is set for this file).`,
  ].join('\n');
}
