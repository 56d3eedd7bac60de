/**
 * The advisors of the weekly briefing (game.md §4): each of the five voices in content/advisors.ts
 * says where it stands and recommends up to three responses that are open this week, ranked by its
 * own scores. Only responses that responsesFor allows (with an allowed target) are ever advised, so
 * each recommendation is a legal week on its own. No dice: the same state gets the same advice.
 */
import type { AdviceWords, StanceWords } from './advice-words';
import { ADVISORS } from './content/advisors';
import type { ResponseId, TargetKindOfResponse } from './content/responses';
import type { Target, TargetKind, TargetOf } from './response-types';
import { firstAllowedTarget, responsesFor, type ResponseOption } from './responses';
import type { GameState } from './types';

export const ADVISOR_IDS = ['military', 'foreign', 'province', 'finance', 'interior'] as const;
export type AdvisorId = (typeof ADVISOR_IDS)[number];

export interface Recommendation {
  response: ResponseId;
  /** The district or Afghan province, for a targeted response. */
  target?: Target;
  /** Why, as an id and the numbers behind it (src/text words it in the advisor's voice). */
  reason: AdviceWords;
}

export interface Advice {
  advisor: AdvisorId;
  /** Where the advisor stands, as an id and the numbers that drive it. */
  stance: StanceWords;
  /** Up to three, best first; each may be chosen this week on its own. */
  recommendations: Recommendation[];
}

/**
 * A response an advisor may back: how much it wants it now (zero or less: not now), where and why.
 * A targeted response's hooks are given a target of its own kind (a district or an Afghan
 * province); an untargeted one's are given none.
 */
type PickOf<
  Id extends ResponseId,
  Kind extends TargetKind = TargetKindOfResponse<Id>,
> = Kind extends 'district' | 'province'
  ? {
      response: Id;
      score: (state: GameState, target: TargetOf<Kind>) => number;
      /** Candidate targets, best first; the first one allowed this week is taken. */
      targets?: (state: GameState) => readonly TargetOf<Kind>[];
      reason: (state: GameState, target: TargetOf<Kind>) => AdviceWords;
    }
  : {
      response: Id;
      score: (state: GameState) => number;
      reason: (state: GameState) => AdviceWords;
    };

export type AdvisorPick = { [Id in ResponseId]: PickOf<Id> }[ResponseId];

/** A pick's hooks as the plan calls them, for any kind of target. */
interface PickHooks {
  score: (state: GameState, target: Target | null) => number;
  targets?: (state: GameState) => readonly Target[];
  reason: (state: GameState, target: Target | null) => AdviceWords;
}

/**
 * The hooks of `pick`, callable with any target. The one place a pick's target kind is taken on
 * trust: the plan gives each pick a target only from its response's own candidates (listed by
 * kind), and none to a response without one.
 */
function hooksOfPick(pick: AdvisorPick): PickHooks {
  return pick as unknown as PickHooks;
}

export interface AdvisorDef {
  stance: (state: GameState, options: readonly ResponseOption[]) => StanceWords;
  /** Score lost per point of a response's fiscal cost (Finance counts every rupee). */
  thrift?: (state: GameState) => number;
  picks: readonly AdvisorPick[];
}

/**
 * Every response the advisor backs this week, best first (ties keep the table's order), one per
 * response and one per exclusive group (a single round of talks). The advice shows the first three;
 * the advisor strategies take as many as the week's capacity and fiscal room allow.
 */
export function advisorPlan(
  state: GameState,
  advisor: AdvisorId,
  options: readonly ResponseOption[] = responsesFor(state),
): Recommendation[] {
  const def = ADVISORS[advisor];
  const byId = new Map(options.map((o) => [o.id, o]));
  const thrift = def.thrift?.(state) ?? 0;
  const scored: { recommendation: Recommendation; score: number; exclusive: string | null }[] = [];
  for (const pick of def.picks) {
    const option = byId.get(pick.response);
    if (!option || option.unavailable) continue;
    const hooks = hooksOfPick(pick);
    let target: Target | null = null;
    if (option.target !== 'none') {
      target = firstAllowedTarget(option, hooks.targets?.(state));
      if (!target) continue;
    }
    const score = hooks.score(state, target) - option.fiscal * thrift;
    if (score <= 0) continue;
    const reason = hooks.reason(state, target);
    const recommendation: Recommendation = target
      ? { response: option.id, target, reason }
      : { response: option.id, reason };
    scored.push({ recommendation, score, exclusive: option.exclusive });
  }
  scored.sort((a, b) => b.score - a.score);
  const taken = new Set<string>();
  const plan: Recommendation[] = [];
  for (const { recommendation, exclusive } of scored) {
    if (exclusive && taken.has(exclusive)) continue;
    if (exclusive) taken.add(exclusive);
    plan.push(recommendation);
  }
  return plan;
}

/** The five advisors' advice for the week about to be decided, in a fixed order. */
export function adviceFor(state: GameState): Advice[] {
  const options = responsesFor(state);
  return ADVISOR_IDS.map((advisor) => ({
    advisor,
    stance: ADVISORS[advisor].stance(state, options),
    recommendations: advisorPlan(state, advisor, options).slice(0, 3),
  }));
}
