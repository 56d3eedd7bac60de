/**
 * What each doctrine reaction does to the world. A reaction returns its outcome, as an id and its
 * figures, for the actor's "Why?" card; every change it makes is recorded with the rule as its cause.
 */
import { DISTRICTS } from './content/districts';
import {
  adjustGroup,
  adjustKabul,
  adjustMeter,
  adjustPresence,
  adjustSanctuary,
  adjustStance,
  adjustTalks,
  count,
  emit,
  note,
  raiseLadderTo,
  setLadder,
  type TurnContext,
} from './context';
import type { GroupReaction, KabulReaction, PowerReaction, Reaction } from './doctrine-types';
import type { GameState } from './types';
import type { OutcomeWords } from './outcome-words';
import { attack, divertTrade } from './effects';
import { RESTRAINT_WEEKS } from './doctrine-runner';
import {
  DISTRICT_IDS,
  OPEN_WAR,
  PROVINCE_IDS,
  type DistrictId,
  type GroupId,
  type PowerId,
  type ProvinceId,
} from './ids';

type Handler<R extends Reaction, Actor> = (
  ctx: TurnContext,
  actor: Actor,
  reaction: R,
  cause: string,
) => OutcomeWords;
type GroupHandler<K extends GroupReaction['kind']> = Handler<
  Extract<GroupReaction, { kind: K }>,
  GroupId
>;
type KabulHandler<K extends KabulReaction['kind']> = Handler<
  Extract<KabulReaction, { kind: K }>,
  'kabul'
>;
type PowerHandler<K extends PowerReaction['kind']> = Handler<
  Extract<PowerReaction, { kind: K }>,
  PowerId
>;

/**
 * The least presence a group needs in a district to strike there: a little where the rule names
 * its districts, a real foothold where it may strike anywhere.
 */
export function footholdMinimum(reaction: Extract<GroupReaction, { kind: 'attack' }>): number {
  return reaction.districts ? 3 : 10;
}

/**
 * The best presence the group holds among the districts the attack may strike, or 0 when it has
 * no foothold there at all: the opportunity an attack rule reads.
 */
export function bestFoothold(
  state: GameState,
  group: GroupId,
  reaction: Extract<GroupReaction, { kind: 'attack' }>,
): number {
  const minimum = footholdMinimum(reaction);
  let best = 0;
  for (const id of reaction.districts ?? DISTRICT_IDS) {
    const presence = state.districts[id].presence[group];
    if (presence >= minimum && presence > best) best = presence;
  }
  return best;
}

function chooseAttackTarget(
  ctx: TurnContext,
  group: GroupId,
  reaction: Extract<GroupReaction, { kind: 'attack' }>,
): DistrictId | null {
  const { state, dice } = ctx;
  const candidates = reaction.districts ?? DISTRICT_IDS;
  const minimum = footholdMinimum(reaction);
  let best: DistrictId | null = null;
  let bestScore = -1;
  for (const id of candidates) {
    const place = state.districts[id];
    if (place.presence[group] < minimum) continue;
    const defence =
      reaction.style === 'police' || reaction.style === 'quadcopter'
        ? place.police
        : place.security;
    const score = place.presence[group] * 2 + (100 - defence) + dice.below(30);
    if (score > bestScore) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}

const onAttack: GroupHandler<'attack'> = (ctx, group, reaction, cause) => {
  const district = chooseAttackTarget(ctx, group, reaction);
  if (!district) return { id: 'no-foothold' };
  const place = ctx.state.districts[district];
  const police = reaction.style === 'police' || reaction.style === 'quadcopter';
  const defenceLevel = police ? place.police : place.security;
  const result = attack(ctx, group, district, reaction.style, cause);
  const presence = place.presence[group];
  return {
    id: 'attacked',
    district,
    presence,
    defence: police ? 'police' : 'security',
    defenceLevel,
    foiled: result.foiled,
    deaths: result.deaths,
  };
};

const onRecruit: GroupHandler<'recruit'> = (ctx, group, _, cause) => {
  const g = ctx.state.groups[group];
  const gain =
    2 + Math.trunc(g.grievance / 20) + Math.trunc(g.funding / 25) + Math.trunc(g.recruitment / 25);
  const before = g.strength;
  adjustGroup(ctx, group, 'strength', gain, cause);
  adjustGroup(ctx, group, 'grievance', -4, cause);
  return { id: 'recruited', before, after: g.strength };
};

function strongestSanctuary(ctx: TurnContext, group: GroupId): ProvinceId {
  let best: ProvinceId = PROVINCE_IDS[0];
  for (const id of PROVINCE_IDS) {
    if (ctx.state.provinces[id].sanctuary[group] > ctx.state.provinces[best].sanctuary[group])
      best = id;
  }
  return best;
}

const onRegroup: GroupHandler<'regroup'> = (ctx, group, _, cause) => {
  const province = strongestSanctuary(ctx, group);
  adjustGroup(ctx, group, 'morale', 8, cause);
  adjustGroup(ctx, group, 'strength', 1, cause);
  adjustSanctuary(ctx, province, group, 3, cause);
  return { id: 'regrouped', province, morale: ctx.state.groups[group].morale };
};

const onInfiltrate: GroupHandler<'infiltrate'> = (ctx, group, _, cause) => {
  const { state, dice } = ctx;
  let best: DistrictId | null = null;
  let bestScore = -1;
  for (const id of DISTRICT_IDS) {
    const across = DISTRICTS[id].across;
    if (across.length === 0) continue;
    let sanctuary = 0;
    for (const province of across)
      sanctuary = Math.max(sanctuary, state.provinces[province].sanctuary[group]);
    if (sanctuary < 10) continue;
    const score = sanctuary + Math.trunc((100 - state.districts[id].security) / 2) + dice.below(20);
    if (score > bestScore) {
      best = id;
      bestScore = score;
    }
  }
  if (!best) return { id: 'no-sanctuary-near-border' };
  const security = state.districts[best].security;
  const full = Math.max(1, 2 + dice.below(5) - Math.trunc(security / 30));
  // Kabul's restraint keeps TTP fighters away from the line for a few weeks.
  const restrained =
    group === 'ttp' && state.kabul.lastRestrainedWeek >= state.week - RESTRAINT_WEEKS;
  const gain = restrained ? Math.trunc(full / 2) : full;
  if (gain === 0) return { id: 'kept-from-the-line' };
  adjustPresence(ctx, best, group, gain, cause);
  adjustGroup(ctx, group, 'morale', 1, cause);
  return { id: 'infiltrated', district: best, security, gain };
};

/** Where a group is strongest in Pakistan (the fixed order breaks ties). */
function strongestBase(ctx: TurnContext, group: GroupId): DistrictId {
  let best: DistrictId = DISTRICT_IDS[0];
  for (const id of DISTRICT_IDS)
    if (ctx.state.districts[id].presence[group] > ctx.state.districts[best].presence[group])
      best = id;
  return best;
}

const onLieLow: GroupHandler<'lie-low'> = (ctx, group, _, cause) => {
  if (ctx.state.groups[group].morale < 50) adjustGroup(ctx, group, 'morale', 2, cause);
  if (ctx.state.groups[group].strength < 35) adjustGroup(ctx, group, 'strength', 1, cause);
  // Quiet weeks rebuild cells where it is strongest, so a foothold cut back can recover.
  const base = strongestBase(ctx, group);
  if (
    ctx.state.districts[base].presence[group] > 0 &&
    ctx.state.districts[base].presence[group] < 40
  )
    adjustPresence(ctx, base, group, 1, cause);
  return { id: 'lay-low', district: base };
};

function borderDistrictFacingStrikes(ctx: TurnContext): DistrictId {
  const { state, dice } = ctx;
  const struck = PROVINCE_IDS.filter((id) => state.provinces[id].lastStruckWeek >= state.week - 1);
  const candidates = DISTRICT_IDS.filter((id) =>
    DISTRICTS[id].across.some((p) => struck.length === 0 || struck.includes(p)),
  );
  return candidates[dice.below(candidates.length)] ?? 'kurram';
}

const onBorderFire: KabulHandler<'border-fire'> = (ctx, _, __, cause) => {
  const district = borderDistrictFacingStrikes(ctx);
  const soldiers = 1 + ctx.dice.below(5);
  count(ctx, 'soldiers', soldiers, cause);
  ctx.state.thisWeek.incidents += 1;
  ctx.state.thisWeek.deaths += soldiers;
  raiseLadderTo(ctx, 2, cause);
  adjustMeter(ctx, 'publicPressure', 3, cause);
  adjustKabul(ctx, 'hostility', 2, cause);
  emit(ctx, {
    kind: 'incident',
    actor: 'kabul',
    district,
    deaths: soldiers,
    cause,
    words: { id: 'border-fire', district, soldiers },
  });
  return { id: 'fired-on-posts', district, soldiers };
};

const onOffensive: KabulHandler<'offensive'> = (ctx, _, __, cause) => {
  const district = borderDistrictFacingStrikes(ctx);
  const soldiers = 3 + ctx.dice.below(10);
  const civilians = ctx.dice.below(7);
  count(ctx, 'soldiers', soldiers, cause);
  if (civilians > 0) count(ctx, 'civiliansPakistan', civilians, cause);
  ctx.state.thisWeek.incidents += 1;
  ctx.state.thisWeek.deaths += soldiers + civilians;
  raiseLadderTo(ctx, 4, cause);
  adjustMeter(ctx, 'publicPressure', 6, cause);
  adjustMeter(ctx, 'deterrence', -4, cause);
  emit(ctx, {
    kind: 'incident',
    actor: 'kabul',
    district,
    deaths: soldiers + civilians,
    cause,
    words: { id: 'offensive', district, soldiers, civilians },
  });
  return { id: 'launched-offensive', district, deaths: soldiers + civilians };
};

const onOpenWar: KabulHandler<'open-war'> = (ctx, _, __, cause) => {
  setLadder(ctx, OPEN_WAR, cause);
  ctx.state.thisWeek.incidents += 1;
  emit(ctx, {
    kind: 'incident',
    actor: 'kabul',
    cause,
    words: { id: 'kabul-declares-war' },
  });
  return { id: 'declared-open-war' };
};

const onRestrainTtp: KabulHandler<'restrain-ttp'> = (ctx, _, __, cause) => {
  const { state } = ctx;
  const ranked = [...PROVINCE_IDS].sort(
    (a, b) => state.provinces[b].sanctuary.ttp - state.provinces[a].sanctuary.ttp,
  );
  for (const province of ranked.slice(0, 2)) adjustSanctuary(ctx, province, 'ttp', -4, cause);
  adjustGroup(ctx, 'ttp', 'morale', -3, cause);
  state.kabul.lastRestrainedWeek = state.week;
  note(ctx, 'kabul', 'restrained', 1, cause);
  adjustKabul(ctx, 'hardliners', 2, cause);
  emit(ctx, {
    kind: 'statement',
    actor: 'kabul',
    cause,
    words: { id: 'ttp-moved-from-border' },
  });
  return { id: 'restrained-ttp', provinces: ranked.slice(0, 2) };
};

const onCondemn: KabulHandler<'condemn'> = (ctx, _, __, cause) => {
  adjustKabul(ctx, 'hostility', 3, cause);
  raiseLadderTo(ctx, 1, cause);
  emit(ctx, {
    kind: 'statement',
    actor: 'kabul',
    cause,
    words: { id: 'kabul-rejects-accusation' },
  });
  return { id: 'rejected-accusation' };
};

const onGoodwill: KabulHandler<'goodwill'> = (ctx, _, __, cause) => {
  adjustKabul(ctx, 'hostility', -3, cause);
  adjustKabul(ctx, 'restraint', 2, cause);
  emit(ctx, {
    kind: 'talks',
    actor: 'kabul',
    cause,
    words: { id: 'kabul-goodwill' },
  });
  return { id: 'goodwill-gesture' };
};

const onDeny: KabulHandler<'deny'> = () => ({ id: 'denied-harbouring' });

const onOfferMediation: PowerHandler<'offer-mediation'> = (ctx, power, _, cause) => {
  const state = ctx.state.powers[power];
  state.offer = 'mediation';
  state.offerUntil = ctx.state.week + 3;
  note(ctx, `power:${power}`, 'offer', 1, cause);
  emit(ctx, {
    kind: 'talks',
    actor: power,
    cause,
    words: { id: 'mediation-offered', power },
  });
  return { id: 'offered-mediation', until: state.offerUntil };
};

const onOfferFunding: PowerHandler<'offer-funding'> = (ctx, power, _, cause) => {
  const state = ctx.state.powers[power];
  state.offer = 'funding';
  state.offerUntil = ctx.state.week + 4;
  note(ctx, `power:${power}`, 'offer', 1, cause);
  emit(ctx, {
    kind: 'trade',
    actor: power,
    cause,
    words: { id: 'funding-signalled', power },
  });
  return { id: 'offered-funding', until: state.offerUntil };
};

const onUrgeRestraint: PowerHandler<'urge-restraint'> = (ctx, power, _, cause) => {
  adjustKabul(ctx, 'restraint', 1, cause);
  if (ctx.state.thisWeek.strikes > 0) adjustStance(ctx, power, -1, cause);
  emit(ctx, {
    kind: 'statement',
    actor: power,
    cause,
    words: { id: 'restraint-urged', power },
  });
  return { id: 'urged-restraint' };
};

const onUrgeVerification: PowerHandler<'urge-verification'> = (ctx, _, __, cause) => {
  adjustKabul(ctx, 'restraint', 2, cause);
  adjustTalks(ctx, 2, cause);
  return { id: 'pressed-for-monitoring', restraint: ctx.state.kabul.restraint };
};

const onTransitGain: PowerHandler<'transit-gain'> = (ctx, _, __, cause) => {
  divertTrade(ctx, 1, cause);
  emit(ctx, {
    kind: 'trade',
    actor: 'iran',
    cause,
    words: { id: 'iran-transit-fees' },
  });
  return { id: 'took-transit-trade' };
};

const onPushReturns: PowerHandler<'push-returns'> = (ctx, _, __, cause) => {
  const people = 20000 + ctx.dice.below(20000);
  count(ctx, 'iranDeportations', people, cause);
  // Returnees crowd the border provinces and stretch the Taliban's hold on them.
  adjustKabul(ctx, 'restraint', -1, cause);
  emit(ctx, {
    kind: 'deportation',
    actor: 'iran',
    cause,
    words: { id: 'iran-returns', people },
  });
  return { id: 'deported', people };
};

const onReportHarm: PowerHandler<'report-harm'> = (ctx, power, _, cause) => {
  const civilians = ctx.state.thisWeek.civiliansAfghanistan;
  // The UN's report weighs more the cooler its view of Pakistan already is.
  const cool = Math.max(0, Math.trunc((50 - ctx.state.powers.un.stance) / 10));
  adjustMeter(ctx, 'legitimacy', -(2 + Math.trunc(civilians / 6) + cool), cause);
  adjustStance(ctx, power, -2, cause);
  emit(ctx, {
    kind: 'statement',
    actor: 'un',
    cause,
    deaths: 0,
    words: { id: 'un-harm-report', civilians },
  });
  return { id: 'reported-harm', civilians };
};

const onCriticiseReturns: PowerHandler<'criticise-returns'> = (ctx, _, __, cause) => {
  adjustMeter(ctx, 'legitimacy', -2, cause);
  emit(ctx, {
    kind: 'statement',
    actor: 'un',
    cause,
    words: { id: 'un-criticises-returns' },
  });
  return { id: 'criticised-returns' };
};

const onDesignate: PowerHandler<'designate'> = (ctx, power, _, cause) => {
  const target: GroupId = ctx.state.thisWeek.cpecAttacks > 0 ? 'bla' : 'ttp';
  adjustGroup(ctx, target, 'funding', -4, cause);
  adjustStance(ctx, power, 1, cause);
  emit(ctx, {
    kind: 'statement',
    actor: 'us',
    cause,
    words: { id: 'sanctions', group: target },
  });
  return { id: 'sanctioned', group: target };
};

const onEndorse: PowerHandler<'endorse'> = (ctx, power, _, cause) => {
  adjustMeter(ctx, 'legitimacy', 1, cause);
  adjustStance(ctx, power, 1, cause);
  return { id: 'acknowledged-self-defence' };
};

const onInvest: PowerHandler<'invest'> = (ctx, power, _, cause) => {
  adjustMeter(ctx, 'fiscalRoom', 2, cause);
  emit(ctx, {
    kind: 'trade',
    actor: power,
    cause,
    words: { id: 'cpec-tranche' },
  });
  return { id: 'released-cpec-funds' };
};

const onWatch: PowerHandler<'watch'> = () => ({ id: 'watched' });

const GROUP_HANDLERS: { [K in GroupReaction['kind']]: GroupHandler<K> } = {
  attack: onAttack,
  recruit: onRecruit,
  regroup: onRegroup,
  infiltrate: onInfiltrate,
  'lie-low': onLieLow,
};

const KABUL_HANDLERS: { [K in KabulReaction['kind']]: KabulHandler<K> } = {
  'border-fire': onBorderFire,
  offensive: onOffensive,
  'open-war': onOpenWar,
  'restrain-ttp': onRestrainTtp,
  condemn: onCondemn,
  goodwill: onGoodwill,
  deny: onDeny,
};

const POWER_HANDLERS: { [K in PowerReaction['kind']]: PowerHandler<K> } = {
  'offer-mediation': onOfferMediation,
  'offer-funding': onOfferFunding,
  'urge-restraint': onUrgeRestraint,
  'urge-verification': onUrgeVerification,
  'transit-gain': onTransitGain,
  'push-returns': onPushReturns,
  'report-harm': onReportHarm,
  'criticise-returns': onCriticiseReturns,
  designate: onDesignate,
  endorse: onEndorse,
  invest: onInvest,
  watch: onWatch,
};

/**
 * The handler for a reaction's kind. TypeScript cannot follow that a handler table keyed by kind
 * hands back the handler of that very kind, hence the one widening here.
 */
function handlerFor<R extends Reaction, Actor>(
  handlers: { [K in R['kind']]: Handler<Extract<R, { kind: K }>, Actor> },
  reaction: R,
): Handler<R, Actor> {
  return handlers[reaction.kind as R['kind']] as Handler<R, Actor>;
}

/** Carries out a militant group's reaction and returns its outcome as an id and figures. */
export function reactAsGroup(
  ctx: TurnContext,
  group: GroupId,
  reaction: GroupReaction,
  cause: string,
): OutcomeWords {
  return handlerFor<GroupReaction, GroupId>(GROUP_HANDLERS, reaction)(ctx, group, reaction, cause);
}

/** Carries out Kabul's reaction and returns its outcome as an id and figures. */
export function reactAsKabul(
  ctx: TurnContext,
  reaction: KabulReaction,
  cause: string,
): OutcomeWords {
  return handlerFor<KabulReaction, 'kabul'>(KABUL_HANDLERS, reaction)(
    ctx,
    'kabul',
    reaction,
    cause,
  );
}

/** Carries out a power's reaction and returns its outcome as an id and figures. */
export function reactAsPower(
  ctx: TurnContext,
  power: PowerId,
  reaction: PowerReaction,
  cause: string,
): OutcomeWords {
  return handlerFor<PowerReaction, PowerId>(POWER_HANDLERS, reaction)(ctx, power, reaction, cause);
}
