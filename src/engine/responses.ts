/**
 * What the player may do this week, and why not: availability of every response with a typed
 * reason, and validation of a week's decisions. Illegal input is a value here, never a throw.
 */
import { DIFFICULTY } from './content/difficulty';
import { DISTRICTS } from './content/districts';
import { PROVINCES } from './content/provinces';
import { RESPONSES, RESPONSE_BY_ID, isResponseId, type ResponseId } from './content/responses';
import { DISTRICT_IDS, PROVINCE_IDS, isDistrictId, isProvinceId } from './ids';
import type { TargetReasonWords, Unavailable } from './reason-words';
import { hooksOf, type ResponseDef, type Target, type TargetKind } from './response-types';
import type { GameState, Result, ValidDecision } from './types';

export interface TargetOption {
  id: Target;
  name: string;
  /** Null when this target may be chosen, else why not. */
  reason: TargetReasonWords | null;
}

export interface ResponseOption {
  id: ResponseId;
  title: string;
  category: ResponseDef['category'];
  summary: string;
  actions: number;
  fiscal: number;
  target: TargetKind;
  exclusive: string | null;
  /** Null when the response may be chosen this week, else why not. */
  unavailable: Unavailable | null;
  /** For targeted responses: every candidate with its own verdict. */
  targets: TargetOption[];
}

/** Action points the player has each week at this game's difficulty. */
export function weeklyCapacity(state: GameState): number {
  return DIFFICULTY[state.difficulty].capacity;
}

/** Why a response cannot be used this week at all (before any target), or null. */
export function responseBlock(state: GameState, def: ResponseDef): Unavailable | null {
  if (state.ending) return { code: 'game-over' };
  const until = state.cooldowns[def.id];
  if (until !== undefined && until > state.week)
    return { code: 'cooldown', untilWeek: until, afterEnd: until > state.maxWeeks };
  const { min, max } = def.ladder ?? {};
  if (min !== undefined && state.ladder < min) return { code: 'ladder', bound: 'min', rung: min };
  if (max !== undefined && state.ladder > max) return { code: 'ladder', bound: 'max', rung: max };
  const requirement = def.requires?.(state);
  if (requirement) return { code: 'prerequisite', requirement };
  if (def.actions > weeklyCapacity(state))
    return { code: 'capacity', needs: def.actions, has: weeklyCapacity(state), week: false };
  if (def.fiscal > state.meters.fiscalRoom)
    return { code: 'fiscal', costs: def.fiscal, left: state.meters.fiscalRoom, week: false };
  return null;
}

/** Null when the state allows this target for this response, else why not. */
export function targetVerdict(
  state: GameState,
  def: ResponseDef,
  target: Target,
): TargetReasonWords | null {
  const hooks = hooksOf(def);
  return hooks.where?.(target) ?? hooks.targetRule?.(state, target) ?? null;
}

/** Every district or province a response could ever take, in the fixed order. */
export function candidatesOf(def: ResponseDef): readonly Target[] {
  return def.target === 'district' ? DISTRICT_IDS : def.target === 'province' ? PROVINCE_IDS : [];
}

interface Candidate {
  id: Target;
  name: string;
  /** Why it never suits this response (fixed facts), or null. */
  unsuitable: TargetReasonWords | null;
}

const DISTRICT_CANDIDATES = DISTRICT_IDS.map((id) => ({ id, name: DISTRICTS[id].name }));
const PROVINCE_CANDIDATES = PROVINCE_IDS.map((id) => ({ id, name: PROVINCES[id].name }));

/** Every response with its candidates and their fixed verdicts, worked out once. */
const RESPONSE_CANDIDATES: readonly { def: ResponseDef; candidates: readonly Candidate[] }[] =
  RESPONSES.map((def) => {
    const places =
      def.target === 'district'
        ? DISTRICT_CANDIDATES
        : def.target === 'province'
          ? PROVINCE_CANDIDATES
          : [];
    return {
      def,
      candidates: places.map((p) => ({ ...p, unsuitable: hooksOf(def).where?.(p.id) ?? null })),
    };
  });

/**
 * The first of the wanted targets (in their order) that the option allows this week; without a
 * wish list, the first allowed target. Null when none is allowed.
 */
export function firstAllowedTarget(
  option: ResponseOption,
  wanted?: readonly string[],
): Target | null {
  const allowed = option.targets.filter((t) => t.reason === null).map((t) => t.id);
  for (const id of wanted ?? allowed) {
    const match = allowed.find((t) => t === id);
    if (match) return match;
  }
  return null;
}

/**
 * Why a targeted response has no target this week: the one reason when every candidate shares it,
 * otherwise only that none qualifies (the panel lists each candidate's own reason), never one
 * candidate's reason standing for all.
 */
function noTarget(kind: 'district' | 'province', targets: readonly TargetOption[]): Unavailable {
  const [first] = targets;
  const shared =
    first?.reason && targets.every((t) => JSON.stringify(t.reason) === JSON.stringify(first.reason))
      ? first.reason
      : null;
  return { code: 'bad-target', problem: 'none-qualifies', kind, shared };
}

/** Every response with its availability this week and, for targeted ones, each target's verdict. */
export function responsesFor(state: GameState): ResponseOption[] {
  return RESPONSE_CANDIDATES.map(({ def, candidates }) => {
    const targets = candidates.map(({ id, name, unsuitable }) => ({
      id,
      name,
      reason: unsuitable ?? hooksOf(def).targetRule?.(state, id) ?? null,
    }));
    let unavailable = responseBlock(state, def);
    if (!unavailable && def.target !== 'none' && targets.every((t) => t.reason !== null)) {
      unavailable = noTarget(def.target, targets);
    }
    return {
      id: def.id,
      title: def.title,
      category: def.category,
      summary: def.summary,
      actions: def.actions,
      fiscal: def.fiscal,
      target: def.target,
      exclusive: def.exclusive ?? null,
      unavailable,
      targets,
    };
  });
}

export interface DecisionError {
  /** The position of the offending decision, or -1 for the week as a whole. */
  index: number;
  reason: Unavailable;
}

/**
 * Checks one week's decisions (as they come from a person or a file) against the state: every
 * problem is a typed value; what passes is typed too, with a known response and a suitable target.
 */
export function validateDecisions(
  state: GameState,
  decisions: unknown,
): Result<ValidDecision[], DecisionError> {
  const fail = (index: number, reason: Unavailable): Result<ValidDecision[], DecisionError> => ({
    ok: false,
    error: { index, reason },
  });
  if (state.ending) return fail(-1, { code: 'game-over' });
  if (!Array.isArray(decisions))
    return fail(-1, { code: 'unknown-response', problem: 'not-a-list' });
  const clean: ValidDecision[] = [];
  const seen = new Set<string>();
  let actions = 0;
  let fiscal = 0;
  for (let index = 0; index < decisions.length; index++) {
    const raw: unknown = decisions[index];
    if (typeof raw !== 'object' || raw === null || !('response' in raw))
      return fail(index, { code: 'unknown-response', problem: 'no-response-id' });
    const { response } = raw;
    if (typeof response !== 'string')
      return fail(index, { code: 'unknown-response', problem: 'no-response-id' });
    if (!isResponseId(response))
      return fail(index, { code: 'unknown-response', problem: 'no-such-response', response });
    const def = RESPONSE_BY_ID[response];
    const target = 'target' in raw ? raw.target : undefined;
    if (seen.has(def.id)) return fail(index, { code: 'duplicate', response: def.id, clash: false });
    if (def.exclusive && seen.has(`group:${def.exclusive}`))
      return fail(index, { code: 'duplicate', response: def.id, clash: true });
    seen.add(def.id);
    if (def.exclusive) seen.add(`group:${def.exclusive}`);
    const block = responseBlock(state, def);
    if (block) return fail(index, block);
    if (def.target === 'none') {
      if (target !== undefined)
        return fail(index, { code: 'bad-target', problem: 'takes-none', response: def.id });
      clean.push({ response: def.id });
    } else {
      if (typeof target !== 'string')
        return fail(index, { code: 'needs-target', response: def.id, kind: def.target });
      const place: Target | null =
        def.target === 'district'
          ? isDistrictId(target)
            ? target
            : null
          : isProvinceId(target)
            ? target
            : null;
      if (place === null)
        return fail(index, {
          code: 'bad-target',
          problem: 'not-a-place',
          target,
          kind: def.target,
        });
      const reason = targetVerdict(state, def, place);
      if (reason) return fail(index, { code: 'bad-target', problem: 'unsuitable', reason });
      clean.push({ response: def.id, target: place });
    }
    actions += def.actions;
    fiscal += def.fiscal;
    if (actions > weeklyCapacity(state))
      return fail(index, {
        code: 'capacity',
        needs: actions,
        has: weeklyCapacity(state),
        week: true,
      });
    if (fiscal > state.meters.fiscalRoom)
      return fail(index, {
        code: 'fiscal',
        costs: fiscal,
        left: state.meters.fiscalRoom,
        week: true,
      });
  }
  return { ok: true, value: clean };
}
