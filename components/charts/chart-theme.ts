import { CHART_LIGHT, paletteAt } from '@/lib/charts/palette';
import { CHART_FONT } from '@/lib/charts/typography';

/*
 * Okabe–Ito colours (safe for the common colour-vision deficiencies). Targets and
 * actuals also differ in form — hatched outline versus solid fill, dashed versus
 * solid line — so the chart reads in greyscale and when printed.
 *
 * Each colour is a CSS variable of app/styles/base.css, so the charts follow the
 * light or dark theme, with the light value as the fallback: exported SVG and
 * PNG files have no stylesheet, and lib/charts/export-svg.ts writes the fallbacks in.
 */
const themed = (variable: string, light: string) => `var(--${variable}, ${light})`;

export const chartColors = {
  article: themed('article', CHART_LIGHT.article),
  context: themed('context', CHART_LIGHT.context),
  /** The reader's own data: Okabe–Ito reddish purple, darkened for text contrast. */
  user: themed('user', CHART_LIGHT.user),
  target: themed('target', CHART_LIGHT.target),
  path: themed('chart-path', CHART_LIGHT.path),
  grid: themed('rule', '#d9d9d9'),
  axis: themed('chart-axis', '#4d4d4d'),
  text: themed('text', '#1f1f1f'),
  muted: themed('muted', CHART_LIGHT.muted),
  event: themed('chart-event', '#8c8c8c'),
  /** The page behind the chart: fills that must hide what is under them (hollow markers, hatching). */
  surface: themed('bg', '#ffffff'),
  cursor: themed('chart-cursor', 'rgba(0, 0, 0, 0.04)'),
  band: [themed('band-1', '#d4d4d4'), themed('band-2', '#e3e3e3'), themed('band-3', '#f0f0f0')],
} as const;

/** A producer's colour, by its style (lib/charts/palette.ts; --series-N in app/styles/base.css). */
export const seriesColor = (style: number) => themed(`series-${style % 7}`, paletteAt(style).light);

/** Dash patterns for the required-growth paths, one per target in file order. */
export const pathDashes = ['8 5', '2 5', '12 4 2 4'] as const;

/** The charts' type: one definition, in lib/, where the layouts place labels by it. */
export const chartFont = CHART_FONT;
