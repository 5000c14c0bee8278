// One timed run of papaparse alone, or of our pipeline, on a CSV text: wall and CPU time, and
// the heap as sampled once per chunk (parsing a string is synchronous: a timer would never fire).
import Papa from 'papaparse';
import { parseUpload } from '../../lib/upload/parse';
import type { UploadReport } from '../../lib/upload/report';
import { detectNewline } from '../../lib/upload/sniff';
import { median } from '../../scripts/lib/median';

const CHUNK_SIZE = 1024 * 1024;

type Sample = { heapUsed: number };
export type Measurement = {
  ms: number;
  cpuMs: number;
  rows: number;
  peakHeap: number;
  retainedHeap: number;
};

export function collectGarbage() {
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

/** Tracks the largest heapUsed seen. */
function memorySampler() {
  const peak: Sample = { heapUsed: 0 };
  return {
    sample() {
      const { heapUsed } = process.memoryUsage();
      if (heapUsed > peak.heapUsed) peak.heapUsed = heapUsed;
    },
    peak,
  };
}

/** (a) papaparse alone, with the options and chunk callback of parseUpload, doing nothing per row. */
export function runPapaparse(text: string): Promise<Measurement> {
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
          retainedHeap,
        });
      },
      error(error: Error) {
        reject(error);
      },
    });
  });
}

/** (b) our parse-and-validate pipeline: the template's reader, or another (UN Comtrade's). */
export async function runPipeline(
  text: string,
  read: (text: string, onProgress: () => void) => Promise<UploadReport> = (csv, onProgress) =>
    parseUpload(csv, 'bench.csv', { onProgress }),
): Promise<Measurement> {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const memory = memorySampler();
  memory.sample();
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const report = await read(text, () => memory.sample());
  const ms = performance.now() - start;
  const cpuMs = cpuMillis(cpuStart);
  memory.sample();
  // What the result keeps (the report is still referenced below).
  collectGarbage();
  const retainedHeap = process.memoryUsage().heapUsed - before;
  if (report.issueCount !== 0)
    throw new Error(
      `the generated file should be valid, got ${report.issueCount} issues: ${report.issues[0]?.message ?? ''}`,
    );
  return {
    ms,
    cpuMs,
    rows: report.rowCount,
    peakHeap: memory.peak.heapUsed,
    retainedHeap,
  };
}

/** The medians of a few runs, figure by figure. */
export type Summary = Measurement;

export function summarise(runs: Measurement[]): Summary {
  return {
    ms: median(runs.map((r) => r.ms)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    rows: runs[0]?.rows ?? 0,
    peakHeap: median(runs.map((r) => r.peakHeap)),
    retainedHeap: median(runs.map((r) => r.retainedHeap)),
  };
}
