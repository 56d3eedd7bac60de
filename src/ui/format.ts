/** Number formatting for the panels. */
const NUMBER = new Intl.NumberFormat('en-GB');

export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

const PLURAL = new Intl.PluralRules('en-GB');

/** A count with its noun in the right number: "1 week", "3 weeks", "25,587 people". */
export function formatCounted(value: number, one: string, other: string): string {
  return `${NUMBER.format(value)} ${PLURAL.select(value) === 'one' ? one : other}`;
}
