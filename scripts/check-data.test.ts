import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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
  it('prints a one-line summary and exits 0 when data/ is valid', () => {
    const out = execFileSync(tsx, [script], { cwd: scratchCopy(), encoding: 'utf8' });
    expect(out.trim()).toBe('data/ is valid: 6 sources, 2 targets, 6 trade, 9 events.');
  });

  it('prints where and what is wrong and exits 1 when a value is not a number', () => {
    const dir = scratchCopy();
    const file = path.join(dir, 'data', 'trade.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('2015,84000000,', '2015,84m,'));
    const result = spawnSync(tsx, [script], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('1 issue found:');
    expect(result.stderr).toContain(
      "trade.csv:3:2 column value_usd [type-error] '84m' uses a unit: write the full amount in whole US dollars (e.g. 84000000 for US$84 million).",
    );
  });
});
