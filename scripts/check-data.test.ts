import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const script = path.join(root, 'scripts', 'check-data.ts');
let workDir = '';

/** A copy of data/ in a scratch folder, so the real files are never touched. */
function scratchCopy(): string {
  workDir = mkdtempSync(path.join(tmpdir(), 'check-data-'));
  cpSync(path.join(root, 'data'), path.join(workDir, 'data'), { recursive: true });
  return workDir;
}

afterEach(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

// Each test starts a TypeScript process; allow for a busy machine.
describe('npm run check-data', { timeout: 30_000 }, () => {
  it('prints a one-line summary with the rows of each file and exits 0 when data/ is valid', () => {
    const dir = scratchCopy();
    const rows = (name: string) =>
      Papa.parse(readFileSync(path.join(dir, 'data', name), 'utf8'), { header: true, skipEmptyLines: true }).data
        .length;
    const out = execFileSync(tsx, [script], { cwd: dir, encoding: 'utf8' });
    expect(out.trim()).toBe(
      `data/ is valid: ${rows('sources.csv')} sources, ${rows('targets.csv')} targets, ${rows('trade.csv')} trade, ${rows('events.csv')} events.`,
    );
  });

  it('prints where and what is wrong and exits 1 when a value is not a number', () => {
    const dir = scratchCopy();
    const file = path.join(dir, 'data', 'trade.csv');
    const text = readFileSync(file, 'utf8');
    // The article's 2015 figure, on whichever line it stands.
    const line = text.split('\n').findIndex((l) => l.startsWith('2015,84000000,article,')) + 1;
    writeFileSync(file, text.replace('2015,84000000,article,', '2015,84m,article,'));
    const result = spawnSync(tsx, [script], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('1 issue found:');
    expect(result.stderr).toContain(
      `trade.csv:${line}:2 column value_usd [type-error] '84m' uses a unit: write the full amount in whole US dollars (e.g. 84000000 for US$84 million).`,
    );
  });
});
