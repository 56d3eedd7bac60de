/**
 * The turn pipeline: one week, start to finish, as a pure function of the state and the player's
 * decisions. It reads like the design's task list.
 */
import { RESPONSE_BY_ID } from './content/responses';
import { adjustMeter, newContext, type TurnContext } from './context';
import { runDoctrines } from './doctrine-runner';
import { runDrifts } from './drifts';
import { checkEnding, militantStrength } from './endings';
import { runEvents } from './event-runner';
import { hooksOf } from './response-types';
import { validateDecisions, type DecisionError } from './responses';
import { cloneState, emptyCounters } from './state';
import type { GameState, Result, ValidDecision, WeekReport } from './types';

export interface TurnResult {
  state: GameState;
  report: WeekReport;
}

/** Applies the player's responses in the order chosen. */
function applyDecisions(ctx: TurnContext, decisions: readonly ValidDecision[]): void {
  for (const decision of decisions) {
    const def = RESPONSE_BY_ID[decision.response];
    const target = decision.target ?? null;
    const cause = `response:${def.id}`;
    if (def.fiscal > 0) adjustMeter(ctx, 'fiscalRoom', -def.fiscal, cause);
    hooksOf(def).apply(ctx, target);
    if (def.cooldown > 0) ctx.state.cooldowns[def.id] = ctx.state.week + def.cooldown + 1;
    if (def.programme) {
      ctx.state.programmes.push({
        response: def.id,
        target: target ?? 'none',
        weeksLeft: def.programme.weeks,
      });
    }
  }
}

function recordWeek(state: GameState): void {
  state.history.push({
    week: state.week,
    meters: { ...state.meters },
    ladder: state.ladder,
    attacks: state.thisWeek.attacks,
    foiled: state.thisWeek.foiled,
    harm: state.thisWeek.harm,
    strikes: state.thisWeek.strikes,
    deaths: state.thisWeek.deaths,
    incidents: state.thisWeek.incidents,
    militantStrength: militantStrength(state),
  });
}

/**
 * Resolves one week: validates the decisions, applies them, lets every actor react by its
 * doctrine, fires scenario events, runs the slow drifts, records the week and checks the endings.
 * Never throws on bad decisions: they come back as a typed error and the state is untouched.
 */
export function resolveTurn(
  state: GameState,
  decisions: unknown,
): Result<TurnResult, DecisionError> {
  const valid = validateDecisions(state, decisions);
  if (!valid.ok) return valid;

  const next = cloneState(state);
  next.thisWeek = emptyCounters();
  const ctx = newContext(next);

  applyDecisions(ctx, valid.value);
  runDoctrines(ctx);
  runEvents(ctx);
  runDrifts(ctx);
  recordWeek(next);
  next.ending = checkEnding(next);
  next.rng = ctx.dice.state;
  next.week += 1;

  return {
    ok: true,
    value: {
      state: next,
      report: {
        week: state.week,
        decisions: valid.value,
        events: ctx.events,
        changes: ctx.changes,
        traces: ctx.traces,
        metersBefore: { ...state.meters },
        metersAfter: { ...next.meters },
        ladderBefore: state.ladder,
        ladderAfter: next.ladder,
        ending: next.ending,
      },
    },
  };
}
