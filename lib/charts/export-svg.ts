/*
 * A chart for a slide deck: one standalone 1920×1080 SVG with a white background,
 * the chart's title, the chart itself, and a footer with the unit and the source,
 * so the provenance travels with the image. Fonts are generic families present on
 * every office machine, not the web page's.
 */

import { wrapText } from './wrap-text';

export const EXPORT_SIZE = { width: 1920, height: 1080 } as const;
export const EXPORT_FONT = "Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif";

export type ExportMeta = {
  title: string;
  subtitle: string;
  /** "Source: KOTRA via CGTN, 2019-04-23" */
  source: string;
  /** "Unit: US$ million (current dollars)" */
  unit: string;
};

/** The footer's unit line: money for the bars and the trajectory; shares for the attainment bullets. */
export const MONEY_UNIT = 'Unit: US$ million (current dollars)';
export const ATTAINMENT_UNIT = 'Unit: share of each target (%)';

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

const MARGIN = 80;
const CHART_TOP = 210;
/** About how many 30 px characters fit across the image (Arial averages about half an em). */
const SUBTITLE_CHARS = 100;
const SUBTITLE_LINE = 38;
const FOOTER_LINE = 32;
/** About how many 24 px characters fit across the image. */
const FOOTER_CHARS = 118;

/**
 * The chart's colours are CSS variables with the light colour as fallback
 * (components/charts/chart-theme.ts). An exported file has no stylesheet, and office
 * programs do not read var(): write the fallback colour itself.
 */
export function resolveColourVariables(svg: string): string {
  return svg.replace(/var\(--[\w-]+,\s*((?:[^()]|\([^()]*\))*?)\s*\)/g, '$1');
}

/**
 * `chartSvg` is the chart's own <svg> serialised as XML, with its viewBox. It is
 * nested, scaled to fit between header and footer, keeping its proportions.
 */
export function composeExportSvg(chartSvg: string, meta: ExportMeta): string {
  const { width, height } = EXPORT_SIZE;
  // Long source lists wrap; the footer grows upwards and the chart gives way.
  const footerLines = [...wrapText(meta.source, FOOTER_CHARS), meta.unit];
  const footerHeight = 50 + footerLines.length * FOOTER_LINE;
  // A long subtitle wraps too (it ran off the image), and pushes the chart down.
  const subtitleLines = wrapText(meta.subtitle, SUBTITLE_CHARS);
  const chartTop = CHART_TOP + Math.max(0, subtitleLines.length - 1) * SUBTITLE_LINE;
  const chartHeight = height - chartTop - footerHeight - 20;
  const nested = resolveColourVariables(chartSvg)
    .replace(/^<\?xml[^>]*>\s*/, '')
    .replace(/^<svg\b([^>]*)>/, (_, attributes: string) => {
      const viewBox = /viewBox="([^"]+)"/.exec(attributes)?.[1] ?? '';
      return `<svg x="${MARGIN}" y="${chartTop}" width="${width - 2 * MARGIN}" height="${chartHeight}" viewBox="${viewBox}" preserveAspectRatio="xMidYMid meet">`;
    });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(EXPORT_FONT)}">`,
    `<title>${escapeXml(meta.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${MARGIN}" y="110" font-size="52" font-weight="700" fill="#1f1f1f">${escapeXml(meta.title)}</text>`,
    ...subtitleLines.map(
      (line, i) =>
        `<text x="${MARGIN}" y="${165 + i * SUBTITLE_LINE}" font-size="30" fill="#4d4d4d">${escapeXml(line)}</text>`,
    ),
    nested,
    `<line x1="${MARGIN}" x2="${width - MARGIN}" y1="${height - footerHeight}" y2="${height - footerHeight}" stroke="#d9d9d9" stroke-width="2"/>`,
    ...footerLines.map(
      (line, i) =>
        `<text x="${MARGIN}" y="${height - footerHeight + 40 + i * FOOTER_LINE}" font-size="24" fill="#4d4d4d">${escapeXml(line)}</text>`,
    ),
    '</svg>',
  ].join('\n');
}
