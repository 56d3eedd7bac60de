/**
 * Numbers and plurals for the catalogues, through Intl only (no eval, no message compiler), so each
 * language words its counts by its own plural rules and digits.
 */

/** A noun in each plural category the language uses; `other` is always required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface Format {
  /** 12345 → "12,345" in English. */
  number(value: number): string;
  /** The noun alone, in the form the count takes: (1, soldier/soldiers) → "soldier". */
  noun(value: number, forms: PluralForms): string;
  /** A count with its noun: (1, soldier/soldiers) → "1 soldier", 25587 → "25,587 soldiers". */
  count(value: number, forms: PluralForms): string;
  /** A code or serial number in the language's digits, without grouping: 12345 → "12345". */
  plain(value: number): string;
  /** 60 → "60%". */
  percent(value: number): string;
}

export function formatFor(locale: string): Format {
  const numbers = new Intl.NumberFormat(locale);
  const plurals = new Intl.PluralRules(locale);
  const plain = new Intl.NumberFormat(locale, { useGrouping: false });
  const percents = new Intl.NumberFormat(locale, { style: 'percent' });
  const noun = (value: number, forms: PluralForms) => forms[plurals.select(value)] ?? forms.other;
  return {
    number: (value) => numbers.format(value),
    noun,
    count: (value, forms) => `${numbers.format(value)} ${noun(value, forms)}`,
    plain: (value) => plain.format(value),
    percent: (value) => percents.format(value / 100),
  };
}
