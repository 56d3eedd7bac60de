/** The endings in English: each ending's title and summary, and each fact behind it in plain words. */
import type { EndingEntries, FactEntries } from '../catalogue-types';

export const endings: EndingEntries = {
  'open-war': {
    title: 'Open war',
    summary:
      'The ladder ran out. Pakistan and Afghanistan are at war, and everyone on both sides of the line pays for it.',
  },
  'loss-of-confidence': {
    title: 'Loss of public confidence',
    summary:
      'The public and the institutions stopped believing the government could protect them. The policy is no longer yours to make.',
  },
  'fiscal-crisis': {
    title: 'Fiscal crisis',
    summary:
      'The treasury ran dry. Operations, police pay and development stall as the state scrambles for emergency money.',
  },
  'strategic-reset': {
    title: 'Strategic reset',
    summary:
      'Attacks and deaths have fallen well below what the crisis brings when left alone, the militant groups are weaker than they were, a verification mechanism works and the main crossings are open. The frontier is not at peace, but it has a way out of the cycle.',
  },
  'fragile-containment': {
    title: 'Fragile containment',
    summary:
      'The violence is held below what the crisis brings when left alone and the border with Kabul is calmer. Nothing is settled: one bad week could undo it.',
  },
  'forever-frontier': {
    title: 'Forever frontier',
    summary:
      'A frontier that never fully explodes and never truly calms: attacks, strikes, reprisals and closures have become routine, and each round makes the next easier to justify.',
  },
};

/** A rate in tenths a week, over `weeks`, as a whole number of events. */
const over = (tenthsAWeek: number, weeks: number) => Math.round((tenthsAWeek * weeks) / 10);

const WEEK = { one: 'week', other: 'weeks' };

/** One fact behind an ending, in plain words. */
export const endingFacts: FactEntries = {
  'kabul-at-war': (f, t) =>
    `Kabul's hostility stood at ${t.number(f.hostility)} and its hardliners at ${t.number(f.hardliners)}: strikes and clashes left no road back.`,
  'pressure-crisis': (f, t) =>
    `Public pressure stood at 90 or more for ${t.count(f.weeks, WEEK)} running (now ${t.number(f.pressure)}).`,
  'cohesion-collapse': (f, t) =>
    `Institutional cohesion collapsed to ${t.number(f.cohesion)} while public pressure stood at ${t.number(f.pressure)}.`,
  'deterrence-worn': (f, t) =>
    `Deterrence had worn down to ${t.number(f.deterrence)}: attacks seemed to go unanswered.`,
  'treasury-dry': (f, t) =>
    `Fiscal room reached ${t.number(f.fiscalRoom)}; ${t.number(f.tradeLost)} million dollars of trade were lost to closed crossings.`,
  'closing-attacks': (f, t) =>
    `${t.count(f.through, { one: 'attack', other: 'attacks' })} got through in the last ${t.count(f.weeks, WEEK)} (${t.number(f.foiled)} more ${f.foiled === 1 ? 'was' : 'were'} foiled); left alone, the crisis brings about ${t.number(over(f.leftAlone, f.weeks))}.`,
  'closing-harm': (f, t) =>
    `${t.count(f.harm, { one: 'Pakistani was', other: 'Pakistanis were' })} killed in attacks and border fire in the last ${t.count(f.weeks, WEEK)}; left alone, the crisis kills about ${t.number(over(f.leftAlone, f.weeks))}.`,
  'militant-strength': (f, t) =>
    `The militant groups are ${f.closing < f.opening ? 'weaker than' : 'no weaker than'} at the start (strength ${t.number(f.closing)}, from ${t.number(f.opening)}).`,
  verification: (f) =>
    f.working
      ? 'A joint verification mechanism is working.'
      : f.suspended
        ? 'The verification mechanism was suspended after unilateral strikes and never renewed.'
        : 'No verification mechanism was agreed.',
  crossings: (f) => (f.open ? 'Torkham and Chaman are open.' : 'Torkham or Chaman is still shut.'),
  'ladder-now': (f, t) =>
    `The ladder stands at "${t.rung(f.rung)}"; public pressure at ${t.number(f.pressure)}.`,
  legitimacy: (f, t) =>
    f.enough
      ? `International legitimacy holds at ${t.number(f.legitimacy)}.`
      : `International legitimacy has sunk to ${t.number(f.legitimacy)}: the world sees the calm as bought at too high a price.`,
  'ladder-peak': (f, t) =>
    `The ladder peaked at "${t.rung(f.peak)}" and ends at "${t.rung(f.rung)}".`,
  toll: (f, t) =>
    `${t.count(f.attacks, { one: 'militant attack', other: 'militant attacks' })} (${t.number(f.foiled)} foiled); ${t.count(f.civiliansPakistan, { one: 'Pakistani civilian', other: 'Pakistani civilians' })} and ${t.count(f.civiliansAfghanistan, { one: 'Afghan civilian', other: 'Afghan civilians' })}, ${t.count(f.police, { one: 'police officer', other: 'police' })} and ${t.count(f.soldiers, { one: 'soldier', other: 'soldiers' })} killed.`,
};
