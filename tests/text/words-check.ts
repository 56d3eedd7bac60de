// What every rendered text must be: words, not leftovers of the ids and figures behind it.
import { expect } from 'vitest';
import {
  CROSSING_IDS,
  DISTRICT_IDS,
  GROUP_IDS,
  POWER_IDS,
  PROVINCE_IDS,
  RESPONSES,
} from '../../src/engine';

/** Ids that may never appear as such in a text (the names they stand for are written otherwise). */
const RAW_IDS = new Set<string>([
  ...DISTRICT_IDS,
  ...PROVINCE_IDS,
  ...CROSSING_IDS,
  ...GROUP_IDS,
  ...POWER_IDS,
  // Response ids that are plain English words ("curfew", "jirga") are left out.
  ...RESPONSES.map((r) => r.id).filter((id) => id.includes('-')),
]);

const NOUNS =
  'soldiers|civilians|civilian deaths|militants|police(?! officer)|weeks|attacks|people|Pakistanis|militant attacks|strikes|suspects|deaths';
/** "1 soldiers", "1 weeks", "1 Afghan civilians" and the like (a nationality may come between). */
export const ONE_WITH_PLURAL = new RegExp(
  `(?<![\\d,.])1 (?:(?:Afghan|Pakistani) )?(${NOUNS})\\b`,
);
/** Four or more digits not grouped in thousands, years (19xx, 20xx) aside. */
export const UNGROUPED = /(?<![\d,.])(?!(?:19|20)\d\d(?!\d))\d{4,}(?![\d,])/;

/** Lower-case words and hyphenated tokens of a text that are ids of places, actors or responses. */
function rawIdsIn(text: string): string[] {
  // Ids are lower case; names begin with a capital. Words such as "us" or "un" in running English
  // would be lower case too, so only ids that cannot be English words are looked for.
  const tokens = text.match(/(?<![\w-])[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?![\w-])/g) ?? [];
  return tokens.filter((token) => RAW_IDS.has(token) && token !== 'us' && token !== 'un');
}

export function expectWords(text: string, source: unknown): void {
  const where = JSON.stringify(source);
  expect(typeof text, where).toBe('string');
  expect(text.trim().length, where).toBeGreaterThan(0);
  for (const leftover of ['undefined', 'NaN', 'null', '[object', 'Infinity'])
    expect(text, where).not.toContain(leftover);
  expect(rawIdsIn(text), `${where}: ${text}`).toEqual([]);
  expect(ONE_WITH_PLURAL.test(text), `${where}: ${text}`).toBe(false);
  expect(UNGROUPED.test(text), `${where}: ${text}`).toBe(false);
}
