/** Plain-text tables and number formats shared by the balance report's sections. */

export const pct = (value: number) => `${value.toFixed(1)}%`;
export const mean = (sum: number, n: number) => (n === 0 ? '-' : (sum / n).toFixed(2));

/** Lays out rows as columns: the first column left-aligned, the others right-aligned. */
export function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map(
    (row) =>
      '  ' +
      row
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
        .join('  ')
        .trimEnd(),
  );
}

/** A section: its lines joined, ending in a newline. */
export const section = (lines: readonly string[]) => `${lines.join('\n')}\n`;
