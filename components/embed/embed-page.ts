import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { chartIds, chartWords, type ChartId } from '@/lib/charts/registry';
import type { View } from '@/lib/charts/view';
import { loadDataset } from '@/lib/dataset/load';
import { DECK_TITLE } from '@/lib/deck/slides';

/*
 * What the two embed routes (app/embed/[chart]/page.tsx and …/context/page.tsx)
 * share: the chart their address names, and the page's title.
 */

/** The chart an embed address names; any other name is a 404 (the build prerenders only these). */
export function chartOfAddress(name: string): ChartId {
  const chart = chartIds.find((id) => id === name);
  if (!chart) notFound();
  return chart;
}

/** The chart's title first, as a browser tab or a screen reader's list of frames shows it. */
export function embedMetadata(chart: ChartId, view: View): Metadata {
  return { title: `${chartWords(chart, loadDataset(), view).title} · ${DECK_TITLE}` };
}
