/*
 * npm run bench — the upload pipeline against papaparse alone (issue 4).
 *
 * Generates, in memory, valid upload CSVs of 100,000 and 1,000,000 rows (about
 * 56 bytes a row, so the larger is about 56 MB) and measures, five times each,
 * with a garbage collection before every run:
 *   (a) papaparse alone: Papa.parse over the string with the options and chunk
 *       callback shape of lib/upload-parse.ts, doing nothing per row;
 *   (b) our pipeline: parseUpload(text, 'bench.csv').
 * It prints the medians: rows/s, MB/s (1 MB = 10^6 bytes), peak memory, the
 * ratio of the two times and of peak memory to the file size, and whether the
 * targets of the issue are met. It never fails on a miss: a benchmark reports.
 *
 * Memory: parsing a string is synchronous, so a setInterval timer would never
 * fire during a run. Memory is sampled in the chunk callback instead (papaparse's
 * `chunk`, and parseUpload's `onProgress`, both called once per 1 MiB chunk),
 * and once more when the run ends, while its result is still referenced.
 * "Peak heap" is the largest V8 heapUsed seen, input text included (it is live
 * for the whole run); "added" is that peak minus the heap in use just before
 * the run, i.e. what the parse itself holds or leaves as garbage.
 *
 * "Upload heap" is the peak minus the heap the process uses without the file
 * (measured, after a collection, before the file is generated): the input
 * text plus what the parse adds. Peak heap/file also counts the ~15 MB this
 * process holds anyway (tsx, zod, papaparse, the bench itself), which has
 * nothing to do with the upload and alone is about 3× a 5.5 MB file; so the
 * target "peak memory < 4× file size" is read on upload heap/file as well.
 * Both old figures are still printed.
 */
import Papa from 'papaparse';
import { parseUpload } from '../lib/upload/parse';
import { detectNewline } from '../lib/upload/sniff';
import { median } from '../scripts/lib/median';
import { LATEST_YEAR } from '../lib/upload/schema';
import { YEAR_RANGE } from '../lib/csv/cells';

const RUNS = 5;
const SIZES = [100_000, 1_000_000];
const TARGET_TIME_RATIO = 1.3;
const TARGET_MEMORY_RATIO = 4;
const CHUNK_SIZE = 1024 * 1024;

const PUBLISHERS = ['Russian customs service', 'KOTRA', 'International Trade Centre', 'Kremlin', 'Rosstat'];
/**
 * Months from 1950 to this year (uploads are refused past the current year):
 * each publisher-and-number gets them all once, so keys never repeat.
 */
const MONTHS_PER_PUBLISHER = (LATEST_YEAR - YEAR_RANGE.min + 1) * 12;

/** A valid upload of `rows` monthly rows: realistic cells, source on half the rows, a note on a fifth. */
function generateCsv(rows: number): string {
  const lines: string[] = ['year,value_usd,publisher,source,note'];
  for (let i = 0; i < rows; i += 1) {
    const group = Math.floor(i / MONTHS_PER_PUBLISHER);
    const within = i % MONTHS_PER_PUBLISHER;
    const year = YEAR_RANGE.min + Math.floor(within / 12);
    const month = String((within % 12) + 1).padStart(2, '0');
    const publisher = `${PUBLISHERS[group % PUBLISHERS.length] ?? 'KOTRA'} ${group}`;
    const value = 1_000_000 + ((i * 7919) % 90_000_000);
    const source = i % 2 === 0 ? `https://example.org/source/${i % 1000}` : '';
    const note = i % 5 === 0 ? 'Some note text here' : '';
    lines.push(`${year}-${month},${value},${publisher},${source},${note}`);
  }
  return `${lines.join('\n')}\n`;
}

type Sample = { heapUsed: number; rss: number };
type Measurement = {
  ms: number;
  cpuMs: number;
  rows: number;
  peakHeap: number;
  peakRss: number;
  addedHeap: number;
  retainedHeap: number;
};

function collectGarbage() {
  if (typeof gc === 'function') {
    gc();
    gc();
  }
}

/**
 * CPU time of this process since `start` (user + system, all threads, so the
 * garbage collector's helpers count too). On a shared machine wall time also
 * counts time the process waited for a core; CPU time does not, so its ratio
 * is the steadier figure.
 */
function cpuMillis(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/** Tracks the largest heapUsed and rss seen. */
function memorySampler() {
  const peak: Sample = { heapUsed: 0, rss: 0 };
  return {
    sample() {
      const { heapUsed, rss } = process.memoryUsage();
      if (heapUsed > peak.heapUsed) peak.heapUsed = heapUsed;
      if (rss > peak.rss) peak.rss = rss;
    },
    peak,
  };
}

/** (a) papaparse alone, with the options and chunk callback of parseUpload, doing nothing per row. */
function runPapaparse(text: string): Promise<Measurement> {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const memory = memorySampler();
  memory.sample();
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let rows = 0;
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(text, {
      delimiter: '',
      newline: detectNewline(text.slice(0, 65536)),
      delimitersToGuess: [',', ';', '\t'],
      skipEmptyLines: false,
      chunkSize: CHUNK_SIZE,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        rows += results.data.length;
        memory.sample();
        // As parseUpload does (see unwindBetweenChunks there): without it papaparse
        // keeps every chunk's rows reachable until the end, in both (a) and (b).
        parser.pause();
        queueMicrotask(() => parser.resume());
      },
      complete() {
        const ms = performance.now() - start;
        const cpuMs = cpuMillis(cpuStart);
        memory.sample();
        collectGarbage();
        const retainedHeap = process.memoryUsage().heapUsed - before;
        // The header and the empty record after the final newline are not data rows.
        resolve({
          ms,
          cpuMs,
          rows: rows - 2,
          peakHeap: memory.peak.heapUsed,
          peakRss: memory.peak.rss,
          addedHeap: memory.peak.heapUsed - before,
          retainedHeap,
        });
      },
      error(error: Error) {
        reject(error);
      },
    });
  });
}

/** (b) our parse-and-validate pipeline. */
async function runPipeline(text: string): Promise<Measurement> {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const memory = memorySampler();
  memory.sample();
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const report = await parseUpload(text, 'bench.csv', { onProgress: () => memory.sample() });
  const ms = performance.now() - start;
  const cpuMs = cpuMillis(cpuStart);
  memory.sample();
  // What the result keeps (the report is still referenced below).
  collectGarbage();
  const retainedHeap = process.memoryUsage().heapUsed - before;
  if (!report) throw new Error('parseUpload gave null');
  if (report.issueCount !== 0)
    throw new Error(
      `the generated file should be valid, got ${report.issueCount} issues: ${report.issues[0]?.message ?? ''}`,
    );
  return {
    ms,
    cpuMs,
    rows: report.rowCount,
    peakHeap: memory.peak.heapUsed,
    peakRss: memory.peak.rss,
    addedHeap: memory.peak.heapUsed - before,
    retainedHeap,
  };
}

type Summary = {
  ms: number;
  cpuMs: number;
  rows: number;
  peakHeap: number;
  peakRss: number;
  addedHeap: number;
  retainedHeap: number;
  runsMs: number[];
};

function summarise(runs: Measurement[]): Summary {
  return {
    ms: median(runs.map((r) => r.ms)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    rows: runs[0]?.rows ?? 0,
    peakHeap: median(runs.map((r) => r.peakHeap)),
    peakRss: median(runs.map((r) => r.peakRss)),
    addedHeap: median(runs.map((r) => r.addedHeap)),
    retainedHeap: median(runs.map((r) => r.retainedHeap)),
    runsMs: runs.map((r) => r.ms),
  };
}

const MB = 1e6;
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mb = (bytes: number) => `${fmt(bytes / MB, 1)} MB`;

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  const line = (r: string[]) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ');
  const [head, ...body] = rows;
  return [line(head ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

async function main() {
  if (typeof gc !== 'function')
    console.warn('global.gc is not available: run with node --expose-gc (npm run bench does).');
  console.log(
    `Node ${process.version}, ${(await import('node:os')).cpus().length} CPUs; ${RUNS} runs each, medians shown; 1 MB = 10^6 bytes.\n`,
  );
  const results: { rows: number; bytes: number; idleHeap: number; papa: Summary; pipeline: Summary }[] = [];

  for (const size of SIZES) {
    collectGarbage();
    const idleHeap = process.memoryUsage().heapUsed;
    const text = generateCsv(size);
    const bytes = Buffer.byteLength(text, 'utf8');
    console.log(`${fmt(size)} rows: ${mb(bytes)} (${fmt(bytes / size, 1)} bytes a row)`);
    const papaRuns: Measurement[] = [];
    const pipelineRuns: Measurement[] = [];
    // Interleaved, so that both see the same state of the machine.
    for (let run = 0; run < RUNS; run += 1) {
      papaRuns.push(await runPapaparse(text));
      pipelineRuns.push(await runPipeline(text));
      const p = papaRuns.at(-1);
      const q = pipelineRuns.at(-1);
      console.log(
        `  run ${run + 1}: papaparse ${fmt(p?.ms ?? 0)} ms (CPU ${fmt(p?.cpuMs ?? 0)} ms), pipeline ${fmt(q?.ms ?? 0)} ms (CPU ${fmt(q?.cpuMs ?? 0)} ms)`,
      );
    }
    const papa = summarise(papaRuns);
    const pipeline = summarise(pipelineRuns);
    if (papa.rows !== size || pipeline.rows !== size)
      console.warn(`  row counts differ from ${size}: papaparse ${papa.rows}, pipeline ${pipeline.rows}`);
    results.push({ rows: size, bytes, idleHeap, papa, pipeline });
  }

  const header = [
    'rows',
    'file',
    'measure',
    'time',
    'CPU time',
    'rows/s',
    'MB/s',
    'peak heap',
    'heap/file',
    'added heap',
    'added/file',
    'upload heap',
    'upload/file',
    'kept after GC',
    'peak RSS',
    'RSS/file',
  ];
  const body: string[][] = [];
  for (const { rows, bytes, idleHeap, papa, pipeline } of results) {
    for (const [name, s] of [
      ['papaparse alone', papa],
      ['pipeline', pipeline],
    ] as const) {
      const seconds = s.ms / 1000;
      body.push([
        fmt(rows),
        mb(bytes),
        name,
        `${fmt(s.ms)} ms`,
        `${fmt(s.cpuMs)} ms`,
        fmt(rows / seconds),
        fmt(bytes / MB / seconds, 1),
        mb(s.peakHeap),
        `${fmt(s.peakHeap / bytes, 2)}×`,
        mb(s.addedHeap),
        `${fmt(s.addedHeap / bytes, 2)}×`,
        mb(s.peakHeap - idleHeap),
        `${fmt((s.peakHeap - idleHeap) / bytes, 2)}×`,
        mb(s.retainedHeap),
        mb(s.peakRss),
        `${fmt(s.peakRss / bytes, 2)}×`,
      ]);
    }
  }
  console.log(`\n${table([header, ...body])}\n`);

  const verdicts: string[][] = [
    [
      'rows',
      'pipeline/papaparse time',
      `target ≤ ${TARGET_TIME_RATIO}×`,
      'CPU time',
      `target ≤ ${TARGET_TIME_RATIO}×`,
      'pipeline peak heap/file',
      `target < ${TARGET_MEMORY_RATIO}×`,
      'pipeline added heap/file',
      `target < ${TARGET_MEMORY_RATIO}×`,
      'pipeline upload heap/file',
      `target < ${TARGET_MEMORY_RATIO}×`,
    ],
  ];
  for (const { rows, bytes, idleHeap, papa, pipeline } of results) {
    const timeRatio = pipeline.ms / papa.ms;
    const cpuRatio = pipeline.cpuMs / papa.cpuMs;
    const memoryRatio = pipeline.peakHeap / bytes;
    const addedRatio = pipeline.addedHeap / bytes;
    const uploadRatio = (pipeline.peakHeap - idleHeap) / bytes;
    verdicts.push([
      fmt(rows),
      `${fmt(timeRatio, 2)}×`,
      timeRatio <= TARGET_TIME_RATIO ? 'met' : 'NOT met',
      `${fmt(cpuRatio, 2)}×`,
      cpuRatio <= TARGET_TIME_RATIO ? 'met' : 'NOT met',
      `${fmt(memoryRatio, 2)}×`,
      memoryRatio < TARGET_MEMORY_RATIO ? 'met' : 'NOT met',
      `${fmt(addedRatio, 2)}×`,
      addedRatio < TARGET_MEMORY_RATIO ? 'met' : 'NOT met',
      `${fmt(uploadRatio, 2)}×`,
      uploadRatio < TARGET_MEMORY_RATIO ? 'met' : 'NOT met',
    ]);
  }
  console.log(table(verdicts));
  console.log(
    [
      '',
      'time is wall time; CPU time is user + system CPU of the whole process (GC helper threads included),',
      '  which does not count waiting for a core on a busy machine, so its ratio is the steadier one.',
      'peak heap: largest V8 heapUsed sampled per chunk, input text included (it is live for the whole run).',
      'added heap: peak heap minus the heap in use just before the run (garbage not yet collected included);',
      '  in the browser the File is not in the heap, so this is the closer figure there.',
      'upload heap: peak heap minus the heap the process held before the file was generated, i.e. the',
      '  input text plus what the parse adds, without the ~15 MB of modules every run carries.',
      'kept after GC: heap still held once the run is over and garbage collected, its result referenced.',
      'peak RSS: the whole process; V8 keeps pages from earlier runs, so it is indicative only.',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
