export { saveBlob } from '../site/save-file';
import { composeExportSvg, EXPORT_FONT, EXPORT_SIZE, type ExportMeta } from '@/lib/charts/export-svg';

/*
 * Browser side of chart export: serialise the chart's SVG as XML, compose the
 * 1920×1080 slide image (lib/charts/export-svg.ts), and for PNG draw that SVG on a canvas.
 * Loaded only when a reader asks for an image, so it costs nothing before.
 */

function serialise(chart: SVGSVGElement): string {
  const copy = chart.cloneNode(true) as SVGSVGElement;
  if (!copy.getAttribute('viewBox')) {
    copy.setAttribute('viewBox', `0 0 ${chart.width.baseVal.value} ${chart.height.baseVal.value}`);
  }
  copy.removeAttribute('style');
  copy.removeAttribute('class');
  copy.setAttribute('font-family', EXPORT_FONT);
  return new XMLSerializer().serializeToString(copy);
}

export function chartSvgDocument(chart: SVGSVGElement, meta: ExportMeta): string {
  return composeExportSvg(serialise(chart), meta);
}

export async function chartPngBlob(chart: SVGSVGElement, meta: ExportMeta): Promise<Blob> {
  const svg = chartSvgDocument(chart, meta);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image(EXPORT_SIZE.width, EXPORT_SIZE.height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = EXPORT_SIZE.width;
    canvas.height = EXPORT_SIZE.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
