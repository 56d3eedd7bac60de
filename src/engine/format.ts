/** Plain-words formatting shared by engine texts; no locale APIs, so every runtime prints the same. */

/** 12345 → "12,345". */
export function formatCount(value: number): string {
  const digits = String(Math.trunc(Math.abs(value)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return value < 0 ? `-${grouped}` : grouped;
}

/** A count with its noun in the right number: 1 → "1 soldier", 1234 → "1,234 soldiers". */
export function counted(value: number, one: string, other: string): string {
  return `${formatCount(value)} ${value === 1 ? one : other}`;
}
