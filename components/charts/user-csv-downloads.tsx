'use client';

import { useEffect } from 'react';
import { chartCsvWithUserData } from '@/lib/charts/user-csv';
import { saveCsv } from '../site/save-file';
import { userDataSnapshot } from '../upload/user-data-store';

/**
 * While the reader has data loaded, a chart's "Download data (CSV)" link gives
 * the chart's table with their rows added, built here in the browser. Without
 * loaded data the link downloads the published file as usual.
 */
export function UserCsvDownloads() {
  useEffect(() => {
    async function onClick(event: MouseEvent) {
      const link = (event.target as HTMLElement | null)?.closest<HTMLAnchorElement>('a[data-chart-csv]');
      const user = userDataSnapshot();
      if (!link || !user) return;
      event.preventDefault();
      const published = await (await fetch(link.href)).text();
      const csv = chartCsvWithUserData(link.dataset.chartCsv ?? '', published, user);
      saveCsv(csv, link.download || 'chart.csv');
    }
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  return null;
}
