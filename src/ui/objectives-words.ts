/**
 * The Objectives panel's words: each good ending's conditions with the state's live figures, and
 * each loss with how near it stands. Every number and threshold comes from the engine
 * (goalConditions, lossWatch, Kabul's open-war rule), so the words cannot disagree with the rules.
 */
import {
  COLLAPSE_COHESION,
  COLLAPSE_PRESSURE,
  DOCTRINES,
  LADDER_RUNGS,
  WAR_WARNING_RUNG,
  type GameState,
  type GoalCondition,
  type LossWatch,
  closingWindowWeeks,
  lossWatch,
} from '../engine';
import { EN } from '../text';
import { formatCounted, formatNumber } from './format';

const rung = (level: number) => `“${LADDER_RUNGS[level]}”`;

/** What Kabul's open-war rule needs, in the rule's own condition labels. */
const OPEN_WAR_NEEDS: readonly string[] =
  DOCTRINES.find((d) => d.actor === 'kabul')
    ?.rules.find((r) => r.id === 'open-war')
    ?.when.map((c) => EN.condition(c)) ?? [];

/** One condition of a good ending with its live figure. */
export function goalText(condition: GoalCondition, state: GameState): string {
  const { from } = closingWindowWeeks(state);
  const counting = state.week > from;
  switch (condition.id) {
    case 'closing-attacks':
      return counting
        ? `Successful attacks since week ${from}: ${formatNumber(condition.through)} — ${formatNumber(condition.allowed)} or fewer by the end.`
        : `Successful attacks in weeks ${from}–${state.maxWeeks}: ${formatNumber(condition.allowed)} or fewer (counted from week ${from}).`;
    case 'closing-harm':
      return counting
        ? `Pakistanis killed since week ${from}: ${formatNumber(condition.harm)} — ${formatNumber(condition.allowed)} or fewer by the end.`
        : `Pakistanis killed in weeks ${from}–${state.maxWeeks}: ${formatNumber(condition.allowed)} or fewer (counted from week ${from}).`;
    case 'strength':
      return `Militant strength: ${formatNumber(condition.strength)} — no more than at the start (${formatNumber(condition.opening)}).`;
    case 'verification':
      return condition.met
        ? 'A verification mechanism is working.'
        : condition.suspended
          ? 'The verification mechanism is suspended: it must be working again.'
          : 'A verification mechanism must be agreed and working (talks lead there).';
    case 'crossings':
      return condition.met
        ? 'Torkham and Chaman are open.'
        : 'Torkham and Chaman must both be open.';
    case 'calm':
      return `The ladder: ${rung(condition.rung)} — ${rung(condition.highest)} or lower.`;
    case 'pressure':
      return `Public pressure: ${formatNumber(condition.pressure)} — below ${formatNumber(condition.below)}.`;
    case 'legitimacy':
      return `International legitimacy: ${formatNumber(condition.legitimacy)} — at least ${formatNumber(condition.least)}.`;
  }
}

/** How near a loss stands, as a warning when it does. */
export function lossText(watch: LossWatch): string {
  switch (watch.id) {
    case 'open-war':
      return watch.warning
        ? `The ladder stands at ${rung(watch.rung)}, one step from open war. Kabul declares it when ${OPEN_WAR_NEEDS.join(', ')} (hostility now ${formatNumber(watch.hostility)}, hardliners ${formatNumber(watch.hardliners)}).`
        : `Open war comes only after the ladder has stood at ${rung(WAR_WARNING_RUNG)} (now ${rung(watch.rung)}).`;
    case 'loss-of-confidence': {
      if (watch.crisisWeeks > 0) {
        const left = watch.breaksAfter - watch.crisisWeeks;
        return `Public pressure has been ${watch.crisisAt} or more for ${formatCounted(watch.crisisWeeks, 'week', 'weeks')} (now ${formatNumber(watch.pressure)}): ${formatCounted(left, 'more week', 'more weeks')} and public confidence breaks.`;
      }
      if (watch.warning)
        return `Institutional cohesion is down to ${formatNumber(watch.cohesion)} with public pressure at ${formatNumber(watch.pressure)}: at ${COLLAPSE_COHESION} or less with pressure at ${COLLAPSE_PRESSURE} or more, public confidence breaks at once.`;
      return `Public pressure ${formatNumber(watch.pressure)}: ${formatCounted(watch.breaksAfter, 'week', 'weeks')} in a row at ${watch.crisisAt} or more break public confidence.`;
    }
    case 'fiscal-crisis':
      return watch.warning
        ? `Fiscal room would be ${formatNumber(watch.afterSpending)} after this week's spending, and the week's budget can take more: at 0 the treasury runs dry and the game ends.`
        : `Fiscal room ${formatNumber(watch.fiscalRoom)}: at 0 the treasury runs dry.`;
  }
}

/** The warnings standing this week, in words (empty when no loss is near). */
export function warningTexts(state: GameState, spending = 0): string[] {
  if (state.ending) return [];
  return lossWatch(state, spending)
    .filter((w) => w.warning)
    .map(lossText);
}
