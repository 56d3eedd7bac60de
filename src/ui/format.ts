/** Number formatting for the panels. */
const NUMBER = new Intl.NumberFormat('en-GB');

export function formatNumber(value: number): string {
  return NUMBER.format(value);
}
