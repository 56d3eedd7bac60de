/**
 * Effects shared by responses, doctrines and events: strikes across the line, militant attacks,
 * displacement and crossings. Each takes the turn context and a cause, and reports in events.
 */
import { GROUPS } from './content/actors';
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
  adjustTalks,
  count,
  emit,
  note,
  setTruce,
  type TurnContext,
} from './context';
import { formatCount } from './format';
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
  verb: string,
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
    adjustGroup(ctx, group, 'morale', -4, cause);
    state.groups[group].lastStruckWeek = state.week;
    note(ctx, `group:${group}`, 'struck', 1, cause);
    militantsKilled += Math.trunc((damage * sanctuary) / 25) + dice.below(4);
    groupsHit.push(group);
  }
  const harmChance = Math.trunc((info.exposure * (110 - place.intel)) / 100);
  let civilians = 0;
  if (dice.d100() < harmChance) {
    civilians = 2 + dice.below(4 + Math.trunc(power / 2));
    adjustProvince(ctx, province, 'civilianHarm', civilians, cause);
    count(ctx, 'civiliansAfghanistan', civilians, cause);
    for (const group of groupsHit) adjustGroup(ctx, group, 'grievance', 6, cause);
    adjustKabul(ctx, 'hardliners', 3, cause);
  }
  count(ctx, 'militants', militantsKilled, cause);
  state.thisWeek.strikes += 1;
  state.thisWeek.deaths += militantsKilled + civilians;
  state.thisWeek.civiliansAfghanistan += civilians;
  place.lastStruckWeek = state.week;
  note(ctx, `province:${province}`, 'struck', 1, cause);
  const names = groupsHit.map((g) => GROUPS[g].short).join(', ') || 'no known group';
  const harm =
    civilians > 0
      ? ` Kabul and local officials report ${civilians} civilians killed; Islamabad disputes the figure.`
      : ' No civilian deaths are reported.';
  emit(ctx, {
    kind: 'strike',
    actor: 'pakistan',
    province,
    deaths: militantsKilled + civilians,
    cause,
    text: `Pakistan ${verb} in ${info.name} (${names}). It claims ${militantsKilled} militants killed.${harm}`,
  });
  return { militantsKilled, civilians, groupsHit };
}

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
    text: `About ${formatCount(people)} people leave their homes in ${DISTRICTS[district].name}.`,
  });
}

export function closeCrossing(
  ctx: TurnContext,
  crossing: CrossingId,
  cause: string,
  by: string,
): void {
  const state = ctx.state.crossings[crossing];
  if (!state.open) return;
  state.open = false;
  state.closedWeeks = 0;
  note(ctx, `crossing:${crossing}`, 'open', -1, cause);
  const info = CROSSINGS[crossing];
  emit(ctx, {
    kind: 'closure',
    actor: by === 'Kabul' ? 'kabul' : 'pakistan',
    district: info.district,
    crossing,
    cause,
    text: `${by} shuts the ${info.name} crossing; lorries queue on both sides.`,
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
    text: `The ${info.name} crossing reopens to trade and travellers.`,
  });
}

export type AttackStyle =
  'security' | 'police' | 'urban' | 'sectarian' | 'cpec' | 'quadcopter' | 'spoiler';

const STYLE_WORDS: Record<AttackStyle, string> = {
  security: 'attack a security post',
  police: 'attack police',
  urban: 'strike a city target',
  sectarian: 'bomb a crowded gathering',
  cpec: 'attack a CPEC-linked target',
  quadcopter: 'drop explosives from quadcopters on a police station',
  spoiler: 'attack troops to wreck the talks',
};

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
  let foilChance = Math.max(0, Math.trunc((defence - 25) / 2));
  if (style === 'quadcopter' && place.counterDroneWeeks > 0) foilChance += 55;
  if (place.curfewWeeks > 0) foilChance += 10;
  const attackId = state.nextAttackId++;
  actor.lastAttackWeek = state.week;
  note(ctx, `group:${group}`, 'attacked', 1, cause);
  count(ctx, 'attacks', 1, cause);
  state.thisWeek.attacks += 1;
  if (style === 'cpec') state.thisWeek.cpecAttacks += 1;

  if (dice.d100() < foilChance) {
    adjustMeter(ctx, 'deterrence', 1, cause);
    adjustGroup(ctx, group, 'morale', -3, cause);
    emit(ctx, {
      kind: 'attack',
      actor: group,
      district,
      deaths: 0,
      cause,
      text: `Militants try to ${STYLE_WORDS[style]} in ${info.name}; the attack is foiled.`,
    });
    return { foiled: true, deaths: 0 };
  }

  const scale = style === 'sectarian' || style === 'urban' ? 2 : 1;
  const raw = Math.trunc((actor.strength + place.presence[group]) / 14) + dice.below(6);
  const deaths = Math.max(1, (raw - Math.trunc(defence / 30)) * scale);
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

  adjustMeter(
    ctx,
    'publicPressure',
    Math.min(6, 1 + Math.trunc(deaths / 8) + (info.urban ? 1 : 0)),
    cause,
  );
  adjustMeter(ctx, 'deterrence', -(2 + Math.trunc(deaths / 8)), cause);
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
    district,
    author: group,
    claimedBy,
    revealWeek: state.week + 1 + dice.below(2),
  });
  const claim =
    claimedBy === 'none' ? 'No group has claimed it.' : `${GROUPS[claimedBy].short} claims it.`;
  emit(ctx, {
    kind: 'attack',
    actor: group,
    district,
    deaths,
    cause,
    text: `Militants ${STYLE_WORDS[style]} in ${info.name}: ${deaths} killed (${soldiers} soldiers, ${police} police, ${civilians} civilians). ${claim}`,
  });

  if (style === 'spoiler') adjustTalks(ctx, -10, cause);
  if (state.diplomacy.truceWeeks > 0 && deaths >= 8 && dice.d100() < 50) {
    setTruce(ctx, 0, cause);
    adjustTalks(ctx, -15, cause);
    emit(ctx, {
      kind: 'truce',
      actor: 'world',
      district,
      cause,
      text: `The ceasefire collapses after the ${info.name} attack; each side blames the other.`,
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
  for (const group of GROUP_IDS) {
    if (presence[group] <= 0) continue;
    const cut = Math.min(presence[group], Math.trunc((amount * (presence[group] + 20)) / 60));
    if (cut <= 0) continue;
    adjustPresence(ctx, district, group, -cut, cause);
    adjustGroup(ctx, group, 'strength', -Math.trunc(cut / 4), cause);
    killed += Math.trunc(cut / 2) + ctx.dice.below(3);
  }
  count(ctx, 'militants', killed, cause);
  return killed;
}
