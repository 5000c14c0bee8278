/*
 * npm run bench: the upload pipeline against papaparse alone.
 *
 * Generates valid upload CSVs of 100,000 and 1,000,000 rows in memory (the larger
 * is about 56 MB) and reads each five times with papaparse alone (its chunk
 * callback doing nothing per row) and with parseUpload, interleaved, with a
 * garbage collection before every run. Then the same for a 200,000-row UN
 * Comtrade-shaped file read by the Comtrade reader, and its throughput. Prints
 * the medians and the ratios against the targets, and writes them to
 * docs/performance.md. It never fails on a miss: a benchmark reports.
 */
import { cpus } from 'node:os';
import { writeSection } from '../scripts/lib/performance-doc';
import { createComtradeReader } from '../lib/upload/comtrade/reader';
import { parseRecords } from '../lib/upload/parse';
import { comtradeSection, printComtradeBench, type ComtradeResult } from './lib/comtrade-report';
import { generateCsv } from './lib/generate';
import { generateComtradeCsv } from './lib/generate-comtrade';
import { collectGarbage, runPapaparse, runPipeline, summarise, type Measurement } from './lib/measure';
import { benchSection, mb, printBench, type SizeResult } from './lib/report';

const RUNS = 5;
const SIZES = [100_000, 1_000_000];
const COMTRADE_ROWS = 200_000;

/** The 200,000-row Comtrade-shaped file, read five times each way, interleaved. */
async function benchComtrade(): Promise<ComtradeResult> {
  collectGarbage();
  const text = generateComtradeCsv(COMTRADE_ROWS);
  const bytes = Buffer.byteLength(text, 'utf8');
  console.log(`\n${COMTRADE_ROWS.toLocaleString('en-GB')} UN Comtrade rows: ${mb(bytes)}`);
  let figures = 0;
  const read = (csv: string, onProgress: () => void) =>
    parseRecords(csv, (newline) => createComtradeReader('bench.csv', newline), { onProgress }).then(({ report }) => {
      figures = report.figures.length;
      return report;
    });
  const papaRuns: Measurement[] = [];
  const pipelineRuns: Measurement[] = [];
  for (let run = 1; run <= RUNS; run += 1) {
    const papa = await runPapaparse(text);
    const pipeline = await runPipeline(text, read);
    papaRuns.push(papa);
    pipelineRuns.push(pipeline);
    console.log(`  run ${run}: papaparse ${Math.round(papa.ms)} ms, Comtrade pipeline ${Math.round(pipeline.ms)} ms`);
  }
  return { rows: COMTRADE_ROWS, bytes, papa: summarise(papaRuns), pipeline: summarise(pipelineRuns), figures };
}

async function main() {
  if (typeof gc !== 'function')
    console.warn('global.gc is not available: run with node --expose-gc (npm run bench does).');
  console.log(`Node ${process.version}, ${cpus().length} CPUs; ${RUNS} runs each, medians shown; 1 MB = 10^6 bytes.\n`);
  const results: SizeResult[] = [];
  for (const size of SIZES) {
    collectGarbage();
    const idleHeap = process.memoryUsage().heapUsed;
    const text = generateCsv(size);
    const bytes = Buffer.byteLength(text, 'utf8');
    console.log(`${size.toLocaleString('en-GB')} rows: ${mb(bytes)}`);
    const papaRuns: Measurement[] = [];
    const pipelineRuns: Measurement[] = [];
    // Interleaved, so that both see the same state of the machine.
    for (let run = 1; run <= RUNS; run += 1) {
      const papa = await runPapaparse(text);
      const pipeline = await runPipeline(text);
      papaRuns.push(papa);
      pipelineRuns.push(pipeline);
      console.log(`  run ${run}: papaparse ${Math.round(papa.ms)} ms, pipeline ${Math.round(pipeline.ms)} ms`);
    }
    const papa = summarise(papaRuns);
    const pipeline = summarise(pipelineRuns);
    if (papa.rows !== size || pipeline.rows !== size) {
      console.warn(`  row counts differ from ${size}: papaparse ${papa.rows}, pipeline ${pipeline.rows}`);
    }
    results.push({ rows: size, bytes, idleHeap, papa, pipeline });
  }
  printBench(results);
  writeSection('upload', benchSection(results, RUNS));
  const comtrade = await benchComtrade();
  printComtradeBench(comtrade, RUNS);
  writeSection('upload-comtrade', comtradeSection(comtrade, RUNS));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
