/** A label's centre and width, in pixels. */
export type Span = { x: number; width: number };

/**
 * Which of a row of point labels to draw so that none overlap: the last point
 * first (the latest figure is the one readers look for), then the first, then
 * the others from left to right, each kept only if it clears every label
 * already kept and every label in `taken` (drawn by others, such as the
 * article's figures). Returns the indexes kept.
 */
export function labelsThatFit(labels: readonly Span[], gap = 6, taken: readonly Span[] = []): Set<number> {
  const kept: number[] = [];
  const apart = (a: Span, b: Span) => Math.abs(a.x - b.x) >= (a.width + b.width) / 2 + gap;
  const clears = (i: number) => {
    const a = labels[i];
    if (!a) return false;
    return (
      taken.every((b) => apart(a, b)) &&
      kept.every((k) => {
        const b = labels[k];
        return !b || apart(a, b);
      })
    );
  };
  const order = [labels.length - 1, 0, ...labels.keys()];
  for (const i of order) if (i >= 0 && !kept.includes(i) && clears(i)) kept.push(i);
  return new Set(kept);
}

/** Widths in em of the characters chart labels are made of: digits as wide as DejaVu Sans draws them (the widest of the system fonts). */
function characterWidth(c: string): number {
  if (/[0-9]/.test(c)) return 0.64;
  if (/[.,:;'’|!il\s\u00A0]/.test(c)) return 0.32;
  if (/[mwMW]/.test(c)) return 0.9;
  if (/[A-Z$]/.test(c)) return 0.7;
  return 0.6;
}

/**
 * Rough width of a label in the chart's sans-serif: enough to keep labels apart
 * without measuring text, which the server cannot do (server and client agree).
 */
export function estimatedLabelWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const c of text) em += characterWidth(c);
  return em * fontSize;
}
