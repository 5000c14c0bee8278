import { attachmentName } from '@/lib/charts/files';
import { showsContext, type View } from '@/lib/charts/view';
import type { Dataset } from '@/lib/dataset/build';
import type { Source } from '@/lib/dataset/schema';
import { listedDownloads, packageDownload } from '@/lib/http/downloads';
import { spreadsheetName } from '@/lib/http/spreadsheets';
import { withBasePath } from '@/lib/site/base-path';
import { reserveSlot } from '@/lib/site/reserved-space';
import { DownloadLink } from '../site/download-link';
import { UserDataTable } from '../upload/user-data-table';
import { SourcesTable } from './sources-table';

/** Every figure with its source, the reader's own beside them, and the files to download. */
export function DataAndSources({
  dataset,
  view,
  source,
}: {
  dataset: Dataset;
  view: View;
  source: (sourceId: string) => Source;
}) {
  return (
    <section className="section" aria-labelledby="sources-title">
      <h2 id="sources-title">Data and sources</h2>
      <p>
        {showsContext(view)
          ? 'Every figure with its kind, who produced it, who reported it and the exact words that support it. Where two publishers give different figures for one year, both are kept, with how far apart they are: trade statistics often disagree.'
          : 'The article’s figures with their source and the exact words that support them. With context figures on, every other report’s figures are listed too.'}
      </p>
      <SourcesTable dataset={dataset} view={view} source={source} />
      <div {...reserveSlot('your-data-table')}>
        <UserDataTable />
      </div>
      <div className="downloads-section">
        <h3>Downloads</h3>
        <p className="download-all">
          <DownloadLink file={packageDownload} context={`(${attachmentName(packageDownload)})`}>
            Download all (ZIP)
          </DownloadLink>
          <span className="muted">
            : the data files, with a Frictionless <a href={withBasePath('/data/datapackage.json')}>data package</a>{' '}
            descriptor and a README on how to cite them.
          </span>
        </p>
        <ul className="downloads">
          {listedDownloads.map((name) => (
            <li key={name}>
              <DownloadLink file={name}>{attachmentName(name)}</DownloadLink>
              <span aria-hidden="true"> · </span>
              <DownloadLink file={spreadsheetName(name)} context={`(${attachmentName(spreadsheetName(name))})`}>
                Excel
              </DownloadLink>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
