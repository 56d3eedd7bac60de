/**
 * Effects shared by responses, doctrines and events: strikes across the line, militant attacks,
 * displacement and crossings. Each takes the turn context and a cause, and reports in events.
 */
import { CROSSINGS, DISTRICTS } from './content/districts';
import { PROVINCES } from './content/provinces';
import {
  adjustDistrict,
  adjustDistrictCount,
  adjustGroup,
  adjustKabul,
  adjustMeter,
  adjustPresence,
  adjustProvince,
  adjustSanctuary,
  adjustStance,
  adjustTalks,
  count,
  emit,
  note,
  setTruce,
  type TurnContext,
} from './context';
import type { StrikeTarget } from './event-words';
import { GROUP_IDS, type CrossingId, type DistrictId, type GroupId, type ProvinceId } from './ids';

interface StrikeResult {
  militantsKilled: number;
  civilians: number;
  groupsHit: GroupId[];
}

/**
 * Strikes militant sanctuaries in a province. `power` (about 5..20) scales the damage; intelligence
 * coverage in the province sharpens it and lowers the risk to civilians.
 */
export function strikeProvince(
  ctx: TurnContext,
  province: ProvinceId,
  power: number,
  cause: string,
  target: StrikeTarget,
): StrikeResult {
  const { state, dice } = ctx;
  const place = state.provinces[province];
  const info = PROVINCES[province];
  let militantsKilled = 0;
  const groupsHit: GroupId[] = [];
  for (const group of GROUP_IDS) {
    const sanctuary = place.sanctuary[group];
    if (sanctuary < 5) continue;
    const damage = Math.trunc((power * (50 + place.intel)) / 100) + dice.below(6);
    adjustSanctuary(ctx, province, group, -damage, cause);
    adjustGroup(ctx, group, 'strength', -Math.trunc(damage / 3), cause);
    adjustGroup(ctx, group, 'morale', -6, cause);
    state.groups[group].lastStruckWeek = state.week;
    note(ctx, `group:${group}`, 'struck', 1, cause);
    press(ctx, group, cause);
    militantsKilled += Math.trunc((damage * sanctuary) / 25) + dice.below(4);
    groupsHit.push(group);
  }
  const harmChance = Math.trunc((info.exposure * (110 - place.intel)) / 100);
  const civilians = dice.d100() < harmChance ? 3 + dice.below(5 + Math.trunc(power / 2)) : 0;
  harmAfghanCivilians(ctx, province, civilians, groupsHit, cause);
  count(ctx, 'militants', militantsKilled, cause);
  state.thisWeek.deaths += militantsKilled;
  strikeAcrossTheLine(ctx, province, power, cause);
  emit(ctx, {
    kind: 'strike',
    actor: 'pakistan',
    province,
    deaths: militantsKilled + civilians,
    cause,
    words: {
      id: 'strike',
      target,
      province,
      groups: groupsHit,
      militants: militantsKilled,
      civilians,
    },
  });
  return { militantsKilled, civilians, groupsHit };
}

/** Afghan civilians killed by a strike: counted, remembered in the province, and felt. */
export function harmAfghanCivilians(
  ctx: TurnContext,
  province: ProvinceId,
  civilians: number,
  groupsHit: readonly GroupId[],
  cause: string,
): void {
  if (civilians <= 0) return;
  adjustProvince(ctx, province, 'civilianHarm', civilians, cause);
  count(ctx, 'civiliansAfghanistan', civilians, cause);
  ctx.state.thisWeek.civiliansAfghanistan += civilians;
  ctx.state.thisWeek.deaths += civilians;
  for (const group of groupsHit) adjustGroup(ctx, group, 'grievance', 6, cause);
  adjustKabul(ctx, 'hardliners', 3, cause);
}

/** Deterrence points a strike loses for each other strike of the last four weeks. */
export const REPEATED_STRIKE_PENALTY = 4;

/**
 * Restores deterrence after a strike: `base` points, less for every other strike across the line
 * in the last four weeks (this one excluded), never below nothing. Repeated without resolution,
 * force reads as routine rather than as a warning (seeds 003, 000: the normalised cycle).
 */
export function restoreDeterrence(ctx: TurnContext, base: number, cause: string): void {
  let earlier = ctx.state.thisWeek.strikes - 1;
  for (const week of ctx.state.history.slice(-3)) earlier += week.strikes;
  const gain = Math.max(0, base - REPEATED_STRIKE_PENALTY * Math.max(0, earlier));
  if (gain > 0) adjustMeter(ctx, 'deterrence', gain, cause);
}

/**
 * What every Pakistani strike across the line does besides its damage (seeds 002, 003: each
 * episode shrinks diplomatic space): it counts as a strike, displaces Afghan families, costs the
 * talks progress, ends a truce, and suspends a verification mechanism it bypassed.
 */
export function strikeAcrossTheLine(
  ctx: TurnContext,
  province: ProvinceId,
  power: number,
  cause: string,
): void {
  const { state, dice } = ctx;
  state.thisWeek.strikes += 1;
  state.provinces[province].lastStruckWeek = state.week;
  note(ctx, `province:${province}`, 'struck', 1, cause);
  count(
    ctx,
    'afghanDisplaced',
    Math.trunc((PROVINCES[province].exposure * power * (10 + dice.below(20))) / 4),
    cause,
  );
  adjustTalks(ctx, -STRIKE_TALKS_COST, cause);
  const diplomacy = state.diplomacy;
  if (diplomacy.truceWeeks > 0) {
    setTruce(ctx, 0, cause);
    adjustTalks(ctx, -10, cause);
    emit(ctx, {
      kind: 'truce',
      actor: 'kabul',
      province,
      cause,
      words: { id: 'truce-broken-by-strike' },
    });
  }
  if (diplomacy.verification) {
    diplomacy.verification = false;
    diplomacy.verificationSuspended = true;
    note(ctx, 'diplomacy', 'verification', -1, cause);
    emit(ctx, {
      kind: 'talks',
      actor: 'kabul',
      province,
      cause,
      words: { id: 'verification-suspended-by-strike' },
    });
  }
}

/**
 * Marks a group as pressed this week: Pakistan acted against it, or where it operates. Only such
 * action answers the group's attacks in the public's eyes (drifts.ts, passivity).
 */
export function press(ctx: TurnContext, group: GroupId, cause: string): void {
  const g = ctx.state.groups[group];
  if (g.lastPressedWeek === ctx.state.week) return;
  g.lastPressedWeek = ctx.state.week;
  note(ctx, `group:${group}`, 'pressed', 1, cause);
}

/** The presence from which a group counts as operating in a district. */
export const OPERATES_AT = 10;

/** Presses every group that operates in the district (security action there answers them). */
export function pressWhereOperating(ctx: TurnContext, district: DistrictId, cause: string): void {
  const presence = ctx.state.districts[district].presence;
  for (const group of GROUP_IDS) if (presence[group] >= OPERATES_AT) press(ctx, group, cause);
}

/** Talks progress every strike across the line costs. */
export const STRIKE_TALKS_COST = 5;

/**
 * Moves Afghan trade away from Pakistan by up to `points` of dependence, never below the floor:
 * Iran and Central Asia take much of it, but not geography (seeds 001, 002, 004).
 */
export function divertTrade(ctx: TurnContext, points: number, cause: string): number {
  const room = Math.max(0, ctx.state.kabul.tradeDependence - TRADE_DEPENDENCE_FLOOR);
  return adjustKabul(ctx, 'tradeDependence', -Math.min(points, room), cause);
}

/** How low Afghan trade dependence on Pakistan can fall while crossings stay shut. */
export const TRADE_DEPENDENCE_FLOOR = 20;

/** Moves people out of a district, counting them once in the scorecard. */
export function displace(
  ctx: TurnContext,
  district: DistrictId,
  people: number,
  cause: string,
): void {
  if (people <= 0) return;
  adjustDistrictCount(ctx, district, 'displaced', people, cause);
  count(ctx, 'displaced', people, cause);
  emit(ctx, {
    kind: 'displacement',
    actor: 'pakistan',
    district,
    cause,
    words: { id: 'displacement', district, people },
  });
}

export function closeCrossing(
  ctx: TurnContext,
  crossing: CrossingId,
  cause: string,
  by: 'pakistan' | 'kabul',
): void {
  const state = ctx.state.crossings[crossing];
  if (!state.open) return;
  state.open = false;
  state.closedWeeks = 0;
  note(ctx, `crossing:${crossing}`, 'open', -1, cause);
  const info = CROSSINGS[crossing];
  emit(ctx, {
    kind: 'closure',
    actor: by,
    district: info.district,
    crossing,
    cause,
    words: { id: 'crossing-closed', crossing, by },
  });
}

export function openCrossing(ctx: TurnContext, crossing: CrossingId, cause: string): void {
  const state = ctx.state.crossings[crossing];
  if (state.open) return;
  state.open = true;
  state.closedWeeks = 0;
  note(ctx, `crossing:${crossing}`, 'open', 1, cause);
  const info = CROSSINGS[crossing];
  emit(ctx, {
    kind: 'reopening',
    actor: 'pakistan',
    district: info.district,
    crossing,
    cause,
    words: { id: 'crossing-reopened', crossing },
  });
}

export type AttackStyle =
  'security' | 'police' | 'urban' | 'sectarian' | 'cpec' | 'quadcopter' | 'spoiler';

/** Who is hurt most by each style: [soldiers, police, civilians] in tenths of the toll. */
const STYLE_VICTIMS: Record<AttackStyle, readonly [number, number, number]> = {
  security: [8, 1, 1],
  police: [0, 8, 2],
  urban: [3, 3, 4],
  sectarian: [0, 1, 9],
  cpec: [3, 2, 5],
  quadcopter: [0, 7, 3],
  spoiler: [7, 2, 1],
};

interface AttackResult {
  foiled: boolean;
  deaths: number;
}

/** A militant attack in a district: its toll, its political shock, and a claim that may mislead. */
export function attack(
  ctx: TurnContext,
  group: GroupId,
  district: DistrictId,
  style: AttackStyle,
  cause: string,
): AttackResult {
  const { state, dice } = ctx;
  const place = state.districts[district];
  const info = DISTRICTS[district];
  const actor = state.groups[group];
  const defence = style === 'police' || style === 'quadcopter' ? place.police : place.security;
  // Defence foils attacks, and so does a community that talks to the police (trust above 50).
  let foilChance = Math.max(
    0,
    Math.trunc(((defence - 20) * 3) / 4) + Math.trunc((place.trust - 50) / 3),
  );
  if (style === 'quadcopter' && place.counterDroneWeeks > 0) foilChance += 45;
  if (place.curfewWeeks > 0) foilChance += 10;
  foilChance = Math.min(85, foilChance);
  const attackId = state.nextAttackId++;
  actor.lastAttackWeek = state.week;
  note(ctx, `group:${group}`, 'attacked', 1, cause);
  count(ctx, 'attacks', 1, cause);
  state.thisWeek.attacks += 1;
  if (style === 'cpec') state.thisWeek.cpecAttacks += 1;

  if (dice.d100() < foilChance) {
    count(ctx, 'foiled', 1, cause);
    state.thisWeek.foiled += 1;
    adjustMeter(ctx, 'deterrence', 1, cause);
    adjustGroup(ctx, group, 'morale', -3, cause);
    // The attackers are killed or taken: a foiled attack costs the group people.
    adjustGroup(ctx, group, 'strength', -2, cause);
    emit(ctx, {
      kind: 'attack',
      actor: group,
      district,
      deaths: 0,
      cause,
      words: { id: 'attack-foiled', style, district },
    });
    return { foiled: true, deaths: 0 };
  }

  const crowded = style === 'sectarian' || style === 'urban';
  const scale = crowded ? 2 : 1;
  const raw = Math.trunc((actor.strength + place.presence[group]) / 14) + dice.below(6);
  // A fat tail: a few bombings of crowds or cities kill many times the usual toll (domain.md
  // lists attacks of 30 to 100 dead), more often the stronger the group.
  const massCasualty = crowded && dice.d100() < 2 + Math.trunc(actor.strength / 12);
  const tail = massCasualty ? 3 + dice.below(4) : 1;
  const deaths = Math.max(1, (raw - Math.trunc(defence / 30)) * scale * tail);
  const [soldierShare, policeShare] = STYLE_VICTIMS[style];
  const soldiers = Math.trunc((deaths * soldierShare) / 10);
  const police = Math.trunc((deaths * policeShare) / 10);
  const civilians = deaths - soldiers - police;
  if (soldiers > 0) count(ctx, 'soldiers', soldiers, cause);
  if (police > 0) count(ctx, 'police', police, cause);
  if (civilians > 0) {
    count(ctx, 'civiliansPakistan', civilians, cause);
    adjustDistrictCount(ctx, district, 'civilianHarm', civilians, cause);
  }
  state.thisWeek.deaths += deaths;
  state.thisWeek.harm += deaths;
  actor.lastHitWeek = state.week;

  adjustMeter(
    ctx,
    'publicPressure',
    Math.min(10, 1 + Math.trunc(deaths / 8) + (info.urban ? 1 : 0)),
    cause,
  );
  adjustMeter(ctx, 'deterrence', -(1 + Math.trunc(deaths / 10)), cause);
  adjustDistrict(ctx, district, 'security', -3, cause);
  adjustDistrict(ctx, district, 'trust', -2, cause);
  adjustGroup(ctx, group, 'morale', 5, cause);
  if (style === 'police' || style === 'quadcopter')
    adjustDistrict(ctx, district, 'police', -2, cause);

  // Who is said to be behind it: the truth, silence, or someone else's name.
  const claimRoll = dice.d100();
  const claimedBy: GroupId | 'none' =
    claimRoll < 50
      ? group
      : claimRoll < 80
        ? 'none'
        : GROUP_IDS[(GROUP_IDS.indexOf(group) + 1) % GROUP_IDS.length]!;
  state.pendingAttributions.push({
    attackId,
    attackWeek: state.week,
    district,
    author: group,
    claimedBy,
    revealWeek: state.week + 1 + dice.below(2),
  });
  emit(ctx, {
    kind: 'attack',
    actor: group,
    district,
    deaths,
    cause,
    words: {
      id: 'attack',
      style,
      district,
      deaths,
      soldiers,
      police,
      civilians,
      massCasualty,
      claimedBy,
    },
  });

  if (style === 'spoiler') adjustTalks(ctx, -10, cause);
  // Beijing holds Islamabad to its promise to keep CPEC safe (seeds 001, 002).
  if (style === 'cpec') adjustStance(ctx, 'china', -2, cause);
  if (state.diplomacy.truceWeeks > 0 && deaths >= 8 && dice.d100() < 50) {
    setTruce(ctx, 0, cause);
    adjustTalks(ctx, -15, cause);
    emit(ctx, {
      kind: 'truce',
      actor: 'world',
      district,
      cause,
      words: { id: 'truce-collapses-after-attack', district },
    });
  }
  return { foiled: false, deaths };
}

/** Reduces a group's presence in a district and counts the militants killed. */
export function clearPresence(
  ctx: TurnContext,
  district: DistrictId,
  amount: number,
  cause: string,
): number {
  let killed = 0;
  const presence = ctx.state.districts[district].presence;
  pressWhereOperating(ctx, district, cause);
  // Coordination multiplies what raids achieve (seed 004): cohesion 50 is par, 20 cuts a third.
  const effort = Math.trunc((amount * (50 + ctx.state.meters.cohesion)) / 100);
  for (const group of GROUP_IDS) {
    if (presence[group] <= 0) continue;
    const cut = Math.min(presence[group], Math.trunc((effort * (presence[group] + 20)) / 60));
    if (cut <= 0) continue;
    adjustPresence(ctx, district, group, -cut, cause);
    adjustGroup(ctx, group, 'strength', -Math.trunc(cut / 2), cause);
    killed += Math.trunc(cut / 2) + ctx.dice.below(3);
  }
  count(ctx, 'militants', killed, cause);
  return killed;
}
