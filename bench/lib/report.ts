// What `npm run bench` prints and writes to docs/performance.md: the figures of each size,
// papaparse alone beside our pipeline, and the ratios against the targets (issue #12).
import { machineLine, markdownTable } from '../../scripts/lib/performance-doc';
import { formatTable, mark } from '../../scripts/lib/table';
import type { Summary } from './measure';

/** Our pipeline at most this many times papaparse's time alone (the totals are work papaparse does not do). */
export const TARGET_TIME_RATIO = 2.0;
/** Peak memory under this many times the file. */
export const TARGET_MEMORY_RATIO = 4;
/** The size the targets are read at. */
export const TARGET_ROWS = 1_000_000;

export type SizeResult = { rows: number; bytes: number; idleHeap: number; papa: Summary; pipeline: Summary };

const MB = 1e6;
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const mb = (bytes: number) => `${fmt(bytes / MB, 1)} MB`;
const times = (ratio: number) => `${fmt(ratio, 2)}×`;

function figureRows(results: readonly SizeResult[]): string[][] {
  return results.flatMap(({ rows, bytes, idleHeap, papa, pipeline }) =>
    (
      [
        ['papaparse alone', papa],
        ['pipeline', pipeline],
      ] as const
    ).map(([name, s]) => [
      fmt(rows),
      mb(bytes),
      name,
      `${fmt(s.ms)} ms`,
      `${fmt(s.cpuMs)} ms`,
      fmt(rows / (s.ms / 1000)),
      mb(s.peakHeap),
      times(s.peakHeap / bytes),
      times((s.peakHeap - idleHeap) / bytes),
      mb(s.retainedHeap),
    ]),
  );
}
const FIGURE_HEADER = [
  'rows',
  'file',
  'measure',
  'time',
  'CPU time',
  'rows/s',
  'peak heap',
  'heap/file',
  'upload heap/file',
  'kept after GC',
];

function verdictRows(results: readonly SizeResult[]): string[][] {
  return results.map(({ rows, bytes, idleHeap, papa, pipeline }) => {
    const judged = rows === TARGET_ROWS;
    const time = pipeline.ms / papa.ms;
    const cpu = pipeline.cpuMs / papa.cpuMs;
    const memory = pipeline.peakHeap / bytes;
    const upload = (pipeline.peakHeap - idleHeap) / bytes;
    const verdict = (met: boolean) => (judged ? mark(met) : 'for information');
    return [
      fmt(rows),
      `${times(time)} ${verdict(time <= TARGET_TIME_RATIO)}`,
      `${times(cpu)} ${verdict(cpu <= TARGET_TIME_RATIO)}`,
      `${times(memory)} ${verdict(memory < TARGET_MEMORY_RATIO)}`,
      `${times(upload)} ${verdict(upload < TARGET_MEMORY_RATIO)}`,
    ];
  });
}
const VERDICT_HEADER = [
  'rows',
  `time, pipeline / papaparse (target ≤ ${TARGET_TIME_RATIO}×)`,
  `CPU time, same (≤ ${TARGET_TIME_RATIO}×)`,
  `peak heap / file (< ${TARGET_MEMORY_RATIO}×)`,
  `upload heap / file (< ${TARGET_MEMORY_RATIO}×)`,
];

const NOTES = [
  'time is wall time; CPU time is user + system CPU of the whole process (GC helper threads included),',
  'which does not count waiting for a core on a busy machine, so its ratio is the steadier one. Peak heap:',
  'the largest V8 heapUsed sampled per chunk, input text included. Upload heap: the peak less what the',
  'process held before the file was made (tsx, zod, the bench: ~15 MB, about 3× a 5.5 MB file by itself).',
  'Kept after GC: heap still held once the run is over, its result referenced. Targets are read at',
  `${fmt(TARGET_ROWS)} rows; the smaller file is for information.`,
];

export function printBench(results: readonly SizeResult[]): void {
  console.log(`\n${formatTable(FIGURE_HEADER, figureRows(results))}\n`);
  console.log(formatTable(VERDICT_HEADER, verdictRows(results)));
  console.log(`\n${NOTES.join('\n')}`);
}

export function benchSection(results: readonly SizeResult[], runs: number): string {
  return [
    '## Upload (`npm run bench`)',
    '',
    machineLine(),
    '',
    `Generated valid monthly rows of about 56 bytes, a source on every other row and each one different (the`,
    `worst case for the totals, which keep each figure's distinct sources), read by papaparse alone and by our pipeline (papaparse, the checks, zod where`,
    `needed, the yearly totals), ${runs} runs each, interleaved; medians shown.`,
    '',
    markdownTable(FIGURE_HEADER, figureRows(results)),
    '',
    markdownTable(VERDICT_HEADER, verdictRows(results)),
    '',
    NOTES.join(' '),
  ].join('\n');
}
