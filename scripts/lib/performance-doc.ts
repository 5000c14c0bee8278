// docs/performance.md is written by the commands that measure: `npm run perf` writes the
// pages' section and `npm run bench` the upload's, each between its own markers, so that
// neither overwrites the other and nobody types a measured figure by hand.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';

const DOC = path.join(process.cwd(), 'docs', 'performance.md');

const HEADER = `# Performance

Written by the commands that measure, never by hand: \`npm run perf\` (pages) and
\`npm run bench\` (upload) each replace their own section below. Both run on whatever
machine they are given and report against the targets; neither fails on a miss, since
shared machines are too noisy for timed assertions. Compare figures within one section:
they were measured side by side, in one run.
`;

/** Where and when a figure was measured: the same line at the top of each section. */
export function machineLine(): string {
  const date = new Date().toISOString().slice(0, 10);
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(', ');
  return `Measured ${date} on Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), load average ${load}.`;
}

/** Replaces the section named `name` in docs/performance.md, or adds it at the end. */
export function writeSection(name: string, markdown: string): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const current = existsSync(DOC) ? readFileSync(DOC, 'utf8') : HEADER;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? `${current.slice(0, from)}${block}${current.slice(to + end.length)}`
      : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(DOC, next);
  console.log(`Wrote the "${name}" section of ${path.relative(process.cwd(), DOC)}.`);
}

/** A Markdown table: header, rule, rows. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
