/**
 * The Urdu catalogue's own settings and joining words: its locale, its direction, and how a forecast
 * uses a rule's title and names its signs.
 */
import type { Catalogue } from '../catalogue';

export const language: Pick<Catalogue, 'locale' | 'lang' | 'direction' | 'ruleVerb' | 'signs'> = {
  /** The locale Intl formats numbers and plurals by (Urdu has the plural forms one and other). */
  locale: 'ur-PK',
  lang: 'ur',
  direction: 'rtl',
  /** A rule's title is already an infinitive phrase, which a forecast uses as it stands. */
  ruleVerb: (title) => title,
  /** " علامات: الف؛ ب۔" (nothing when there are none). */
  signs: (conditions) => (conditions.length > 0 ? ` علامات: ${conditions.join('؛ ')}۔` : ''),
};
