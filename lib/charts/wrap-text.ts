/**
 * Splits a label into lines of at most `maxChars` characters at spaces, for SVG
 * text, which does not wrap by itself. Measuring text is not possible on the
 * server, so the chart labels wrap by character count, the same on both sides.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && `${current} ${word}`.length > maxChars) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  return lines;
}
