/**
 * How a game ends: the three losses, checked every week, and the graded outcome at the end, each
 * with the facts that led there (ids and figures; src/text words them); and the scorecard
 * of the crisis's cost. The grade judges outcomes, not effort (game.md §5): successful attacks
 * and Pakistani deaths over the closing weeks against what the scenario's crisis does when left
 * alone, and the trend of militant strength. Foiled attacks are counted apart.
 */
import { SCENARIOS } from './content/scenarios';
import { CRISIS_PRESSURE, weeklyBudget } from './drifts';
import { GROUP_IDS, OPEN_WAR } from './ids';
import type { Ending, EndingFact, EndingId, GameState, Grade, Tally } from './types';

/** Weeks of public pressure at or above CRISIS_PRESSURE (drifts.ts) that break public confidence. */
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

/** Every ending, in the order the game lists them: the three losses, then the graded outcomes. */
export const ENDING_IDS = Object.keys(ENDING_GRADES) as readonly EndingId[];

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

/** The weeks (numbers) whose attacks and deaths the final grade counts. */
export function closingWindowWeeks(state: GameState): { from: number; to: number } {
  return { from: state.maxWeeks - closingWindow(state.maxWeeks) + 1, to: state.maxWeeks };
}

/** What the closing weeks of the game held so far: attacks through and foiled, and Pakistani deaths. */
export function closingWeeks(state: GameState): {
  weeks: number;
  through: number;
  foiled: number;
  harm: number;
} {
  const weeks = closingWindow(state.maxWeeks);
  const { from } = closingWindowWeeks(state);
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

/**
 * What the scenario's crisis does when left alone over this game's closing weeks: the full game's
 * figures, or a lesson's short game's when the game runs the class length.
 */
export function leftAloneRates(state: GameState): { through: number; harm: number } {
  const scenario = SCENARIOS[state.scenario];
  return state.maxWeeks === scenario.weeks ? scenario.leftAlone : scenario.classLeftAlone;
}

/** The most a count may reach and stay within `share` percent of a left-alone rate (tenths a week) over `weeks`. */
function shareAllowance(share: number, tenthsAWeek: number, weeks: number): number {
  return Math.trunc((share * tenthsAWeek * weeks) / 1000);
}

/** Below this public pressure a frontier counts as contained. */
export const CONTAINED_PRESSURE = 75;
/** The highest rung of the ladder at which the frontier counts as calm for a good ending. */
export const CALM_RUNG = 2;

/** One condition of a good ending, read from the state: met or not, with its figure and limit. */
export type GoalCondition =
  | { id: 'closing-attacks'; met: boolean; through: number; allowed: number }
  | { id: 'closing-harm'; met: boolean; harm: number; allowed: number }
  | { id: 'strength'; met: boolean; strength: number; opening: number }
  | { id: 'verification'; met: boolean; suspended: boolean }
  | { id: 'crossings'; met: boolean }
  | { id: 'calm'; met: boolean; rung: number; highest: number }
  | { id: 'pressure'; met: boolean; pressure: number; below: number }
  | { id: 'legitimacy'; met: boolean; legitimacy: number; least: number };

export type GoodEndingId = 'strategic-reset' | 'fragile-containment';

/**
 * What a good ending needs, each condition read from the state as it stands: at the last week this
 * is exactly what the grade checks (checkEnding uses it), and before then it is the live progress
 * the Objectives panel shows. The closing counts cover the weeks of the closing window played so far.
 */
export function goalConditions(state: GameState, ending: GoodEndingId): GoalCondition[] {
  const m = state.meters;
  const closing = closingWeeks(state);
  const leftAlone = leftAloneRates(state);
  const share = ending === 'strategic-reset' ? RESET_SHARE : CONTAINMENT_SHARE;
  const attacksAllowed = shareAllowance(share, leftAlone.through, closing.weeks);
  const harmAllowed = shareAllowance(share, leftAlone.harm, closing.weeks);
  const common: GoalCondition[] = [
    {
      id: 'closing-attacks',
      met: closing.through <= attacksAllowed,
      through: closing.through,
      allowed: attacksAllowed,
    },
    {
      id: 'closing-harm',
      met: closing.harm <= harmAllowed,
      harm: closing.harm,
      allowed: harmAllowed,
    },
    { id: 'calm', met: state.ladder <= CALM_RUNG, rung: state.ladder, highest: CALM_RUNG },
  ];
  const legitimacy: GoalCondition = {
    id: 'legitimacy',
    met: m.legitimacy >= GOOD_LEGITIMACY,
    legitimacy: m.legitimacy,
    least: GOOD_LEGITIMACY,
  };
  if (ending === 'fragile-containment')
    return [
      ...common,
      {
        id: 'pressure',
        met: m.publicPressure < CONTAINED_PRESSURE,
        pressure: m.publicPressure,
        below: CONTAINED_PRESSURE,
      },
      legitimacy,
    ];
  const strength = militantStrength(state);
  return [
    ...common,
    {
      id: 'strength',
      met: strength <= state.openingStrength,
      strength,
      opening: state.openingStrength,
    },
    {
      id: 'verification',
      met: state.diplomacy.verification,
      suspended: state.diplomacy.verificationSuspended,
    },
    { id: 'crossings', met: state.crossings.torkham.open && state.crossings.chaman.open },
    legitimacy,
  ];
}

/** Cohesion at or below this, with pressure at COLLAPSE_PRESSURE or more, breaks confidence at once. */
export const COLLAPSE_COHESION = 5;
export const COLLAPSE_PRESSURE = 70;
/** Fiscal room at or below this ends the game in a fiscal crisis. */
export const FISCAL_FLOOR = 0;

// The warnings of lossWatch, each set from the loss it warns of.
/** Open war comes only from the rung below it ("open clashes"), so standing there warns. */
export const WAR_WARNING_RUNG = OPEN_WAR - 1;
/** How far cohesion or pressure can move in a week towards a collapse: closer than this warns. */
const COLLAPSE_MARGIN = 10;
/** A collapse is near when cohesion is at most this with pressure at COLLAPSE_NEAR_PRESSURE or more. */
export const COLLAPSE_NEAR_COHESION = COLLAPSE_COHESION + COLLAPSE_MARGIN;
export const COLLAPSE_NEAR_PRESSURE = COLLAPSE_PRESSURE - COLLAPSE_MARGIN;
/** What a week's events and a rung climbed can take from fiscal room beyond the budget's drift. */
export const FISCAL_MARGIN = 2;

/** How close the state stands to each loss, and whether the player must be warned this week. */
export type LossWatch =
  | {
      id: 'open-war';
      warning: boolean;
      rung: number;
      hostility: number;
      hardliners: number;
    }
  | {
      id: 'loss-of-confidence';
      warning: boolean;
      pressure: number;
      /** Public pressure that counts a week of crisis. */
      crisisAt: number;
      crisisWeeks: number;
      breaksAfter: number;
      cohesion: number;
    }
  | { id: 'fiscal-crisis'; warning: boolean; fiscalRoom: number; afterSpending: number };

/**
 * Open war comes only after the ladder has stood at WAR_WARNING_RUNG ("open clashes"), so standing
 * there warns; confidence breaks after CONFIDENCE_BREAKS_AFTER weeks of crisis pressure, so every such
 * week warns, as does a cohesion near collapse under pressure; the treasury warns when the week's
 * spending (the decisions chosen so far) and the budget's drift could bring it to the floor. A test checks over many
 * games that no loss ever comes without its warning in the week it comes in.
 */
export function lossWatch(state: GameState, spending = 0): LossWatch[] {
  const m = state.meters;
  return [
    {
      id: 'open-war',
      warning: state.ladder >= WAR_WARNING_RUNG,
      rung: state.ladder,
      hostility: state.kabul.hostility,
      hardliners: state.kabul.hardliners,
    },
    {
      id: 'loss-of-confidence',
      warning:
        state.pressureCrisisWeeks > 0 ||
        (m.cohesion <= COLLAPSE_NEAR_COHESION && m.publicPressure >= COLLAPSE_NEAR_PRESSURE),
      pressure: m.publicPressure,
      crisisAt: CRISIS_PRESSURE,
      crisisWeeks: state.pressureCrisisWeeks,
      breaksAfter: CONFIDENCE_BREAKS_AFTER,
      cohesion: m.cohesion,
    },
    {
      id: 'fiscal-crisis',
      // The budget's drift this week, less a margin for a rung climbed or an event's cost.
      warning: m.fiscalRoom - spending + weeklyBudget(state) - FISCAL_MARGIN <= FISCAL_FLOOR,
      fiscalRoom: m.fiscalRoom,
      afterSpending: m.fiscalRoom - spending,
    },
  ];
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
    (m.cohesion <= COLLAPSE_COHESION && m.publicPressure >= COLLAPSE_PRESSURE)
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
  if (m.fiscalRoom <= FISCAL_FLOOR) {
    return make('fiscal-crisis', state, [
      { fact: 'treasury-dry', fiscalRoom: m.fiscalRoom, tradeLost: state.tally.tradeLostMillions },
      ...context(state),
    ]);
  }
  if (state.week < state.maxWeeks) return null;

  const closing = closingWeeks(state);
  const leftAlone = leftAloneRates(state);
  const strength = militantStrength(state);
  const crossingsOpen = state.crossings.torkham.open && state.crossings.chaman.open;
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
  const allMet = (ending: GoodEndingId) => goalConditions(state, ending).every((c) => c.met);
  if (allMet('strategic-reset')) {
    return make('strategic-reset', state, [...facts, ...context(state)]);
  }
  if (allMet('fragile-containment')) {
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
