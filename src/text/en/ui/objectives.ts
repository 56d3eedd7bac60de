/**
 * The Objectives panel and the loss warnings: each good ending's conditions with the live
 * figures, and each loss with how near it stands (every figure comes from the engine).
 */
import type { Format } from '../../format';

const WEEKS = { one: 'week', other: 'weeks' };
const MORE_WEEKS = { one: 'more week', other: 'more weeks' };

export const objectives = {
  title: 'Objectives',
  intro: (lastWeek: number, t: Format) =>
    `The game is judged at the end of week ${t.number(lastWeek)} on what happened, not on effort: the attacks that got through and the Pakistanis killed in the closing weeks, set against what the crisis does when left alone, and the state of the frontier then.`,
  goodEndings: 'Good endings',
  metCount: (met: number, total: number, t: Format) =>
    `(${t.number(met)} of ${t.number(total)} met now)`,
  /** Before a condition, for screen readers (the mark beside it is hidden from them). */
  met: 'Met:',
  notMet: 'Not met:',
  otherwise: (ending: string) => `Anything short of both ends in **${ending}**.`,
  losses: 'Losses, which end the game at once',
  /** After a loss's name when it is near. */
  nearMark: 'warning',
  /** The loss warnings' title where the player decides or reads the week. */
  warning: 'Warning',
  /** A rung of the escalation ladder, named in a sentence. */
  rung: (name: string) => `“${name}”`,
  goals: {
    attacksSince: (from: number, through: number, allowed: number, t: Format) =>
      `Successful attacks since week ${t.number(from)}: ${t.number(through)} — ${t.number(allowed)} or fewer by the end.`,
    attacksAhead: (from: number, last: number, allowed: number, t: Format) =>
      `Successful attacks in weeks ${t.number(from)}–${t.number(last)}: ${t.number(allowed)} or fewer (counted from week ${t.number(from)}).`,
    harmSince: (from: number, harm: number, allowed: number, t: Format) =>
      `Pakistanis killed since week ${t.number(from)}: ${t.number(harm)} — ${t.number(allowed)} or fewer by the end.`,
    harmAhead: (from: number, last: number, allowed: number, t: Format) =>
      `Pakistanis killed in weeks ${t.number(from)}–${t.number(last)}: ${t.number(allowed)} or fewer (counted from week ${t.number(from)}).`,
    strength: (strength: number, opening: number, t: Format) =>
      `Militant strength: ${t.number(strength)} — no more than at the start (${t.number(opening)}).`,
    verificationWorking: 'A verification mechanism is working.',
    verificationSuspended: 'The verification mechanism is suspended: it must be working again.',
    verificationNeeded: 'A verification mechanism must be agreed and working (talks lead there).',
    crossingsOpen: 'Torkham and Chaman are open.',
    crossingsNeeded: 'Torkham and Chaman must both be open.',
    calm: (rung: string, highest: string) => `The ladder: ${rung} — ${highest} or lower.`,
    pressure: (pressure: number, below: number, t: Format) =>
      `Public pressure: ${t.number(pressure)} — below ${t.number(below)}.`,
    legitimacy: (legitimacy: number, least: number, t: Format) =>
      `International legitimacy: ${t.number(legitimacy)} — at least ${t.number(least)}.`,
  },
  lossWatch: {
    warNear: (rung: string, needs: string, hostility: number, hardliners: number, t: Format) =>
      `The ladder stands at ${rung}, one step from open war. Kabul declares it when ${needs} (hostility now ${t.number(hostility)}, hardliners ${t.number(hardliners)}).`,
    /** Between the conditions of Kabul's open-war rule. */
    needsSeparator: ', ',
    warFar: (warningRung: string, rung: string) =>
      `Open war comes only after the ladder has stood at ${warningRung} (now ${rung}).`,
    crisisRunning: (at: number, weeks: number, pressure: number, left: number, t: Format) =>
      `Public pressure has been ${t.number(at)} or more for ${t.count(weeks, WEEKS)} (now ${t.number(pressure)}): ${t.count(left, MORE_WEEKS)} and public confidence breaks.`,
    collapseNear: (
      cohesion: number,
      pressure: number,
      collapseCohesion: number,
      collapsePressure: number,
      t: Format,
    ) =>
      `Institutional cohesion is down to ${t.number(cohesion)} with public pressure at ${t.number(pressure)}: at ${t.number(collapseCohesion)} or less with pressure at ${t.number(collapsePressure)} or more, public confidence breaks at once.`,
    confidence: (pressure: number, breaksAfter: number, at: number, t: Format) =>
      `Public pressure ${t.number(pressure)}: ${t.count(breaksAfter, WEEKS)} in a row at ${t.number(at)} or more break public confidence.`,
    fiscalNear: (afterSpending: number, t: Format) =>
      `Fiscal room would be ${t.number(afterSpending)} after this week's spending, and the week's budget can take more: at ${t.number(0)} the treasury runs dry and the game ends.`,
    fiscal: (fiscalRoom: number, t: Format) =>
      `Fiscal room ${t.number(fiscalRoom)}: at ${t.number(0)} the treasury runs dry.`,
  },
};
