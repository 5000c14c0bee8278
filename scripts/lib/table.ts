// Plain-text tables for the perf and load reports: fixed-width columns read well in a
// terminal and in a CI log, where colours and box characters do not.

/** Left-aligns the first column, right-aligns the rest (numbers). */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** How a figure compares to its target. Targets are reported, never enforced: a miss does not fail the command. */
export function mark(met: boolean): string {
  return met ? 'met' : 'missed';
}

export function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}
