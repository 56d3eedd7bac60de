/**
 * The slow forces that act every week whatever anyone decides: programmes paying out, claims
 * resolving, recruitment, pressure and deterrence fading, trade draining through shut crossings,
 * the budget, the ladder cooling, truces running out. Each is a named step with its own cause.
 */
import { GROUPS } from './content/actors';
import { CROSSINGS, DISTRICTS, WEEKLY_TRADE_MILLIONS } from './content/districts';
import { RESPONSE_BY_ID } from './content/responses';
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
  setLadder,
  setTruce,
  type TurnContext,
} from './context';
import { CROSSING_IDS, DISTRICT_IDS, GROUP_IDS, POWER_IDS, PROVINCE_IDS } from './ids';

function runProgrammes(ctx: TurnContext): void {
  const remaining = [];
  for (const programme of ctx.state.programmes) {
    const weekly = RESPONSE_BY_ID[programme.response].programme?.weekly;
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
    const place = DISTRICTS[pending.district].name;
    const author = GROUPS[pending.author].short;
    const misled = pending.claimedBy !== pending.author;
    const blamedKabul = state.kabul.lastBlamedWeek >= pending.revealWeek - 3;
    let text = misled
      ? `Investigators now attribute the ${place} attack to ${author}${pending.claimedBy === 'none' ? '' : `, not ${GROUPS[pending.claimedBy].short} as first claimed`}.`
      : `Investigators confirm ${author} was behind the ${place} attack.`;
    if (blamedKabul && (pending.author === 'iskp' || pending.author === 'bla')) {
      adjustMeter(ctx, 'legitimacy', -4, cause);
      adjustMeter(ctx, 'deterrence', -2, cause);
      text += ` Islamabad had blamed Kabul, but ${author} is no friend of the Taliban; the accusation rings hollow abroad.`;
    }
    emit(ctx, { kind: 'attribution', actor: 'world', district: pending.district, cause, text });
  }
  state.pendingAttributions = waiting;
}

function militantGrowth(ctx: TurnContext): void {
  const { state } = ctx;
  const cause = 'drift:recruitment';
  for (const id of GROUP_IDS) {
    const g = state.groups[id];
    const gain = Math.trunc((g.recruitment + g.grievance + g.funding) / 60) - 1;
    if (gain !== 0) adjustGroup(ctx, id, 'strength', gain, cause);
    if (g.grievance > 30) adjustGroup(ctx, id, 'grievance', -1, cause);
    if (g.morale !== 50) adjustGroup(ctx, id, 'morale', g.morale > 50 ? -1 : 1, cause);
  }
  const presenceCause = 'drift:presence';
  for (const district of DISTRICT_IDS) {
    const place = state.districts[district];
    const pressure = (place.police >= 60 ? 1 : 0) + (place.trust >= 60 ? 1 : 0);
    const opening = place.security < 40 ? 1 : 0;
    for (const group of GROUP_IDS) {
      if (place.presence[group] < 5) continue;
      const delta = (opening && state.groups[group].strength >= 50 ? 1 : 0) - pressure;
      if (delta !== 0) adjustPresence(ctx, district, group, delta, presenceCause);
    }
  }
  if (state.diplomacy.verification) {
    for (const province of PROVINCE_IDS) {
      for (const group of ['ttp', 'jua', 'hgb'] as const) {
        if (state.provinces[province].sanctuary[group] > 0)
          adjustSanctuary(ctx, province, group, -1, 'drift:verification');
      }
    }
  }
}

function publicMood(ctx: TurnContext, forceUsed: boolean): void {
  const { state } = ctx;
  const cause = 'drift:public-mood';
  if (state.thisWeek.attacks > 0 && !forceUsed)
    adjustMeter(ctx, 'publicPressure', 3, 'drift:passivity');
  const pressure = state.meters.publicPressure;
  if (pressure > 40) adjustMeter(ctx, 'publicPressure', pressure > 70 ? -4 : -2, cause);
  if (state.meters.deterrence > 30) adjustMeter(ctx, 'deterrence', -1, 'drift:deterrence-fades');
  if (state.meters.legitimacy !== 50)
    adjustMeter(ctx, 'legitimacy', state.meters.legitimacy > 50 ? -1 : 1, 'drift:legitimacy');
  if (state.meters.publicPressure >= 80) adjustMeter(ctx, 'cohesion', -1, 'drift:blame-game');
  else if (state.meters.cohesion < 45) adjustMeter(ctx, 'cohesion', 1, 'drift:cohesion');
  state.pressureCrisisWeeks = state.meters.publicPressure >= 90 ? state.pressureCrisisWeeks + 1 : 0;
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
  if (closedShare > 0)
    count(ctx, 'tradeLostMillions', Math.trunc((WEEKLY_TRADE_MILLIONS * closedShare) / 100), cause);
  const majorShut = !state.crossings.torkham.open || !state.crossings.chaman.open;
  if (
    majorShut &&
    (state.crossings.torkham.closedWeeks >= 2 || state.crossings.chaman.closedWeeks >= 2)
  ) {
    adjustKabul(ctx, 'tradeDependence', -1, cause);
  } else if (!majorShut && state.week % 2 === 0) {
    adjustKabul(ctx, 'tradeDependence', 1, cause);
  }
  const warFooting = state.ladder >= 4 ? 2 : state.ladder === 3 ? 1 : 0;
  const budget = 3 - Math.trunc(closedShare / 35) - warFooting;
  if (budget !== 0) adjustMeter(ctx, 'fiscalRoom', budget, 'drift:budget');
}

function kabulMood(ctx: TurnContext): void {
  const { state } = ctx;
  const cause = 'drift:kabul';
  const struck = state.thisWeek.strikes > 0;
  if (!struck && state.ladder <= 2 && state.kabul.hostility > 50)
    adjustKabul(ctx, 'hostility', -1, cause);
  if (state.kabul.lastHumiliatedWeek < state.week - 1 && state.kabul.hardliners > 50)
    adjustKabul(ctx, 'hardliners', -1, cause);
  if (struck) adjustKabul(ctx, 'restraint', -2, cause);
  else if (state.diplomacy.talksProgress >= 50) adjustKabul(ctx, 'restraint', 1, cause);
}

function ladderAndTruce(ctx: TurnContext): void {
  const { state } = ctx;
  const violent = state.thisWeek.strikes + state.thisWeek.incidents > 0;
  state.quietWeeks = violent ? 0 : state.quietWeeks + 1;
  if (state.quietWeeks >= 3 && state.ladder >= 2 && state.ladder < 5) {
    setLadder(ctx, state.ladder - 1, 'drift:cooling');
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
          text: 'The ceasefire runs out without being renewed.',
        });
    }
  }
  if (diplomacy.lastTalksWeek < state.week - 3 && !diplomacy.verification)
    adjustTalks(ctx, -1, 'drift:talks-fade');
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

/** The week's slow forces, in order. `forceUsed` says whether the player answered with force this week. */
export function runDrifts(ctx: TurnContext, forceUsed: boolean): void {
  runProgrammes(ctx);
  revealAttributions(ctx);
  militantGrowth(ctx);
  publicMood(ctx, forceUsed);
  tradeAndBudget(ctx);
  kabulMood(ctx);
  ladderAndTruce(ctx);
  localRecovery(ctx);
}
