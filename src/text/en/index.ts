/** The English catalogue: every word the game shows that the engine used to write. */
import { advice, advisorTitles, stances } from './advisors';
import { intelligence } from './briefing';
import { conditions, ruleTitles } from './doctrines';
import { endingFacts, endings } from './endings';
import { events } from './events';
import { names } from './names';
import { outcomes } from './outcomes';
import { requirements, targetReasons, unavailable } from './reasons';
import { ui } from './ui';
import { why } from './why';

export const en = {
  /** The locale Intl formats numbers and plurals by. */
  locale: 'en-GB',
  /** The document's language tag and writing direction. */
  lang: 'en',
  direction: 'ltr' as 'ltr' | 'rtl',
  names,
  events,
  outcomes,
  ruleTitles,
  conditions,
  /** A rule's title as the verb of a forecast: "Strike back …" → "strike back …". */
  ruleVerb: (title: string): string => `${title.charAt(0).toLowerCase()}${title.slice(1)}`,
  /** The signs a forecast names: " Signs: a; b." (nothing when there are none). */
  signs: (conditions: readonly string[]): string =>
    conditions.length > 0 ? ` Signs: ${conditions.join('; ')}.` : '',
  intelligence,
  why,
  ui,
  endings,
  endingFacts,
  requirements,
  targetReasons,
  unavailable,
  advisorTitles,
  stances,
  advice,
};
