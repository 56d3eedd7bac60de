/** The English catalogue: every word the game shows that the engine used to write. */
import { events } from './events';
import { names } from './names';

export const en = {
  /** The locale Intl formats numbers and plurals by. */
  locale: 'en-GB',
  names,
  events,
};
