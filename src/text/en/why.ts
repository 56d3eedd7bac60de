/** The phrases of an actor's "Why?" card in English (src/text/why.ts puts them together). */
import type { WhyPhrases } from '../catalogue-types';

export const why: WhyPhrases = {
  headline: (actor, title) => `${actor}: ${title ?? 'no reaction'}`,
  reading: (label, shown) => `${label} (${shown})`,
  yes: 'yes',
  no: 'no',
  noOtherRule: 'none of its other rules applied this week',
  modifiers: {
    difficulty: 'difficulty',
    capability: 'its strength and morale',
    foothold: 'its footholds',
    sanctuary: 'its sanctuary across the line',
    deterrence: 'deterrence',
    'kabul-restraint': "Kabul's restraint",
    interdependence: 'trade with Pakistan',
  },
  modifier: (what, points, t) => `${what} ${points > 0 ? '+' : '−'}${t.number(Math.abs(points))}`,
  dice: (roll, chance, modifiers, t) =>
    `rolled ${t.number(roll)} against a ${t.number(chance)}% chance${modifiers.length > 0 ? ` (${modifiers.join(', ')})` : ''}`,
  notSo: (title, failed) => `${title}: not so, since ${failed.join('; ')}`,
  diceSaidNo: (title, roll, chance, t) =>
    `${title}: conditions held, but the dice said no (rolled ${t.number(roll)}, needed under ${t.number(chance)})`,
  inWords: (e) =>
    `${e.headline}. ${e.outcome} Because: ${e.because.join(', ')}${e.dice ? `; it ${e.dice}` : ''}.`,
};
