/**
 * The Objectives panel's words: each good ending's conditions with the state's live figures, and
 * each loss with how near it stands. Every number and threshold comes from the engine
 * (goalConditions, lossWatch, Kabul's open-war rule), so the words cannot disagree with the rules;
 * the sentences are the catalogue's (ui.objectives).
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
import { EN, type Words } from '../text';

/** What Kabul's open-war rule needs, in the rule's own condition labels. */
const OPEN_WAR_CONDITIONS =
  DOCTRINES.find((d) => d.actor === 'kabul')?.rules.find((r) => r.id === 'open-war')?.when ?? [];

/** One condition of a good ending with its live figure. */
export function goalText(condition: GoalCondition, state: GameState, words: Words = EN): string {
  const goals = words.ui.objectives.goals;
  const rung = (level: number) => words.ui.objectives.rung(LADDER_RUNGS[level] ?? String(level));
  const t = words.format;
  const { from } = closingWindowWeeks(state);
  const counting = state.week > from;
  switch (condition.id) {
    case 'closing-attacks':
      return counting
        ? goals.attacksSince(from, condition.through, condition.allowed, t)
        : goals.attacksAhead(from, state.maxWeeks, condition.allowed, t);
    case 'closing-harm':
      return counting
        ? goals.harmSince(from, condition.harm, condition.allowed, t)
        : goals.harmAhead(from, state.maxWeeks, condition.allowed, t);
    case 'strength':
      return goals.strength(condition.strength, condition.opening, t);
    case 'verification':
      return condition.met
        ? goals.verificationWorking
        : condition.suspended
          ? goals.verificationSuspended
          : goals.verificationNeeded;
    case 'crossings':
      return condition.met ? goals.crossingsOpen : goals.crossingsNeeded;
    case 'calm':
      return goals.calm(rung(condition.rung), rung(condition.highest));
    case 'pressure':
      return goals.pressure(condition.pressure, condition.below, t);
    case 'legitimacy':
      return goals.legitimacy(condition.legitimacy, condition.least, t);
  }
}

/** How near a loss stands, as a warning when it does. */
export function lossText(watch: LossWatch, words: Words = EN): string {
  const loss = words.ui.objectives.lossWatch;
  const rung = (level: number) => words.ui.objectives.rung(LADDER_RUNGS[level] ?? String(level));
  const t = words.format;
  switch (watch.id) {
    case 'open-war':
      return watch.warning
        ? loss.warNear(
            rung(watch.rung),
            OPEN_WAR_CONDITIONS.map((c) => words.condition(c)).join(loss.needsSeparator),
            watch.hostility,
            watch.hardliners,
            t,
          )
        : loss.warFar(rung(WAR_WARNING_RUNG), rung(watch.rung));
    case 'loss-of-confidence': {
      if (watch.crisisWeeks > 0)
        return loss.crisisRunning(
          watch.crisisAt,
          watch.crisisWeeks,
          watch.pressure,
          watch.breaksAfter - watch.crisisWeeks,
          t,
        );
      if (watch.warning)
        return loss.collapseNear(
          watch.cohesion,
          watch.pressure,
          COLLAPSE_COHESION,
          COLLAPSE_PRESSURE,
          t,
        );
      return loss.confidence(watch.pressure, watch.breaksAfter, watch.crisisAt, t);
    }
    case 'fiscal-crisis':
      return watch.warning
        ? loss.fiscalNear(watch.afterSpending, t)
        : loss.fiscal(watch.fiscalRoom, t);
  }
}

/** The warnings standing this week, in words (empty when no loss is near). */
export function warningTexts(state: GameState, spending = 0, words: Words = EN): string[] {
  if (state.ending) return [];
  return lossWatch(state, spending)
    .filter((w) => w.warning)
    .map((w) => lossText(w, words));
}
