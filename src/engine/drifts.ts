/**
 * The slow forces that act every week whatever anyone decides: programmes paying out, claims
 * resolving, recruitment, pressure and deterrence fading, trade draining through shut crossings,
 * the budget, the ladder cooling, truces running out. Each is a named step with its own cause.
 */
import { CROSSINGS, DISTRICTS, WEEKLY_TRADE_MILLIONS } from './content/districts';
import type { GameState } from './types';
import { divertTrade } from './effects';
import { RESPONSE_BY_ID } from './content/responses';
import { hooksOf } from './response-types';
import {
  adjustDistrict,
  adjustDistrictCount,
  adjustGroup,
  adjustKabul,
  adjustMeter,
  adjustPresence,
  adjustSanctuary,
  adjustTalks,
  count,
  emit,
  note,
  setLadder,
  setTruce,
  type TurnContext,
} from './context';
import {
  CROSSING_IDS,
  DISTRICT_IDS,
  GROUP_IDS,
  POWER_IDS,
  PROVINCE_IDS,
  type DistrictId,
  type GroupId,
} from './ids';

/** Public pressure at or above this counts a week of crisis (endings.ts: enough of them break confidence). */
export const CRISIS_PRESSURE = 90;

function runProgrammes(ctx: TurnContext): void {
  const remaining = [];
  for (const programme of ctx.state.programmes) {
    const weekly = hooksOf(RESPONSE_BY_ID[programme.response]).programme?.weekly;
    if (weekly) weekly(ctx, programme.target === 'none' ? null : programme.target);
    if (programme.weeksLeft > 1)
      remaining.push({ ...programme, weeksLeft: programme.weeksLeft - 1 });
  }
  ctx.state.programmes = remaining;
}

function revealAttributions(ctx: TurnContext): void {
  const { state } = ctx;
  const cause = 'drift:attribution';
  const waiting = [];
  for (const pending of state.pendingAttributions) {
    if (pending.revealWeek > state.week) {
      waiting.push(pending);
      continue;
    }
    // One charge per public blame, and only for a blame made after this attack (issue 10 §11).
    const blame = state.kabul.lastBlamedWeek;
    const blamedKabul = blame >= pending.attackWeek && blame !== state.kabul.blameChargedWeek;
    const blameRingsHollow = blamedKabul && (pending.author === 'iskp' || pending.author === 'bla');
    if (blameRingsHollow) {
      state.kabul.blameChargedWeek = blame;
      note(ctx, 'kabul', 'blameCharged', 1, cause);
      adjustMeter(ctx, 'legitimacy', -4, cause);
      adjustMeter(ctx, 'deterrence', -2, cause);
      adjustMeter(ctx, 'publicPressure', 3, cause);
      adjustKabul(ctx, 'hostility', 2, cause);
    }
    emit(ctx, {
      kind: 'attribution',
      actor: 'world',
      district: pending.district,
      cause,
      words: {
        id: 'attribution',
        district: pending.district,
        author: pending.author,
        claimedBy: pending.claimedBy,
        blameRingsHollow,
      },
    });
  }
  state.pendingAttributions = waiting;
}

function militantGrowth(ctx: TurnContext): void {
  const { state, dice } = ctx;
  const cause = 'drift:recruitment';
  for (const id of GROUP_IDS) {
    const g = state.groups[id];
    // Recruits arrive with a chance that grows with recruitment, grievance and money.
    if (dice.d100() < Math.trunc((g.recruitment + g.grievance + g.funding) / 4))
      adjustGroup(ctx, id, 'strength', 1, cause);
    if (g.grievance > 30) adjustGroup(ctx, id, 'grievance', -1, cause);
    if (g.morale !== 50) adjustGroup(ctx, id, 'morale', g.morale > 50 ? -1 : 1, cause);
  }
  const presenceCause = 'drift:presence';
  for (const district of DISTRICT_IDS) {
    const place = state.districts[district];
    // Police and trust squeeze militants out on a sliding scale (seed 004: slow, but it pays).
    const pressure =
      Math.trunc(Math.max(0, place.police - 45) / 10) +
      Math.trunc(Math.max(0, place.trust - 50) / 10);
    const opening = place.security < 40 ? 1 : 0;
    for (const group of GROUP_IDS) {
      if (place.presence[group] <= 0) continue;
      const delta = (opening && state.groups[group].strength >= 45 ? 1 : 0) - pressure;
      if (delta !== 0) adjustPresence(ctx, district, group, delta, presenceCause);
    }
  }
  for (const group of GROUP_IDS) spread(ctx, group);
  if (state.diplomacy.verification) {
    for (const province of PROVINCE_IDS) {
      for (const group of ['ttp', 'jua', 'hgb'] as const) {
        if (state.provinces[province].sanctuary[group] > 0)
          adjustSanctuary(ctx, province, group, -1, 'drift:verification');
      }
    }
  }
}

/**
 * A group re-seeds or widens its footholds: from its strongest neighbouring district, or from a
 * sanctuary across the line, into a district where it is thin and security is weak (seeds 000,
 * 004: networks regroup; presence can fall and recover). One district a week, while it is strong
 * enough to send people.
 */
function spread(ctx: TurnContext, group: GroupId): void {
  const { state, dice } = ctx;
  if (state.groups[group].strength < SPREAD_STRENGTH) return;
  let best: DistrictId | null = null;
  let bestScore = 0;
  for (const id of DISTRICT_IDS) {
    const place = state.districts[id];
    if (place.presence[group] >= 15) continue;
    let source = 0;
    for (const next of DISTRICTS[id].neighbours)
      source = Math.max(source, state.districts[next].presence[group]);
    for (const province of DISTRICTS[id].across)
      source = Math.max(source, state.provinces[province].sanctuary[group]);
    if (source < 20) continue;
    const score = source - place.presence[group] + Math.trunc((55 - place.security) / 2);
    if (score > bestScore) {
      best = id;
      bestScore = score;
    }
  }
  if (best && dice.d100() < bestScore * 2)
    adjustPresence(ctx, best, group, 1 + dice.below(2), 'drift:spread');
}

/** Weeks without a round of talks after which a verification mechanism lapses. */
export const VERIFICATION_LAPSES_AFTER = 6;

/** The strength a group needs to spread into new districts. */
const SPREAD_STRENGTH = 30;

/**
 * Attacks that got through anger the public unless Pakistan acted against the group that made
 * them, or where it operates, this week or last (seeds 000, 003: passivity costs, but only a
 * proportionate answer is an answer). Each group left unanswered costs pressure.
 */
function passivity(ctx: TurnContext): void {
  const { state } = ctx;
  let unanswered = 0;
  for (const id of GROUP_IDS) {
    const g = state.groups[id];
    if (g.lastHitWeek === state.week && g.lastPressedWeek < state.week - 1) unanswered += 1;
  }
  if (unanswered > 0)
    adjustMeter(ctx, 'publicPressure', Math.min(6, 2 * unanswered), 'drift:passivity');
}

function publicMood(ctx: TurnContext): void {
  const { state } = ctx;
  const cause = 'drift:public-mood';
  passivity(ctx);
  const pressure = state.meters.publicPressure;
  if (pressure > 40) adjustMeter(ctx, 'publicPressure', pressure > 70 ? -4 : -2, cause);
  // Deterrence fades, faster the higher it stands (a strike's signal lasts weeks, not months).
  const deterrence = state.meters.deterrence;
  if (deterrence > 30)
    adjustMeter(
      ctx,
      'deterrence',
      -Math.max(1, Math.trunc((deterrence - 40) / 10)),
      'drift:deterrence-fades',
    );
  if (state.meters.legitimacy !== 50)
    adjustMeter(ctx, 'legitimacy', state.meters.legitimacy > 50 ? -1 : 1, 'drift:legitimacy');
  if (state.meters.publicPressure >= 70)
    adjustMeter(
      ctx,
      'cohesion',
      -Math.trunc((state.meters.publicPressure - 60) / 10),
      'drift:blame-game',
    );
  else if (state.meters.cohesion < 45) adjustMeter(ctx, 'cohesion', 1, 'drift:cohesion');
  state.pressureCrisisWeeks =
    state.meters.publicPressure >= CRISIS_PRESSURE ? state.pressureCrisisWeeks + 1 : 0;
}

/**
 * The steady flow of Afghans leaving Pakistan and Iran every week (domain.md: returns ran to
 * thousands a week from both), slower while Pakistan pauses removals.
 */
function returnsFlow(ctx: TurnContext): void {
  const { state, dice } = ctx;
  const cause = 'drift:returns-flow';
  const paused = state.deportationsPausedWeek >= state.week - 3;
  const fromPakistan = 3000 + dice.below(3000);
  count(ctx, 'deportations', paused ? Math.trunc(fromPakistan / 3) : fromPakistan, cause);
  count(ctx, 'iranDeportations', 5000 + dice.below(5000), cause);
}

function tradeAndBudget(ctx: TurnContext): void {
  const { state } = ctx;
  let closedShare = 0;
  for (const id of CROSSING_IDS) {
    const crossing = state.crossings[id];
    if (crossing.open) continue;
    crossing.closedWeeks += 1;
    closedShare += CROSSINGS[id].tradeShare;
    const district = CROSSINGS[id].district;
    if (state.districts[district].economy > 15)
      adjustDistrict(ctx, district, 'economy', -1, 'drift:closure');
  }
  const cause = 'drift:trade';
  if (closedShare > 0) {
    const lost = Math.trunc((WEEKLY_TRADE_MILLIONS * closedShare) / 100);
    count(ctx, 'tradeLostMillions', lost, cause);
    // Afghan traders lose too, the more the more their trade still runs through Pakistan.
    count(
      ctx,
      'afghanTradeLostMillions',
      Math.trunc((lost * state.kabul.tradeDependence) / 60),
      cause,
    );
  }
  const majorShut = !state.crossings.torkham.open || !state.crossings.chaman.open;
  const longShut =
    state.crossings.torkham.closedWeeks >= 2 || state.crossings.chaman.closedWeeks >= 2;
  const majorClosureWeeks = Math.max(
    state.crossings.torkham.closedWeeks,
    state.crossings.chaman.closedWeeks,
  );
  if (majorShut && majorClosureWeeks >= 4) {
    // Kabul's trade decision, apart from its security one: after a month, it reroutes trade.
    const moved = divertTrade(ctx, 2, 'drift:kabul-reroutes-trade');
    if (moved !== 0 && majorClosureWeeks === 4)
      emit(ctx, {
        kind: 'trade',
        actor: 'kabul',
        cause: 'drift:kabul-reroutes-trade',
        words: { id: 'kabul-reroutes-trade' },
      });
  } else if (majorShut && longShut && state.week % 2 === 0) {
    divertTrade(ctx, 1, cause);
  } else if (!majorShut && state.week % 2 === 0) {
    adjustKabul(ctx, 'tradeDependence', 1, cause);
  }
  const budget = weeklyBudget(state);
  if (budget !== 0) adjustMeter(ctx, 'fiscalRoom', budget, 'drift:budget');
}

/** The week's drift of fiscal room: growth, less closed trade and the cost of a war footing. */
export function weeklyBudget(state: GameState): number {
  let closedShare = 0;
  for (const id of CROSSING_IDS)
    if (!state.crossings[id].open) closedShare += CROSSINGS[id].tradeShare;
  const warFooting = state.ladder >= 4 ? 2 : state.ladder === 3 ? 1 : 0;
  return 3 - Math.trunc(closedShare / 35) - warFooting;
}

function kabulMood(ctx: TurnContext): void {
  const { state } = ctx;
  const cause = 'drift:kabul';
  const struck = state.thisWeek.strikes > 0;
  if (!struck && state.ladder <= 2 && state.kabul.hostility > 50)
    adjustKabul(ctx, 'hostility', -1, cause);
  // Hardliners lose ground in quiet weeks, but not below what the Afghan dead have given them.
  const grudge = 50 + Math.min(20, Math.trunc(state.tally.civiliansAfghanistan / 10));
  if (state.kabul.lastHumiliatedWeek < state.week - 1 && state.kabul.hardliners > grudge)
    adjustKabul(ctx, 'hardliners', -1, cause);
  if (struck) adjustKabul(ctx, 'restraint', -2, cause);
  else if (state.diplomacy.talksProgress >= 50) adjustKabul(ctx, 'restraint', 1, cause);
  // Trade that still runs through open crossings gives Kabul something to lose by letting the TTP
  // strike; with little left, Pakistan's leverage fades (seed 004: security tied to trade).
  const dependence = state.kabul.tradeDependence;
  const open = state.crossings.torkham.open && state.crossings.chaman.open;
  if (!struck && open && dependence >= 60)
    adjustKabul(ctx, 'restraint', 1, 'drift:interdependence');
  else if (dependence < 40) adjustKabul(ctx, 'restraint', -1, 'drift:interdependence');
}

function ladderAndTruce(ctx: TurnContext): void {
  const { state } = ctx;
  const violent = state.thisWeek.strikes + state.thisWeek.incidents > 0;
  state.quietWeeks = violent ? 0 : state.quietWeeks + 1;
  if (state.quietWeeks >= 3 && state.ladder >= 2 && state.ladder < 5) {
    setLadder(ctx, state.ladder - 1, 'drift:cooling');
    state.quietWeeks = 0;
  } else if (state.quietWeeks >= 4 && state.ladder === 1 && state.kabul.hostility < 50) {
    // With words cooled too, the border can fall quiet altogether.
    setLadder(ctx, 0, 'drift:cooling');
    state.quietWeeks = 0;
  }
  const diplomacy = state.diplomacy;
  if (diplomacy.truceWeeks > 0) {
    if (state.ladder > 2 && !violent) setLadder(ctx, 2, 'drift:truce');
    if (!diplomacy.verification) {
      setTruce(ctx, diplomacy.truceWeeks - 1, 'drift:truce');
      if (diplomacy.truceWeeks === 0)
        emit(ctx, {
          kind: 'truce',
          actor: 'world',
          cause: 'drift:truce',
          words: { id: 'truce-runs-out' },
        });
    }
  }
  if (diplomacy.lastTalksWeek < state.week - 3 && !diplomacy.verification)
    adjustTalks(ctx, -1, 'drift:talks-fade');
  // Monitors need political follow-up: with no round of talks for a while and the border not
  // calm, the mechanism lapses and must be renewed (seeds 002, 004: commitments kept verifiable).
  if (
    diplomacy.verification &&
    state.ladder >= 1 &&
    diplomacy.lastTalksWeek < state.week - VERIFICATION_LAPSES_AFTER
  ) {
    diplomacy.verification = false;
    diplomacy.verificationSuspended = true;
    note(ctx, 'diplomacy', 'verification', -1, 'drift:verification-lapses');
    emit(ctx, {
      kind: 'talks',
      actor: 'world',
      cause: 'drift:verification-lapses',
      words: { id: 'verification-lapses' },
    });
  }
  for (const id of POWER_IDS) {
    const power = state.powers[id];
    if (power.offer !== 'none' && power.offerUntil <= state.week) {
      power.offer = 'none';
      power.offerUntil = 0;
    }
  }
}

function localRecovery(ctx: TurnContext): void {
  const { state } = ctx;
  for (const district of DISTRICT_IDS) {
    const place = state.districts[district];
    if (place.displaced > 0 && place.security >= 50) {
      adjustDistrictCount(
        ctx,
        district,
        'displaced',
        -Math.max(1, Math.trunc(place.displaced / 10)),
        'drift:returns',
      );
    }
    if (place.counterDroneWeeks > 0)
      adjustDistrictCount(ctx, district, 'counterDroneWeeks', -1, 'drift:timers');
    if (place.curfewWeeks > 0) {
      adjustDistrictCount(ctx, district, 'curfewWeeks', -1, 'drift:timers');
      adjustDistrict(ctx, district, 'economy', -1, 'drift:curfew');
    }
  }
}

/** The week's slow forces, in order. */
export function runDrifts(ctx: TurnContext): void {
  runProgrammes(ctx);
  revealAttributions(ctx);
  militantGrowth(ctx);
  publicMood(ctx);
  tradeAndBudget(ctx);
  returnsFlow(ctx);
  kabulMood(ctx);
  ladderAndTruce(ctx);
  localRecovery(ctx);
}
