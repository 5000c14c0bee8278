import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dataPackageJson, dataPackageZip } from './data-package-zip';
import { DATA_DIR, loadDataset, readDataFileBytes } from './load';
import { dataFileNames } from './tables';

const build = { version: '1.2.3', created: '2026-12-02T00:00:00Z' };
const unzip = () => unzipSync(dataPackageZip(loadDataset(), build, readDataFileBytes));

describe('the data package ZIP', () => {
  it('holds every file of data/ byte for byte, the descriptor and a README, in one folder', () => {
    const files = unzip();
    expect(
      Object.keys(files)
        .filter((name) => !name.endsWith('/'))
        .sort(),
    ).toEqual(['README.md', 'datapackage.json', ...dataFileNames].map((name) => `russia-dprk-trade/${name}`).sort());
    for (const name of dataFileNames)
      expect(
        Buffer.from(files[`russia-dprk-trade/${name}`]!).equals(readFileSync(path.join(DATA_DIR, name))),
        name,
      ).toBe(true);
    expect(strFromU8(files['russia-dprk-trade/datapackage.json']!)).toBe(dataPackageJson(loadDataset(), build));
  });

  it('says in its README what each file holds, how to cite it (version and date), and the caveats', () => {
    const readme = strFromU8(unzip()['russia-dprk-trade/README.md']!);
    expect(readme).toContain('Version 1.2.3, built 2026-12-02.');
    expect(readme).toMatch(/## How to cite\n\n> .*version 1\.2\.3 \(2026-12-02\)/);
    expect(readme).toContain('### trade.csv: Annual trade');
    expect(readme).toContain(
      '| `value_usd` | integer | yes | Bilateral trade (exports plus imports) that year, in whole US dollars. |',
    );
    expect(readme).toContain('**Publishers disagree.**');
    const publishers = new Set(loadDataset().trade.map((row) => row.producer)).size;
    expect(readme).toContain(`${publishers} producers`);
  });

  it('is the same bytes for the same data and build', () => {
    const dataset = loadDataset();
    expect(
      Buffer.from(dataPackageZip(dataset, build, readDataFileBytes)).equals(
        Buffer.from(dataPackageZip(dataset, build, readDataFileBytes)),
      ),
    ).toBe(true);
  });
});
