/*
 * The charts' type, shared by the layouts (which place labels without measuring
 * text, so that the server and the browser draw the same) and the drawings.
 */
export const CHART_FONT = {
  family: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  /** Body size of chart text, in px of the drawing. */
  size: 13,
} as const;
