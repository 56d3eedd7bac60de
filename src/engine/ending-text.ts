/**
 * The words of the endings: each ending's title and summary, and each fact behind it in plain
 * words. Kept out of the game state (which holds ids and figures), so rewording a sentence never
 * changes a fingerprint or breaks a save.
 */
import { ENDING_GRADES } from './endings';
import { LADDER_RUNGS } from './ids';
import type { Ending, EndingFact, EndingId, Grade } from './types';
import { counted, formatCount } from './format';

export const ENDINGS: Record<EndingId, { title: string; grade: Grade; summary: string }> = {
  'open-war': {
    title: 'Open war',
    grade: ENDING_GRADES['open-war'],
    summary:
      'The ladder ran out. Pakistan and Afghanistan are at war, and everyone on both sides of the line pays for it.',
  },
  'loss-of-confidence': {
    title: 'Loss of public confidence',
    grade: ENDING_GRADES['loss-of-confidence'],
    summary:
      'The public and the institutions stopped believing the government could protect them. The policy is no longer yours to make.',
  },
  'fiscal-crisis': {
    title: 'Fiscal crisis',
    grade: ENDING_GRADES['fiscal-crisis'],
    summary:
      'The treasury ran dry. Operations, police pay and development stall as the state scrambles for emergency money.',
  },
  'strategic-reset': {
    title: 'Strategic reset',
    grade: ENDING_GRADES['strategic-reset'],
    summary:
      'Attacks and deaths have fallen well below what the crisis brings when left alone, the militant groups are weaker than they were, a verification mechanism works and the main crossings are open. The frontier is not at peace, but it has a way out of the cycle.',
  },
  'fragile-containment': {
    title: 'Fragile containment',
    grade: ENDING_GRADES['fragile-containment'],
    summary:
      'The violence is held below what the crisis brings when left alone and the border with Kabul is calmer. Nothing is settled: one bad week could undo it.',
  },
  'forever-frontier': {
    title: 'Forever frontier',
    grade: ENDING_GRADES['forever-frontier'],
    summary:
      'A frontier that never fully explodes and never truly calms: attacks, strikes, reprisals and closures have become routine, and each round makes the next easier to justify.',
  },
};

const rung = (level: number) => LADDER_RUNGS[level] ?? String(level);
/** A rate in tenths a week, over `weeks`, as a whole number of events. */
const over = (tenthsAWeek: number, weeks: number) => Math.round((tenthsAWeek * weeks) / 10);

/** One fact behind an ending, in plain words. */
export function factText(fact: EndingFact): string {
  switch (fact.fact) {
    case 'kabul-at-war':
      return `Kabul's hostility stood at ${fact.hostility} and its hardliners at ${fact.hardliners}: strikes and clashes left no road back.`;
    case 'pressure-crisis':
      return `Public pressure stood at 90 or more for ${counted(fact.weeks, 'week', 'weeks')} running (now ${fact.pressure}).`;
    case 'cohesion-collapse':
      return `Institutional cohesion collapsed to ${fact.cohesion} while public pressure stood at ${fact.pressure}.`;
    case 'deterrence-worn':
      return `Deterrence had worn down to ${fact.deterrence}: attacks seemed to go unanswered.`;
    case 'treasury-dry':
      return `Fiscal room reached ${fact.fiscalRoom}; ${fact.tradeLost} million dollars of trade were lost to closed crossings.`;
    case 'closing-attacks':
      return `${counted(fact.through, 'attack', 'attacks')} got through in the last ${counted(fact.weeks, 'week', 'weeks')} (${formatCount(fact.foiled)} more were foiled); left alone, the crisis brings about ${over(fact.leftAlone, fact.weeks)}.`;
    case 'closing-harm':
      return `${counted(fact.harm, 'Pakistani was', 'Pakistanis were')} killed in attacks and border fire in the last ${counted(fact.weeks, 'week', 'weeks')}; left alone, the crisis kills about ${over(fact.leftAlone, fact.weeks)}.`;
    case 'militant-strength':
      return fact.closing < fact.opening
        ? `The militant groups are weaker than at the start (strength ${fact.closing}, from ${fact.opening}).`
        : `The militant groups are no weaker than at the start (strength ${fact.closing}, from ${fact.opening}).`;
    case 'verification':
      return fact.working
        ? 'A joint verification mechanism is working.'
        : fact.suspended
          ? 'The verification mechanism was suspended after unilateral strikes and never renewed.'
          : 'No verification mechanism was agreed.';
    case 'crossings':
      return fact.open ? 'Torkham and Chaman are open.' : 'Torkham or Chaman is still shut.';
    case 'ladder-now':
      return `The ladder stands at "${rung(fact.rung)}"; public pressure at ${fact.pressure}.`;
    case 'legitimacy':
      return fact.enough
        ? `International legitimacy holds at ${fact.legitimacy}.`
        : `International legitimacy has sunk to ${fact.legitimacy}: the world sees the calm as bought at too high a price.`;
    case 'ladder-peak':
      return `The ladder peaked at "${rung(fact.peak)}" and ends at "${rung(fact.rung)}".`;
    case 'toll':
      return `${counted(fact.attacks, 'militant attack', 'militant attacks')} (${formatCount(fact.foiled)} foiled); ${formatCount(fact.civiliansPakistan)} Pakistani and ${formatCount(fact.civiliansAfghanistan)} Afghan civilians, ${counted(fact.police, 'police officer', 'police')} and ${counted(fact.soldiers, 'soldier', 'soldiers')} killed.`;
  }
}

/** An ending's title, summary and causes in plain words. */
export function endingText(ending: Ending): { title: string; summary: string; causes: string[] } {
  const { title, summary } = ENDINGS[ending.id];
  return { title, summary, causes: ending.causes.map(factText) };
}
