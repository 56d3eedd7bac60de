/**
 * Words for what the engine reports as ids: a language's catalogue bound to its Intl formats.
 * The engine never imports this folder (eslint's engine fence); the interface, the map, the CLI,
 * the classroom tools and the lab all word the engine's ids through it.
 */
import type { EventWords } from '../engine';
import type { Catalogue } from './catalogue';
import type { Tools } from './catalogue-types';
import { en } from './en';
import { formatFor } from './format';

export type { Catalogue } from './catalogue';

export const CATALOGUES = { en } as const satisfies Record<string, Catalogue>;
export type Language = keyof typeof CATALOGUES;

export interface Words {
  readonly language: Language;
  /** A week's event in a sentence or two. */
  event(words: EventWords): string;
}

/** Calls the entry for a words object's id (TypeScript cannot follow an entry table keyed by id). */
function entryFor<W extends { id: string }>(
  entries: { readonly [id: string]: (words: never, t: Tools) => string },
  words: W,
): (words: W, t: Tools) => string {
  const entry = entries[words.id];
  if (!entry) throw new Error(`No words for "${words.id}".`);
  return entry as (words: W, t: Tools) => string;
}

export function wordsIn(language: Language): Words {
  const catalogue: Catalogue = CATALOGUES[language];
  const tools: Tools = { ...formatFor(catalogue.locale), ...catalogue.names };
  return {
    language,
    event: (words) => entryFor(catalogue.events, words)(words, tools),
  };
}

/** The English words: the game's one language until the Urdu catalogue joins. */
export const EN: Words = wordsIn('en');
