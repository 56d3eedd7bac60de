/** Plain-words formatting shared by engine texts; no locale APIs, so every runtime prints the same. */

/** 12345 → "12,345". */
export function formatCount(value: number): string {
  const digits = String(Math.trunc(Math.abs(value)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return value < 0 ? `-${grouped}` : grouped;
}
