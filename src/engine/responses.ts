/**
 * What the player may do this week, and why not: availability of every response with a typed
 * reason, and validation of a week's decisions. Illegal input is a value here, never a throw.
 */
import { DIFFICULTY } from './content/difficulty';
import { DISTRICTS } from './content/districts';
import { PROVINCES } from './content/provinces';
import { RESPONSES, RESPONSE_BY_ID, isResponseId, type ResponseId } from './content/responses';
import { DISTRICT_IDS, LADDER_RUNGS, PROVINCE_IDS, isDistrictId, isProvinceId } from './ids';
import { hooksOf, type ResponseDef, type Target, type TargetKind } from './response-types';
import type { GameState, Result, Unavailable, ValidDecision } from './types';

export interface TargetOption {
  id: Target;
  name: string;
  /** Null when this target may be chosen, else why not. */
  reason: string | null;
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
  if (state.ending) return { code: 'game-over', message: 'The game is over.' };
  const until = state.cooldowns[def.id];
  if (until !== undefined && until > state.week)
    return {
      code: 'cooldown',
      message:
        until > state.maxWeeks
          ? 'Used recently; not available again before the game ends.'
          : `Used recently; available again in week ${until}.`,
      untilWeek: until,
    };
  const { min, max } = def.ladder ?? {};
  if (min !== undefined && state.ladder < min)
    return { code: 'ladder', message: `Only once the ladder reaches "${LADDER_RUNGS[min]}".` };
  if (max !== undefined && state.ladder > max)
    return { code: 'ladder', message: `Not while the ladder stands above "${LADDER_RUNGS[max]}".` };
  const reason = def.requires?.(state);
  if (reason) return { code: 'prerequisite', message: reason };
  if (def.actions > weeklyCapacity(state))
    return {
      code: 'capacity',
      message: `Needs ${def.actions} action points; you have ${weeklyCapacity(state)}.`,
    };
  if (def.fiscal > state.meters.fiscalRoom)
    return {
      code: 'fiscal',
      message: `Costs ${def.fiscal} fiscal room; only ${state.meters.fiscalRoom} is left.`,
    };
  return null;
}

/** Null when the state allows this target for this response, else why not. */
export function targetVerdict(state: GameState, def: ResponseDef, target: Target): string | null {
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
  unsuitable: string | null;
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
function noTargetMessage(kind: 'district' | 'province', targets: readonly TargetOption[]): string {
  const none =
    kind === 'district'
      ? 'No district qualifies this week'
      : 'No Afghan province qualifies this week';
  const reasons = new Set(targets.map((t) => t.reason));
  const [only] = reasons;
  if (reasons.size !== 1 || !only) return `${none}.`;
  const sentence = /^[A-Z][a-z]/.test(only) ? only[0]!.toLowerCase() + only.slice(1) : only;
  return `${none}: ${sentence}`;
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
      unavailable = { code: 'bad-target', message: noTargetMessage(def.target, targets) };
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
  if (state.ending) return fail(-1, { code: 'game-over', message: 'The game is over.' });
  if (!Array.isArray(decisions))
    return fail(-1, { code: 'unknown-response', message: 'Decisions must be a list.' });
  const clean: ValidDecision[] = [];
  const seen = new Set<string>();
  let actions = 0;
  let fiscal = 0;
  for (let index = 0; index < decisions.length; index++) {
    const raw: unknown = decisions[index];
    if (typeof raw !== 'object' || raw === null || !('response' in raw))
      return fail(index, {
        code: 'unknown-response',
        message: 'Each decision needs a response id.',
      });
    const { response } = raw;
    if (typeof response !== 'string')
      return fail(index, {
        code: 'unknown-response',
        message: 'Each decision needs a response id.',
      });
    if (!isResponseId(response))
      return fail(index, {
        code: 'unknown-response',
        message: `There is no response "${response}".`,
      });
    const def = RESPONSE_BY_ID[response];
    const target = 'target' in raw ? raw.target : undefined;
    if (seen.has(def.id))
      return fail(index, {
        code: 'duplicate',
        message: `"${def.title}" is already chosen this week.`,
      });
    if (def.exclusive && seen.has(`group:${def.exclusive}`))
      return fail(index, {
        code: 'duplicate',
        message: `Only one of these can be chosen a week: "${def.title}" clashes with another choice.`,
      });
    seen.add(def.id);
    if (def.exclusive) seen.add(`group:${def.exclusive}`);
    const block = responseBlock(state, def);
    if (block) return fail(index, block);
    if (def.target === 'none') {
      if (target !== undefined)
        return fail(index, { code: 'bad-target', message: `"${def.title}" takes no target.` });
      clean.push({ response: def.id });
    } else {
      if (typeof target !== 'string')
        return fail(index, {
          code: 'needs-target',
          message: `"${def.title}" needs ${def.target === 'district' ? 'a district' : 'an Afghan province'}.`,
        });
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
          message: `"${target}" is not ${def.target === 'district' ? 'a district' : 'an Afghan province'}.`,
        });
      const reason = targetVerdict(state, def, place);
      if (reason) return fail(index, { code: 'bad-target', message: reason });
      clean.push({ response: def.id, target: place });
    }
    actions += def.actions;
    fiscal += def.fiscal;
    if (actions > weeklyCapacity(state))
      return fail(index, {
        code: 'capacity',
        message: `These choices need ${actions} action points; the week has ${weeklyCapacity(state)}.`,
      });
    if (fiscal > state.meters.fiscalRoom)
      return fail(index, {
        code: 'fiscal',
        message: `These choices cost ${fiscal} fiscal room; only ${state.meters.fiscalRoom} is left.`,
      });
  }
  return { ok: true, value: clean };
}
