'use client';

import type { MouseEvent } from 'react';
import { attachmentName } from '@/lib/charts/files';
import { withBasePath } from '@/lib/site/base-path';
import { saveCsv, saveWorkbook } from '../site/save-file';
import { useDrawnUserData } from './published-only';

type Props = { chart: string; csvFile: string; xlsxFile: string; drawsUserData: boolean; context: string };

/**
 * A chart's "Download data (CSV)" and "(Excel)". Plain links to the published
 * table and its workbook, which work without JavaScript; while the reader has
 * data loaded and the chart draws it, the file they get has their rows added,
 * built here in the browser from the published CSV.
 */
export function ChartDataLinks({ chart, csvFile, xlsxFile, drawsUserData, context }: Props) {
  const user = useDrawnUserData();
  const csvHref = withBasePath(`/data/${csvFile}`);

  async function withUserRows(event: MouseEvent<HTMLAnchorElement>, format: 'csv' | 'xlsx') {
    if (!user || !drawsUserData) return;
    event.preventDefault();
    const [published, { chartTableWithUserData, chartCsvWithUserData }, { citationsOf }] = await Promise.all([
      fetch(csvHref).then((response) => response.text()),
      import('@/lib/charts/user-csv'),
      import('@/lib/spreadsheet/citations'),
    ]);
    if (format === 'csv') {
      saveCsv(chartCsvWithUserData(chart, published, user), attachmentName(csvFile));
      return;
    }
    const table = chartTableWithUserData(chart, published, user);
    await saveWorkbook(table, { citations: citationsOf(table.rows) }, attachmentName(xlsxFile));
  }

  const link = (file: string, format: 'csv' | 'xlsx', label: string) => (
    <a
      className="download-link"
      href={withBasePath(`/data/${file}`)}
      download={attachmentName(file)}
      onClick={(event) => void withUserRows(event, format)}
    >
      <span aria-hidden="true">↓ </span>
      Download data ({label})<span className="visually-hidden"> {context}</span>
    </a>
  );

  return (
    <>
      {link(csvFile, 'csv', 'CSV')}
      {link(xlsxFile, 'xlsx', 'Excel')}
    </>
  );
}
