/**
 * The five advisors' voices (game.md §4), as data: each a seed perspective with a stance read from
 * the state and a table of picks, each scored from the state. They disagree by construction: each
 * weighs the same numbers through different priorities. advisors.ts turns this table into advice.
 */
import type { AdvisorDef, AdvisorId, AdvisorPick } from '../advisors';
import {
  CROSSING_IDS,
  DISTRICT_IDS,
  GROUP_IDS,
  LADDER_RUNGS,
  PROVINCE_IDS,
  isDistrictId,
  type DistrictId,
  type PowerId,
  type ProvinceId,
} from '../ids';
import type { Target } from '../response-types';
import type { GameState } from '../types';
import { GROUPS, POWERS } from './actors';
import { CROSSINGS, DISTRICTS } from './districts';
import { PROVINCES } from './provinces';
import type { ResponseId } from './responses';
import { counted } from '../format';

type S = GameState;

// Readings shared by the advisors; `t` is a target: a district or an Afghan province.
const at = (s: S, t: DistrictId) => s.districts[t];
const across = (s: S, t: ProvinceId) => s.provinces[t];
const name = (t: Target) => (isDistrictId(t) ? DISTRICTS[t].name : PROVINCES[t].name);
const presence = (s: S, t: DistrictId) =>
  GROUP_IDS.reduce((sum, g) => sum + at(s, t).presence[g], 0);
const leader = (s: S, t: DistrictId) =>
  GROUPS[GROUP_IDS.reduce((a, b) => (at(s, t).presence[b] > at(s, t).presence[a] ? b : a))].short;
const sanctuary = (s: S, t: ProvinceId) =>
  Math.max(...GROUP_IDS.map((g) => across(s, t).sanctuary[g]));
const rung = (s: S) => (LADDER_RUNGS[s.ladder] ?? '').toLowerCase();
const attacksLastWeek = (s: S) => s.history.at(-1)?.attacks ?? 0;
/** Whether deterrence is lower now than a week before (unknown, so false, in the first weeks). */
const deterrenceFell = (s: S) => {
  const before = s.history.at(-2)?.meters.deterrence;
  return before !== undefined && s.meters.deterrence < before;
};
const closedShare = (s: S) =>
  CROSSING_IDS.reduce((sum, c) => sum + (s.crossings[c].open ? 0 : CROSSINGS[c].tradeShare), 0);
const crossing = (t: DistrictId) =>
  CROSSINGS[CROSSING_IDS.find((c) => CROSSINGS[c].district === t)!];
const closedWeeks = (s: S, t: DistrictId) =>
  s.crossings[CROSSING_IDS.find((c) => CROSSINGS[c].district === t)!].closedWeeks;
const weeks = (n: number) => `${n} week${n === 1 ? '' : 's'}`;
const lost = (s: S) =>
  s.tally.tradeLostMillions > 0
    ? ` and $${s.tally.tradeLostMillions}m of trade is lost so far`
    : '';
const offered = (s: S, p: PowerId) =>
  s.powers[p].offer === 'mediation' && s.powers[p].offerUntil >= s.week;

// Target orders, best first.
const rank = <T extends string>(ids: readonly T[], score: (id: T) => number): T[] =>
  [...ids].sort((a, b) => score(b) - score(a));
const KP = DISTRICT_IDS.filter((id) => DISTRICTS[id].region === 'Khyber Pakhtunkhwa');
const FRONTIER = DISTRICT_IDS.filter((id) => !DISTRICTS[id].urban);
const CITIES = DISTRICT_IDS.filter((id) => DISTRICTS[id].urban);
const mostMilitant = (s: S) => rank(FRONTIER, (d) => presence(s, d));
const policeGap = (s: S) => rank(KP, (d) => presence(s, d) - at(s, d).police);
const trustGap = (s: S) => rank(KP, (d) => presence(s, d) / 2 - at(s, d).trust);
const displaced = (s: S) => rank(DISTRICT_IDS, (d) => at(s, d).displaced + at(s, d).civilianHarm);
const urbanThreat = (s: S) => rank(CITIES, (d) => presence(s, d) * 2 - at(s, d).security);
const droneThreat = (s: S) => rank(DISTRICT_IDS, (d) => at(s, d).presence.hgb - at(s, d).police);
const camps = (s: S) => rank(PROVINCE_IDS, (p) => sanctuary(s, p) * 2 + across(s, p).intel);
const blindSpots = (s: S) => rank(PROVINCE_IDS, (p) => sanctuary(s, p) - across(s, p).intel);
const byTrade = () =>
  rank(CROSSING_IDS, (c) => CROSSINGS[c].tradeShare).map((c) => CROSSINGS[c].district);

/** The powers that host a round of talks: the X of each `talks-X` response. */
type HostOf<Id> = Id extends `talks-${infer Power}` ? Power : never;
type TalksHost = Extract<HostOf<ResponseId>, PowerId>;

const talks = (power: TalksHost): AdvisorPick => ({
  response: `talks-${power}`,
  score: (s: S) =>
    50 +
    8 * s.ladder +
    s.powers[power].stance / 4 +
    (offered(s, power) ? 20 : 0) +
    (s.diplomacy.mediator === power ? 10 : 0),
  reason: (s: S) =>
    `${POWERS[power].name} ${offered(s, power) ? 'has offered to host talks' : 'would host a round'} (its stance ${s.powers[power].stance}); talks stand at ${s.diplomacy.talksProgress}.`,
});

export const ADVISORS: Record<AdvisorId, AdvisorDef> = {
  military: {
    title: 'Military command',
    stance: (s) => {
      const d = s.meters.deterrence;
      const n = attacksLastWeek(s);
      const after = n > 0 ? ` after ${n} attack${n === 1 ? '' : 's'} last week` : '';
      if (s.ladder >= 4)
        return `We are at ${rung(s)} with deterrence at ${d}; hold the line and keep the camps under pressure.`;
      if (d < 45)
        return deterrenceFell(s)
          ? `Deterrence has fallen to ${d}${after}; we must answer.`
          : `Deterrence stands low at ${d}${after}; we must answer.`;
      return `Deterrence holds at ${d}${after}; keep the militants off balance before they strike again.`;
    },
    picks: [
      {
        response: 'strike-camps',
        targets: camps,
        score: (s) =>
          100 -
          s.meters.deterrence +
          (s.meters.publicPressure - 50) +
          5 * attacksLastWeek(s) -
          (s.ladder >= 4 ? 30 : 0) -
          (s.diplomacy.truceWeeks > 0 ? 15 : 0),
        reason: (s, t) =>
          `${name(t)} holds militant sanctuary of ${sanctuary(s, t)}; strikes there lift deterrence from ${s.meters.deterrence}.`,
      },
      {
        response: 'leadership-strike',
        targets: camps,
        score: (s) => 95 - s.meters.deterrence,
        reason: (s, t) =>
          `Our coverage of ${name(t)} is ${across(s, t).intel}: a commander is in reach.`,
      },
      {
        response: 'strike-taliban-posts',
        targets: camps,
        score: (s) => s.kabul.hostility - 60 + (50 - s.meters.deterrence),
        reason: (s) =>
          `Kabul's hostility is ${s.kabul.hostility}; make it pay for the sanctuaries.`,
      },
      {
        response: 'area-clearance',
        targets: mostMilitant,
        score: (s, t) => presence(s, t) + (50 - s.meters.deterrence) / 2,
        reason: (s, t) =>
          `${name(t)} has militant presence ${presence(s, t)} (mostly ${leader(s, t)}); a clearance cuts it hard.`,
      },
      {
        response: 'intelligence-based-operations',
        targets: mostMilitant,
        score: (s, t) => 30 + presence(s, t) / 2,
        reason: (s, t) =>
          `Raids in ${name(t)} (militant presence ${presence(s, t)}) keep up pressure.`,
      },
      {
        response: 'build-intelligence',
        targets: camps,
        score: (s, t) => 10 + (50 - across(s, t).intel),
        reason: (s, t) =>
          `Our coverage of ${name(t)} is ${across(s, t).intel}; leaders there stay out of reach below 50.`,
      },
    ],
  },
  foreign: {
    title: 'Foreign Office',
    stance: (s) => {
      const { talksProgress, truceWeeks } = s.diplomacy;
      if (s.ladder >= 3)
        return `The ladder stands at ${rung(s)} and Kabul's hostility is ${s.kabul.hostility}; every strike now shrinks the room to talk.`;
      if (truceWeeks > 0)
        return `The ceasefire has ${weeks(truceWeeks)} left and talks stand at ${talksProgress}; give the mediators something to build on.`;
      return `Kabul's hostility is ${s.kabul.hostility} and talks stand at ${talksProgress}; a mediated track costs little and buys time.`;
    },
    picks: [
      {
        response: 'propose-verification',
        score: () => 95,
        reason: (s) =>
          `Talks have reached ${s.diplomacy.talksProgress}; a joint mechanism is what makes a truce hold.`,
      },
      talks('qatar'),
      talks('turkiye'),
      talks('saudi'),
      talks('china'),
      {
        response: 'reopen-crossing',
        targets: byTrade,
        score: (s) => 30 + closedShare(s) / 3,
        reason: (s, t) =>
          `${crossing(t).name} has been shut ${weeks(closedWeeks(s, t))}; reopening it is goodwill Kabul can see.`,
      },
      {
        response: 'envoy-to-kabul',
        score: (s) => 30 + (s.kabul.hostility - 40) / 2,
        reason: (s) =>
          `Kabul's hostility is ${s.kabul.hostility} and its will to restrain the TTP ${s.kabul.restraint}; an envoy moves both.`,
      },
      {
        response: 'afghan-outreach',
        score: (s) => 25 + s.kabul.hardliners / 4,
        reason: (s) =>
          `Hardliners hold ${s.kabul.hardliners} in Kabul; quiet contacts with elders and traders weaken them.`,
      },
      {
        response: 'raise-at-un',
        score: (s) => 15 + (60 - s.meters.legitimacy) / 2,
        reason: (s) => `Legitimacy is ${s.meters.legitimacy}; table the UN monitors' findings.`,
      },
      {
        response: 'pause-deportations',
        score: (s) => 20 + (60 - s.powers.un.stance) / 2,
        reason: (s) =>
          `The UN's stance is ${s.powers.un.stance}; pausing forced returns wins it back.`,
      },
    ],
  },
  province: {
    title: 'KP provincial government',
    stance: (s) => {
      const t = policeGap(s)[0]!;
      if (s.meters.cohesion < 40)
        return `Cohesion with the federation is down to ${s.meters.cohesion}; operations decided without us lose the districts.`;
      return `Police in ${name(t)} stand at ${at(s, t).police} against militant presence ${presence(s, t)}; our police are the softest target.`;
    },
    picks: [
      {
        response: 'police-capacity',
        targets: policeGap,
        score: (s, t) => 40 + presence(s, t) - at(s, t).police,
        reason: (s, t) =>
          `Police in ${name(t)} are at ${at(s, t).police} against militant presence ${presence(s, t)}; train and equip them.`,
      },
      {
        response: 'harden-stations',
        targets: policeGap,
        score: (s, t) => 30 + (50 - at(s, t).police),
        reason: (s, t) => `Stations in ${name(t)} (police ${at(s, t).police}) need walls now.`,
      },
      {
        response: 'provincial-compact',
        score: (s) => 40 + (60 - s.meters.cohesion),
        reason: (s) =>
          `Cohesion is ${s.meters.cohesion}; put federal money behind provincial police.`,
      },
      {
        response: 'apex-committee',
        score: (s) => 30 + (60 - s.meters.cohesion),
        reason: (s) =>
          `Cohesion is ${s.meters.cohesion}; get army, centre and province in one room.`,
      },
      {
        response: 'jirga',
        targets: trustGap,
        score: (s, t) => 30 + (50 - at(s, t).trust),
        reason: (s, t) =>
          `Trust in ${name(t)} is ${at(s, t).trust}; the elders must be heard first.`,
      },
      {
        response: 'compensation',
        targets: displaced,
        score: (s, t) => 25 + Math.min(30, at(s, t).displaced / 2000 + at(s, t).civilianHarm),
        reason: (s, t) =>
          `${counted(at(s, t).displaced, 'person is', 'people are')} displaced from ${name(t)}; compensation brings them home.`,
      },
      {
        response: 'development',
        targets: trustGap,
        score: (s, t) => 20 + (50 - at(s, t).trust) - (s.meters.fiscalRoom < 25 ? 20 : 0),
        reason: (s, t) =>
          `${name(t)}'s economy is at ${at(s, t).economy}; jobs and schools take recruits from the militants.`,
      },
    ],
  },
  finance: {
    title: 'Finance',
    stance: (s, options) => {
      const f = s.meters.fiscalRoom;
      const costliest = options
        .filter((o) => !o.unavailable)
        .sort((a, b) => b.fiscal - a.fiscal)[0];
      if (f < 30 && costliest)
        return `Fiscal room is down to ${f}; "${costliest.title}" alone would cost ${costliest.fiscal} of it. No costly choices now.`;
      if (closedShare(s) >= 40)
        return `Crossings carrying ${closedShare(s)}% of border trade are shut${lost(s)}; closures hurt us as much as Kabul.`;
      return `Fiscal room is ${f}; spend on what pays back, not on what burns money.`;
    },
    thrift: (s) => (s.meters.fiscalRoom < 30 ? 4 : s.meters.fiscalRoom < 50 ? 2 : 1),
    picks: [
      {
        response: 'gulf-support',
        score: (s) => 20 + (60 - s.meters.fiscalRoom) * 2,
        reason: (s) =>
          `Fiscal room is ${s.meters.fiscalRoom}; Gulf deposits buy time (Saudi stance ${s.powers.saudi.stance}).`,
      },
      {
        response: 'reopen-crossing',
        targets: byTrade,
        score: (s, t) => 40 + crossing(t).tradeShare / 2 + closedShare(s) / 4,
        reason: (s, t) =>
          `${crossing(t).name} carries ${crossing(t).tradeShare}% of border trade; every week shut costs both economies.`,
      },
      {
        response: 'transit-guarantees',
        score: (s) => 30 + s.kabul.tradeDependence / 2,
        reason: (s) =>
          `Afghan trade still leans on us (${s.kabul.tradeDependence}); keep it from moving to Iran.`,
      },
      {
        response: 'cpec-security',
        score: (s) => 20 + s.groups.bla.strength / 2,
        reason: (s) =>
          `BLA strength is ${s.groups.bla.strength}; CPEC is where Chinese money comes in (stance ${s.powers.china.stance}).`,
      },
      {
        response: 'apex-committee',
        score: () => 30,
        reason: (s) => `Coordination costs nothing and cohesion is ${s.meters.cohesion}.`,
      },
      {
        response: 'raise-at-un',
        score: () => 20,
        reason: (s) => `Legitimacy is ${s.meters.legitimacy}; making our case at the UN is free.`,
      },
      {
        response: 'development',
        targets: trustGap,
        score: (s, t) => s.meters.fiscalRoom - 35 + (50 - at(s, t).economy) / 2,
        reason: (s, t) =>
          `With fiscal room at ${s.meters.fiscalRoom}, jobs in ${name(t)} (economy ${at(s, t).economy}) pay back.`,
      },
      {
        response: 'jirga',
        targets: trustGap,
        score: () => 15,
        reason: (s, t) => `A jirga in ${name(t)} (trust ${at(s, t).trust}) costs next to nothing.`,
      },
    ],
  },
  interior: {
    title: 'Interior and intelligence',
    stance: (s) => {
      const t = urbanThreat(s)[0]!;
      const cells = `cells in ${name(t)} have militant presence ${presence(s, t)} (mostly ${leader(s, t)})`;
      const n = s.pendingAttributions.length;
      if (n > 0)
        return `${n} attack${n === 1 ? ' is' : 's are'} still unattributed and ${cells}; we need arrests, not speeches.`;
      return `The ${cells}; the next spectacle will come in a city, and we must find it first.`;
    },
    picks: [
      {
        response: 'hunt-urban-cells',
        targets: urbanThreat,
        score: (s, t) => 40 + presence(s, t),
        reason: (s, t) =>
          `Cells in ${name(t)} have militant presence ${presence(s, t)}; arrests are the answer to urban plots.`,
      },
      {
        response: 'build-intelligence',
        targets: blindSpots,
        score: (s, t) => 30 + (50 - across(s, t).intel) / 2,
        reason: (s, t) =>
          `Our coverage of ${name(t)} is ${across(s, t).intel} against sanctuary ${sanctuary(s, t)}; plots there go unseen.`,
      },
      {
        response: 'speed-prosecutions',
        score: () => 35,
        reason: (s) =>
          `Deterrence is ${s.meters.deterrence}; arrests must end in verdicts to count.`,
      },
      {
        response: 'counter-drone',
        targets: droneThreat,
        score: (s) => 15 + s.groups.hgb.strength / 3,
        reason: (s, t) =>
          `HGB (strength ${s.groups.hgb.strength}) flies quadcopters at ${name(t)}.`,
      },
      {
        response: 'accelerate-deportations',
        score: (s) => 10 + (s.meters.publicPressure - 50),
        reason: (s) =>
          `Public pressure is ${s.meters.publicPressure}; faster repatriation answers it, whatever it costs abroad.`,
      },
      {
        response: 'blame-kabul',
        score: (s) => 10 * s.pendingAttributions.length + (s.meters.publicPressure - 60) / 2,
        reason: (s) => `Public pressure is ${s.meters.publicPressure}; name the sanctuaries.`,
      },
    ],
  },
};
