/*
 * The colours of the published producers' series, with the name an exported
 * image's key gives each in words. Style 0 is the article's blue. Light values
 * keep at least 3:1 against white for marks, dark ones against the dark page;
 * app/styles/base.css declares each as --series-N with these two values.
 */
export const SERIES_PALETTE = [
  { name: 'blue', light: '#0072b2', dark: '#56b4e9' },
  { name: 'orange', light: '#b35900', dark: '#e69f00' },
  { name: 'green', light: '#00785a', dark: '#35c79e' },
  { name: 'red', light: '#cc3311', dark: '#ff7f5c' },
  { name: 'olive', light: '#6b6b00', dark: '#c9c94a' },
  { name: 'purple', light: '#6a3d9a', dark: '#b59be0' },
  { name: 'grey', light: '#5c5c5c', dark: '#bdbdbd' },
] as const;

/**
 * The charts' other colours, light values: the page's CSS variables fall back to
 * them (components/charts/chart-theme.ts), and files we write (PowerPoint) use them.
 */
export const CHART_LIGHT = {
  article: '#0072B2',
  context: '#B35900',
  user: '#A4477E',
  target: '#3d3d3d',
  path: '#5a5a5a',
  muted: '#595959',
} as const;

export const paletteAt = (style: number) => SERIES_PALETTE[style % SERIES_PALETTE.length] ?? SERIES_PALETTE[0];
