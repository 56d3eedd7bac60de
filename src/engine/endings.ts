/**
 * How a game ends: the three losses, checked every week, and the graded outcome at the end, each
 * with the facts that led there (ids and figures; ending-text.ts words them); and the scorecard
 * of the crisis's cost. The grade judges outcomes, not effort (game.md §5): successful attacks
 * and Pakistani deaths over the closing weeks against what the scenario's crisis does when left
 * alone, and the trend of militant strength. Foiled attacks are counted apart.
 */
import { SCENARIOS } from './content/scenarios';
import { GROUP_IDS, OPEN_WAR } from './ids';
import type { Ending, EndingFact, EndingId, GameState, Grade, Tally } from './types';

/** Weeks of public pressure at or above 90 that break public confidence. */
export const CONFIDENCE_BREAKS_AFTER = 4;
/** The shortest closing window, in weeks, over which the final grade counts attacks. */
export const FINAL_WINDOW = 4;
/** Below this international legitimacy, no outcome counts as good: calm bought at any price is not a reset. */
export const GOOD_LEGITIMACY = 30;
/**
 * A strategic reset needs the closing weeks' successful attacks and deaths at or below this share
 * (percent) of what the crisis does when left alone; fragile containment at or below the second.
 */
export const RESET_SHARE = 45;
export const CONTAINMENT_SHARE = 55;

export const ENDING_GRADES: Record<EndingId, Grade> = {
  'open-war': 'bad',
  'loss-of-confidence': 'bad',
  'fiscal-crisis': 'bad',
  'strategic-reset': 'good',
  'fragile-containment': 'good',
  'forever-frontier': 'mixed',
};

/** The closing weeks the grade reads: the last third of the game, and never fewer than four. */
export function closingWindow(maxWeeks: number): number {
  return Math.max(FINAL_WINDOW, Math.trunc(maxWeeks / 3));
}

/** The militant groups' strength, summed. */
export function militantStrength(state: GameState): number {
  let total = 0;
  for (const id of GROUP_IDS) total += state.groups[id].strength;
  return total;
}

/** What the closing weeks of the game held so far: attacks through and foiled, and Pakistani deaths. */
export function closingWeeks(state: GameState): {
  weeks: number;
  through: number;
  foiled: number;
  harm: number;
} {
  const weeks = closingWindow(state.maxWeeks);
  const from = state.maxWeeks - weeks + 1;
  let through = 0;
  let foiled = 0;
  let harm = 0;
  for (const week of state.history) {
    if (week.week < from) continue;
    through += week.attacks - week.foiled;
    foiled += week.foiled;
    harm += week.harm;
  }
  return { weeks, through, foiled, harm };
}

/** Whether `value` is at most `share` percent of a left-alone rate (tenths a week) over `weeks`. */
function withinShare(value: number, share: number, tenthsAWeek: number, weeks: number): boolean {
  return value * 1000 <= share * tenthsAWeek * weeks;
}

function make(id: EndingId, state: GameState, causes: EndingFact[]): Ending {
  return { id, grade: ENDING_GRADES[id], week: state.week, causes };
}

/** The common facts of any ending, so the player sees the whole picture. */
function context(state: GameState): EndingFact[] {
  const t = state.tally;
  return [
    { fact: 'ladder-peak', peak: t.ladderPeak, rung: state.ladder },
    {
      fact: 'toll',
      attacks: t.attacks,
      foiled: t.foiled,
      civiliansPakistan: t.civiliansPakistan,
      civiliansAfghanistan: t.civiliansAfghanistan,
      police: t.police,
      soldiers: t.soldiers,
    },
  ];
}

/** The ending reached at the close of the week just resolved, or null if the game goes on. */
export function checkEnding(state: GameState): Ending | null {
  const m = state.meters;
  if (state.ladder >= OPEN_WAR) {
    return make('open-war', state, [
      {
        fact: 'kabul-at-war',
        hostility: state.kabul.hostility,
        hardliners: state.kabul.hardliners,
      },
      ...context(state),
    ]);
  }
  if (
    state.pressureCrisisWeeks >= CONFIDENCE_BREAKS_AFTER ||
    (m.cohesion <= 5 && m.publicPressure >= 70)
  ) {
    const causes: EndingFact[] =
      state.pressureCrisisWeeks >= CONFIDENCE_BREAKS_AFTER
        ? [
            {
              fact: 'pressure-crisis',
              weeks: state.pressureCrisisWeeks,
              pressure: m.publicPressure,
            },
          ]
        : [{ fact: 'cohesion-collapse', cohesion: m.cohesion, pressure: m.publicPressure }];
    if (m.deterrence < 30) causes.push({ fact: 'deterrence-worn', deterrence: m.deterrence });
    return make('loss-of-confidence', state, [...causes, ...context(state)]);
  }
  if (m.fiscalRoom <= 0) {
    return make('fiscal-crisis', state, [
      { fact: 'treasury-dry', fiscalRoom: m.fiscalRoom, tradeLost: state.tally.tradeLostMillions },
      ...context(state),
    ]);
  }
  if (state.week < state.maxWeeks) return null;

  const closing = closingWeeks(state);
  const leftAlone = SCENARIOS[state.scenario].leftAlone;
  const within = (share: number) =>
    withinShare(closing.through, share, leftAlone.through, closing.weeks) &&
    withinShare(closing.harm, share, leftAlone.harm, closing.weeks);
  const strength = militantStrength(state);
  const crossingsOpen = state.crossings.torkham.open && state.crossings.chaman.open;
  const calm = state.ladder <= 2;
  const respected = m.legitimacy >= GOOD_LEGITIMACY;
  const facts: EndingFact[] = [
    {
      fact: 'closing-attacks',
      weeks: closing.weeks,
      through: closing.through,
      foiled: closing.foiled,
      leftAlone: leftAlone.through,
    },
    { fact: 'closing-harm', weeks: closing.weeks, harm: closing.harm, leftAlone: leftAlone.harm },
    { fact: 'militant-strength', opening: state.openingStrength, closing: strength },
    {
      fact: 'verification',
      working: state.diplomacy.verification,
      suspended: state.diplomacy.verificationSuspended,
    },
    { fact: 'crossings', open: crossingsOpen },
    { fact: 'ladder-now', rung: state.ladder, pressure: m.publicPressure },
    { fact: 'legitimacy', legitimacy: m.legitimacy, enough: respected },
  ];
  if (
    within(RESET_SHARE) &&
    strength <= state.openingStrength &&
    state.diplomacy.verification &&
    crossingsOpen &&
    calm &&
    respected
  ) {
    return make('strategic-reset', state, [...facts, ...context(state)]);
  }
  if (within(CONTAINMENT_SHARE) && calm && m.publicPressure < 75 && respected) {
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
