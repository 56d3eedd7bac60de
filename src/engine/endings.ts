/**
 * How a game ends: the three losses, checked every week, and the graded outcome at the end, each
 * with the causes that led there in plain words; and the scorecard of the crisis's cost.
 */
import { LADDER_RUNGS, OPEN_WAR } from './ids';
import type { Ending, EndingId, GameState, Grade, Tally, WeekRecord } from './types';

/** Weeks of public pressure at or above 90 that break public confidence. */
export const CONFIDENCE_BREAKS_AFTER = 4;
/** The window, in weeks, over which the final grade counts attacks. */
export const FINAL_WINDOW = 4;
/** Below this international legitimacy, no outcome counts as good: calm bought at any price is not a reset. */
export const GOOD_LEGITIMACY = 30;

export const ENDINGS: Record<EndingId, { title: string; grade: Grade; summary: string }> = {
  'open-war': {
    title: 'Open war',
    grade: 'bad',
    summary:
      'The ladder ran out. Pakistan and Afghanistan are at war, and everyone on both sides of the line pays for it.',
  },
  'loss-of-confidence': {
    title: 'Loss of public confidence',
    grade: 'bad',
    summary:
      'The public and the institutions stopped believing the government could protect them. The policy is no longer yours to make.',
  },
  'fiscal-crisis': {
    title: 'Fiscal crisis',
    grade: 'bad',
    summary:
      'The treasury ran dry. Operations, police pay and development stall as the state scrambles for emergency money.',
  },
  'strategic-reset': {
    title: 'Strategic reset',
    grade: 'good',
    summary:
      'Attacks have fallen, a verification mechanism works and the main crossings are open. The frontier is not at peace, but it has a way out of the cycle.',
  },
  'fragile-containment': {
    title: 'Fragile containment',
    grade: 'good',
    summary:
      'The violence is contained and the border with Kabul is calmer. Nothing is settled: one bad week could undo it.',
  },
  'forever-frontier': {
    title: 'Forever frontier',
    grade: 'mixed',
    summary:
      'A frontier that never fully explodes and never truly calms: strikes, reprisals and closures have become routine.',
  },
};

function recentAttacks(history: readonly WeekRecord[]): number {
  return history.slice(-FINAL_WINDOW).reduce((sum, week) => sum + week.attacks, 0);
}

function make(id: EndingId, state: GameState, causes: string[]): Ending {
  const { title, grade, summary } = ENDINGS[id];
  return { id, title, grade, summary, week: state.week, causes };
}

/** The common facts of any ending, so the player sees the whole picture. */
function context(state: GameState): string[] {
  const t = state.tally;
  return [
    `The ladder peaked at "${LADDER_RUNGS[t.ladderPeak]}" and ends at "${LADDER_RUNGS[state.ladder]}".`,
    `${t.attacks} militant attacks; ${t.civiliansPakistan} Pakistani and ${t.civiliansAfghanistan} Afghan civilians, ${t.police} police and ${t.soldiers} soldiers killed.`,
  ];
}

/** The ending reached at the close of the week just resolved, or null if the game goes on. */
export function checkEnding(state: GameState): Ending | null {
  const m = state.meters;
  if (state.ladder >= OPEN_WAR) {
    return make('open-war', state, [
      `Kabul's hostility stood at ${state.kabul.hostility} and its hardliners at ${state.kabul.hardliners}.`,
      'Strikes on Taliban posts and cities humiliated Kabul while hostilities were already sustained.',
      ...context(state),
    ]);
  }
  if (
    state.pressureCrisisWeeks >= CONFIDENCE_BREAKS_AFTER ||
    (m.cohesion <= 5 && m.publicPressure >= 70)
  ) {
    const causes =
      state.pressureCrisisWeeks >= CONFIDENCE_BREAKS_AFTER
        ? [
            `Public pressure stood at 90 or more for ${state.pressureCrisisWeeks} weeks running (now ${m.publicPressure}).`,
          ]
        : [
            `Institutional cohesion collapsed to ${m.cohesion} while public pressure stood at ${m.publicPressure}.`,
          ];
    if (m.deterrence < 30)
      causes.push(`Deterrence had worn down to ${m.deterrence}: attacks seemed to go unanswered.`);
    return make('loss-of-confidence', state, [...causes, ...context(state)]);
  }
  if (m.fiscalRoom <= 0) {
    return make('fiscal-crisis', state, [
      `Fiscal room reached ${m.fiscalRoom}.`,
      `${state.tally.tradeLostMillions} million dollars of trade were lost to closed crossings.`,
      ...context(state),
    ]);
  }
  if (state.week < state.maxWeeks) return null;

  const attacks = recentAttacks(state.history);
  const crossingsOpen = state.crossings.torkham.open && state.crossings.chaman.open;
  const calm = state.ladder <= 2;
  const facts = [
    `${attacks} attacks in the last ${FINAL_WINDOW} weeks.`,
    state.diplomacy.verification
      ? 'A joint verification mechanism is working.'
      : 'No verification mechanism was agreed.',
    crossingsOpen ? 'Torkham and Chaman are open.' : 'Torkham or Chaman is still shut.',
    `The ladder stands at "${LADDER_RUNGS[state.ladder]}"; public pressure at ${m.publicPressure}.`,
    m.legitimacy >= GOOD_LEGITIMACY
      ? `International legitimacy holds at ${m.legitimacy}.`
      : `International legitimacy has sunk to ${m.legitimacy}: the world sees the calm as bought at too high a price.`,
  ];
  const respected = m.legitimacy >= GOOD_LEGITIMACY;
  if (attacks <= 5 && state.diplomacy.verification && crossingsOpen && calm && respected) {
    return make('strategic-reset', state, [...facts, ...context(state)]);
  }
  if (attacks <= 8 && calm && m.publicPressure < 75 && respected) {
    return make('fragile-containment', state, [...facts, ...context(state)]);
  }
  return make('forever-frontier', state, [...facts, ...context(state)]);
}

/** The running counts of the crisis, with the final legitimacy and the weeks played. */
export type Scorecard = Tally & { legitimacy: number; weeks: number };

/** The cost of the crisis so far, as numbers. */
export function scorecard(state: GameState): Scorecard {
  return { ...state.tally, legitimacy: state.meters.legitimacy, weeks: state.history.length };
}
