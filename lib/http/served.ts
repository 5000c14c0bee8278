import { loadDataset, packageBuild, readDataFileBytes } from '../dataset/load';
import { findDownload, type DownloadInputs } from './downloads';

/** A download's body: raw files as they are on disk, the rest from our writers (the route and the tests both serve through this). */
export async function servedBody(name: string): Promise<string | Uint8Array> {
  const download = findDownload(name);
  if (!download) throw new Error(`${name} is not served`);
  if (download.kind === 'raw') return readDataFileBytes(download.name);
  const inputs: DownloadInputs = { dataset: loadDataset(), build: packageBuild(), rawFile: readDataFileBytes };
  return download.build(inputs);
}
