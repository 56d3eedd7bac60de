/** How the lab names and explains each built-in strategy to a class. */
import { STRATEGIES, type StrategyName } from '../engine/strategies';

const ABOUT: Partial<Record<string, { name: string; about: string }>> = {
  random: { name: 'Random', about: 'Any legal set of responses, chosen by chance each week.' },
  hawk: {
    name: 'Hawk',
    about: 'Force first: strikes, clearances, blaming Kabul and closing crossings.',
  },
  dove: {
    name: 'Dove',
    about: 'Restraint first: talks, open crossings, outreach and development; never force.',
  },
  balanced: {
    name: 'Balanced',
    about: 'Policing and coordination always, talks when possible, force only under pressure.',
  },
  'advisor:military': {
    name: 'Military command',
    about: 'Does whatever the military advisor recommends, every week.',
  },
  'advisor:foreign': {
    name: 'Foreign Office',
    about: 'Does whatever the Foreign Office recommends, every week.',
  },
  'advisor:province': {
    name: 'KP government',
    about: 'Does whatever the provincial government recommends, every week.',
  },
  'advisor:finance': {
    name: 'Finance',
    about: 'Does whatever the finance ministry recommends, every week.',
  },
  'advisor:interior': {
    name: 'Interior',
    about: 'Does whatever interior and intelligence recommend, every week.',
  },
  search: {
    name: 'Search bot',
    about:
      'Tries several plans in imagined futures (never the real dice) and keeps the best. Slow: a few games a second.',
  },
};

export const LAB_STRATEGIES = Object.keys(STRATEGIES) as StrategyName[];

export function strategyName(strategy: StrategyName): string {
  return ABOUT[strategy]?.name ?? strategy;
}

export function strategyAbout(strategy: StrategyName): string {
  return ABOUT[strategy]?.about ?? '';
}
