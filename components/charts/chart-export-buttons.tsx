'use client';

import { useRef, useState } from 'react';
import type { ExportMeta } from '@/lib/charts/export-svg';
import { userDataCredit } from '@/lib/charts/user-series';
import { useDrawnUserData } from './published-only';
import { userShapesKey } from './user-shapes-key';

/**
 * `drawsUserData`: the chart draws the reader's own data when loaded, so the image
 * credits it. `keysUserShapes`: it draws them as points (the trajectory), so the
 * image also says which shape is whose, as the page's legend does.
 */
type Props = { fileBase: string; meta: ExportMeta; drawsUserData: boolean; keysUserShapes?: boolean };

/** The chart SVG to export: the wide drawing, which is in the page even when hidden. */
function findChart(from: HTMLElement | null): SVGSVGElement | null {
  const scope = from?.closest('[data-export-scope]');
  // The wide drawing comes first in the card, so document order picks it.
  return scope?.querySelector<SVGSVGElement>('svg.recharts-surface, svg.chart-svg') ?? null;
}

/** "Download PNG" and "Download SVG" for the chart around these buttons. */
export function ChartExportButtons({ fileBase, meta, drawsUserData, keysUserShapes = false }: Props) {
  const anchor = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  // When the reader's own data is drawn in the chart, the image credits it too, as the page does.
  const user = useDrawnUserData();
  const shapes = user && keysUserShapes ? userShapesKey(user) : null;
  const withUser: ExportMeta =
    user && drawsUserData
      ? { ...meta, source: `${meta.source}; ${userDataCredit(user.fileName)}${shapes ? ` (${shapes})` : ''}` }
      : meta;

  async function download(format: 'png' | 'svg') {
    setError(null);
    const chart = findChart(anchor.current);
    if (!chart) return setError('The chart could not be found on the page.');
    try {
      const image = await import('./chart-image');
      const blob =
        format === 'svg'
          ? new Blob([image.chartSvgDocument(chart, withUser)], { type: 'image/svg+xml;charset=utf-8' })
          : await image.chartPngBlob(chart, withUser);
      image.saveBlob(blob, `${fileBase}.${format}`);
    } catch (reason) {
      setError(
        `The ${format.toUpperCase()} could not be made: ${reason instanceof Error ? reason.message : String(reason)}`,
      );
    }
  }

  return (
    <div className="export-buttons" ref={anchor}>
      <button type="button" onClick={() => download('png')} aria-label={`Download PNG: ${meta.title}`}>
        Download PNG
      </button>
      <button type="button" onClick={() => download('svg')} aria-label={`Download SVG: ${meta.title}`}>
        Download SVG
      </button>
      {error ? (
        <p role="alert" className="export-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
