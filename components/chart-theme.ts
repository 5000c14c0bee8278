/*
 * Okabe–Ito colours (safe for the common colour-vision deficiencies). Targets and
 * actuals also differ in form — hatched outline versus solid fill, dashed versus
 * solid line — so the chart reads in greyscale and when printed.
 */
export const chartColors = {
  article: '#0072B2',
  context: '#B35900',
  /** The reader's own data: Okabe–Ito reddish purple, darkened for text contrast. */
  user: '#A4477E',
  target: '#3d3d3d',
  path: '#5a5a5a',
  grid: '#d9d9d9',
  axis: '#4d4d4d',
  text: '#1f1f1f',
  muted: '#595959',
  event: '#8c8c8c',
  band: ['#d4d4d4', '#e3e3e3', '#f0f0f0'],
} as const;

/** Dash patterns for the required-growth paths, one per target in file order. */
export const pathDashes = ['8 5', '2 5', '12 4 2 4'] as const;

export const chartFont = { family: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif', size: 13 } as const;
