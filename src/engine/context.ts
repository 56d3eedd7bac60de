/**
 * The working context of one turn: a private copy of the state, the dice, and the records that
 * become the week's report. Every change to the state goes through a helper here, which clamps
 * it to its bounds and records its cause, so nothing changes without a reason the player can read.
 */
import { Dice } from './random';
import {
  DISTRICT_IDS,
  GROUP_IDS,
  POWER_IDS,
  PROVINCE_IDS,
  type DistrictId,
  type GroupId,
  type MeterId,
  type PowerId,
  type ProvinceId,
} from './ids';
import type { ActorTrace, Change, GameState, Tally, WeekEvent } from './types';

export interface TurnContext {
  state: GameState;
  dice: Dice;
  changes: Change[];
  events: WeekEvent[];
  traces: ActorTrace[];
}

export function newContext(state: GameState): TurnContext {
  return { state, dice: new Dice(state.rng), changes: [], events: [], traces: [] };
}

// Change subjects built once, not on every change (a turn records hundreds).
const DISTRICT_SUBJECT = Object.fromEntries(
  DISTRICT_IDS.map((id) => [id, `district:${id}`]),
) as Record<DistrictId, string>;
const PROVINCE_SUBJECT = Object.fromEntries(
  PROVINCE_IDS.map((id) => [id, `province:${id}`]),
) as Record<ProvinceId, string>;
const GROUP_SUBJECT = Object.fromEntries(GROUP_IDS.map((id) => [id, `group:${id}`])) as Record<
  GroupId,
  string
>;
const POWER_SUBJECT = Object.fromEntries(POWER_IDS.map((id) => [id, `power:${id}`])) as Record<
  PowerId,
  string
>;

function clamp(value: number, low: number, high: number): number {
  return value < low ? low : value > high ? high : value;
}

/** Adds `delta` (rounded to a whole number) to `record[field]` within [low, high] and records it. */
function bump<K extends string>(
  ctx: TurnContext,
  subject: string,
  record: Record<K, number>,
  field: K,
  delta: number,
  cause: string,
  low = 0,
  high = 100,
): number {
  const before = record[field];
  const after = clamp(before + Math.trunc(delta), low, high);
  if (after === before) return 0;
  record[field] = after;
  ctx.changes.push({ subject, field, delta: after - before, cause });
  return after - before;
}

export function adjustMeter(
  ctx: TurnContext,
  meter: MeterId,
  delta: number,
  cause: string,
): number {
  return bump(ctx, 'national', ctx.state.meters, meter, delta, cause);
}

type DistrictLevel = 'security' | 'trust' | 'police' | 'economy';
export function adjustDistrict(
  ctx: TurnContext,
  district: DistrictId,
  field: DistrictLevel,
  delta: number,
  cause: string,
): number {
  return bump(ctx, DISTRICT_SUBJECT[district], ctx.state.districts[district], field, delta, cause);
}

type DistrictCount = 'displaced' | 'civilianHarm' | 'counterDroneWeeks' | 'curfewWeeks';
export function adjustDistrictCount(
  ctx: TurnContext,
  district: DistrictId,
  field: DistrictCount,
  delta: number,
  cause: string,
): number {
  return bump(
    ctx,
    DISTRICT_SUBJECT[district],
    ctx.state.districts[district],
    field,
    delta,
    cause,
    0,
    1e9,
  );
}

export function adjustPresence(
  ctx: TurnContext,
  district: DistrictId,
  group: GroupId,
  delta: number,
  cause: string,
): number {
  const presence = ctx.state.districts[district].presence;
  return bump(ctx, DISTRICT_SUBJECT[district], presence, group, delta, cause);
}

export function adjustSanctuary(
  ctx: TurnContext,
  province: ProvinceId,
  group: GroupId,
  delta: number,
  cause: string,
): number {
  return bump(
    ctx,
    PROVINCE_SUBJECT[province],
    ctx.state.provinces[province].sanctuary,
    group,
    delta,
    cause,
  );
}

export function adjustProvince(
  ctx: TurnContext,
  province: ProvinceId,
  field: 'intel' | 'civilianHarm',
  delta: number,
  cause: string,
): number {
  const high = field === 'intel' ? 100 : 1e9;
  return bump(
    ctx,
    PROVINCE_SUBJECT[province],
    ctx.state.provinces[province],
    field,
    delta,
    cause,
    0,
    high,
  );
}

type GroupLevel = 'strength' | 'morale' | 'funding' | 'recruitment' | 'grievance';
export function adjustGroup(
  ctx: TurnContext,
  group: GroupId,
  field: GroupLevel,
  delta: number,
  cause: string,
): number {
  return bump(ctx, GROUP_SUBJECT[group], ctx.state.groups[group], field, delta, cause);
}

type KabulLevel = 'hostility' | 'restraint' | 'hardliners' | 'tradeDependence';
export function adjustKabul(
  ctx: TurnContext,
  field: KabulLevel,
  delta: number,
  cause: string,
): number {
  return bump(ctx, 'kabul', ctx.state.kabul, field, delta, cause);
}

export function adjustStance(
  ctx: TurnContext,
  power: PowerId,
  delta: number,
  cause: string,
): number {
  return bump(ctx, POWER_SUBJECT[power], ctx.state.powers[power], 'stance', delta, cause);
}

export function adjustTalks(ctx: TurnContext, delta: number, cause: string): number {
  return bump(ctx, 'diplomacy', ctx.state.diplomacy, 'talksProgress', delta, cause);
}

export function setTruce(ctx: TurnContext, weeks: number, cause: string): void {
  const diplomacy = ctx.state.diplomacy;
  bump(ctx, 'diplomacy', diplomacy, 'truceWeeks', weeks - diplomacy.truceWeeks, cause, 0, 1e9);
}

/** Adds to the scorecard's running count. */
export function count(ctx: TurnContext, field: keyof Tally, amount: number, cause: string): void {
  bump(ctx, 'tally', ctx.state.tally, field, amount, cause, 0, 1e12);
}

/** Moves the escalation ladder to `level` (0..5) and keeps its peak. */
export function setLadder(ctx: TurnContext, level: number, cause: string): void {
  const state = ctx.state;
  const after = clamp(level, 0, 5);
  if (after === state.ladder) return;
  ctx.changes.push({ subject: 'ladder', field: 'ladder', delta: after - state.ladder, cause });
  state.ladder = after;
  if (after > state.tally.ladderPeak)
    count(ctx, 'ladderPeak', after - state.tally.ladderPeak, cause);
}

/** Raises the ladder to at least `level`. */
export function raiseLadderTo(ctx: TurnContext, level: number, cause: string): void {
  if (ctx.state.ladder < level) setLadder(ctx, level, cause);
}

/** Records a flag-like change (a crossing, a truce, a verification mechanism) with its cause. */
export function note(
  ctx: TurnContext,
  subject: string,
  field: string,
  delta: number,
  cause: string,
): void {
  ctx.changes.push({ subject, field, delta, cause });
}

export function emit(ctx: TurnContext, event: Omit<WeekEvent, 'order'>): void {
  ctx.events.push({ order: ctx.events.length + 1, ...event });
}

export function trace(ctx: TurnContext, entry: ActorTrace): void {
  ctx.traces.push(entry);
}
