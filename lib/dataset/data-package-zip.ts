import { strToU8, zipSync } from 'fflate';
import type { Dataset } from './build';
import { dataPackageDescriptor, PACKAGE_NAME, type PackageBuild } from './data-package';
import { dataPackageReadme } from './package-readme';
import { dataFileNames, type DataFileName } from './tables';

/** The ZIP a reader cites: the files of data/ byte for byte, datapackage.json and a README, in one folder. */
export const PACKAGE_ZIP_NAME = `${PACKAGE_NAME}.zip`;

export function dataPackageJson(dataset: Dataset, build: PackageBuild): string {
  return `${JSON.stringify(dataPackageDescriptor(dataset, build), null, 2)}\n`;
}

export function dataPackageZip(
  dataset: Dataset,
  build: PackageBuild,
  rawFile: (name: DataFileName) => Uint8Array,
): Uint8Array {
  const folder = PACKAGE_NAME;
  // A fixed time on every entry, so that the same data and build give the same bytes.
  const mtime = new Date(build.created);
  return zipSync(
    {
      [folder]: {
        'datapackage.json': strToU8(dataPackageJson(dataset, build)),
        'README.md': strToU8(dataPackageReadme(dataset, build)),
        ...Object.fromEntries(dataFileNames.map((name) => [name, rawFile(name)])),
      },
    },
    { mtime, level: 9 },
  );
}
