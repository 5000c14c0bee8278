/**
 * The colour theme a reader picked. 'auto' follows the system setting; 'light'
 * and 'dark' are stored in localStorage under THEME_STORAGE_KEY and put on
 * <html data-theme> before paint by the inline script (lib/site/before-paint-script.ts).
 */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_STORAGE_KEY = 'russia-dprk-theme';

export function parseTheme(value: unknown): Theme {
  return value === 'light' || value === 'dark' ? value : 'auto';
}
