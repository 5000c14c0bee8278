'use client';

import type { MouseEvent } from 'react';
import { attachmentName } from '@/lib/charts/files';
import { saveCsv } from '../site/save-file';
import { useUserData } from '../upload/use-user-data';
import { withBasePath } from '@/lib/site/base-path';

type Props = { chart: string; file: string; drawsUserData: boolean; context: string };

/**
 * A chart's "Download data (CSV)". A plain link to the published table, which
 * works without JavaScript; while the reader has data loaded and the chart draws
 * it, the file they get has their rows added, built here in the browser.
 */
export function ChartCsvLink({ chart, file, drawsUserData, context }: Props) {
  const user = useUserData();
  const href = withBasePath(`/data/${file}`);
  const download = attachmentName(file);

  async function withUserRows(event: MouseEvent<HTMLAnchorElement>) {
    if (!user || !drawsUserData) return;
    event.preventDefault();
    const [published, { chartCsvWithUserData }] = await Promise.all([
      fetch(href).then((response) => response.text()),
      import('@/lib/charts/user-csv'),
    ]);
    saveCsv(chartCsvWithUserData(chart, published, user), download);
  }

  return (
    <a className="download-link" href={href} download={download} onClick={withUserRows}>
      <span aria-hidden="true">↓ </span>
      Download data (CSV)
      <span className="visually-hidden"> {context}</span>
    </a>
  );
}
