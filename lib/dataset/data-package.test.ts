import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Package } from 'datapackage';
import { describe, expect, it } from 'vitest';
import { dataPackageDescriptor } from './data-package';
import { DATA_DIR, loadDataset } from './load';
import { dataFileNames } from './tables';

/*
 * The descriptor is checked by a Frictionless implementation (frictionless-js
 * `datapackage`, with the Data Package and Table Schema profiles it carries), and
 * every row of data/ is read through the descriptor's own schemas, not through zod.
 */

const build = { version: '9.9.9', created: '2026-12-02T00:00:00Z' };
const descriptor = () => dataPackageDescriptor(loadDataset(), build);

async function readAll(dataDir: string) {
  const pack = await Package.load(descriptor(), { basePath: dataDir });
  const rows: Record<string, Record<string, unknown>[]> = {};
  for (const resource of pack.resources) rows[resource.name] = await resource.read({ keyed: true, relations: true });
  return { pack, rows };
}

function copyOfData(change: (name: string, text: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'data-package-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  for (const name of dataFileNames) {
    const file = path.join(dir, name);
    writeFileSync(file, change(name, readFileSync(file, 'utf8')));
  }
  return dir;
}

describe('the data package descriptor', () => {
  it('is valid against the tabular Data Package profile', async () => {
    const pack = await Package.load(descriptor(), { basePath: DATA_DIR });
    expect(pack.errors.map(String)).toEqual([]);
    expect(pack.valid).toBe(true);
  });

  it('says what the package is, when it was built, under which licence, and every source with its address', () => {
    const d = descriptor();
    expect(d).toMatchObject({ name: 'russia-dprk-trade', version: '9.9.9', created: '2026-12-02T00:00:00Z' });
    expect(d.licenses[0]?.name).toBe('CC-BY-4.0');
    expect(d.sources).toHaveLength(loadDataset().sources.length);
    expect(d.sources[0]?.path).toMatch(/^https?:\/\//);
    expect(d.resources.map((r) => r.path)).toEqual(dataFileNames);
  });

  it('gives each column its type, constraints and description, from the zod schemas', () => {
    const trade = descriptor().resources.find((r) => r.name === 'trade')!.schema;
    expect(trade.primaryKey).toEqual(['year', 'producer', 'source_id']);
    expect(trade.foreignKeys).toEqual([
      { fields: 'source_id', reference: { resource: 'sources', fields: 'source_id' } },
    ]);
    const value = trade.fields.find((f) => f.name === 'value_usd');
    expect(value).toMatchObject({ type: 'integer', constraints: { required: true, minimum: 0 } });
    expect(value?.description).toMatch(/whole US dollars/);
    expect(trade.fields.find((f) => f.name === 'basis')?.constraints?.enum).toEqual(['article', 'context']);
    expect(trade.fields.find((f) => f.name === 'note')?.constraints).toBeUndefined();
    expect(trade.fields.find((f) => f.name === 'kind')?.constraints?.enum).toEqual([
      'reported',
      'derived',
      'estimate',
      'statement',
    ]);
    expect(trade.fields.find((f) => f.name === 'producer')).toMatchObject({
      type: 'string',
      constraints: { required: true },
    });
    expect(trade.fields.find((f) => f.name === 'derived_from')?.description).toMatch(
      /exports 5720000 \+ imports 77500000/,
    );
  });
});

describe('the rows of data/, read through the descriptor', () => {
  it('all conform, with their types and foreign keys', async () => {
    const { rows } = await readAll(DATA_DIR);
    const dataset = loadDataset();
    expect(rows.trade).toHaveLength(dataset.trade.length);
    expect(rows.trade?.find((r) => r.year === 2015 && r.basis === 'article')?.value_usd).toBe(84000000);
    expect(rows.targets?.map((r) => r.value_usd)).toEqual(dataset.targets.map((t) => t.value_usd));
    expect(rows.events?.every((r) => typeof r.highlight === 'boolean')).toBe(true);
  });

  /** What the descriptor's check says of a copy of data/ with one change, or '' if it takes every row. */
  async function refusal(file: string, from: string, to: string): Promise<string> {
    const dir = copyOfData((name, text) => (name === file ? text.replace(from, to) : text));
    try {
      await readAll(dir);
      return '';
    } catch (error) {
      const { message, errors = [] } = error as Error & { errors?: Error[] };
      return [message, ...errors.map(String)].join(' | ');
    }
  }

  it('refuse what zod refuses: a negative amount, a repeated key, an unknown source, a broken supersedes', async () => {
    expect(await refusal('trade.csv', ',84000000,', ',-84000000,')).toMatch(
      /"-84000000" does not conform to the "minimum" constraint for column "value_usd"/,
    );
    expect(
      await refusal(
        'trade.csv',
        '2015,84000000,article,reported,KOTRA,,cgtn-2019-04-23',
        '2014,92340000,context,reported,KOTRA,,usasiajournal-35375',
      ),
    ).toMatch(/unique constraint violation in column "year, producer, source_id"/);
    expect(await refusal('events.csv', ',cgtn-2019-04-23,', ',no-such-source,')).toMatch(
      /Foreign key "source_id" violation/,
    );
    expect(await refusal('targets.csv', ',original-2014,cgtn', ',no-such-target,cgtn')).toMatch(
      /Foreign key "supersedes" violation/,
    );
  });
});
