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
  PROVINCE_IDS,
  type DistrictId,
  type PowerId,
  type ProvinceId,
} from '../ids';
import type { GameState } from '../types';
import { CROSSINGS, DISTRICTS } from './districts';
import type { ResponseId } from './responses';
import type { TalksHost } from '../event-words';

type S = GameState;

// Readings shared by the advisors; `t` is a target: a district or an Afghan province.
const at = (s: S, t: DistrictId) => s.districts[t];
const across = (s: S, t: ProvinceId) => s.provinces[t];
const presence = (s: S, t: DistrictId) =>
  GROUP_IDS.reduce((sum, g) => sum + at(s, t).presence[g], 0);
const leader = (s: S, t: DistrictId) =>
  GROUP_IDS.reduce((a, b) => (at(s, t).presence[b] > at(s, t).presence[a] ? b : a));
const sanctuary = (s: S, t: ProvinceId) =>
  Math.max(...GROUP_IDS.map((g) => across(s, t).sanctuary[g]));
const attacksLastWeek = (s: S) => s.history.at(-1)?.attacks ?? 0;
/** Whether deterrence is lower now than a week before (unknown, so false, in the first weeks). */
const deterrenceFell = (s: S) => {
  const before = s.history.at(-2)?.meters.deterrence;
  return before !== undefined && s.meters.deterrence < before;
};
const closedShare = (s: S) =>
  CROSSING_IDS.reduce((sum, c) => sum + (s.crossings[c].open ? 0 : CROSSINGS[c].tradeShare), 0);
/** The crossing in a border district. */
const crossing = (t: DistrictId) => CROSSING_IDS.find((c) => CROSSINGS[c].district === t)!;
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

/** Every power that hosts talks has its `talks-X` response (a missing one fails tsc). */
type TalksResponse = `talks-${TalksHost}` & ResponseId;

const talks = (power: TalksHost): AdvisorPick => ({
  response: `talks-${power}` satisfies TalksResponse,
  score: (s: S) =>
    50 +
    8 * s.ladder +
    s.powers[power].stance / 4 +
    (offered(s, power) ? 20 : 0) +
    (s.diplomacy.mediator === power ? 10 : 0),
  reason: (s: S) => ({
    id: 'foreign/talks' as const,
    host: power,
    offered: offered(s, power),
    stance: s.powers[power].stance,
    progress: s.diplomacy.talksProgress,
  }),
});

export const ADVISORS: Record<AdvisorId, AdvisorDef> = {
  military: {
    stance: (s) => {
      const deterrence = s.meters.deterrence;
      const attacks = attacksLastWeek(s);
      if (s.ladder >= 4) return { id: 'military/hold-the-line', rung: s.ladder, deterrence };
      if (deterrence < 45)
        return { id: 'military/answer', deterrence, fell: deterrenceFell(s), attacks };
      return { id: 'military/keep-off-balance', deterrence, attacks };
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
        reason: (s, t) => ({
          id: 'military/strike-camps',
          province: t,
          sanctuary: sanctuary(s, t),
          deterrence: s.meters.deterrence,
        }),
      },
      {
        response: 'leadership-strike',
        targets: camps,
        score: (s) => 95 - s.meters.deterrence,
        reason: (s, t) => ({
          id: 'military/leadership-strike',
          province: t,
          intel: across(s, t).intel,
        }),
      },
      {
        response: 'strike-taliban-posts',
        targets: camps,
        score: (s) => s.kabul.hostility - 60 + (50 - s.meters.deterrence),
        reason: (s) => ({ id: 'military/strike-taliban-posts', hostility: s.kabul.hostility }),
      },
      {
        response: 'area-clearance',
        targets: mostMilitant,
        score: (s, t) => presence(s, t) + (50 - s.meters.deterrence) / 2,
        reason: (s, t) => ({
          id: 'military/area-clearance',
          district: t,
          presence: presence(s, t),
          leader: leader(s, t),
        }),
      },
      {
        response: 'intelligence-based-operations',
        targets: mostMilitant,
        score: (s, t) => 30 + presence(s, t) / 2,
        reason: (s, t) => ({
          id: 'military/intelligence-based-operations',
          district: t,
          presence: presence(s, t),
        }),
      },
      {
        response: 'build-intelligence',
        targets: camps,
        score: (s, t) => 10 + (50 - across(s, t).intel),
        reason: (s, t) => ({
          id: 'military/build-intelligence',
          province: t,
          intel: across(s, t).intel,
        }),
      },
    ],
  },
  foreign: {
    stance: (s) => {
      const { talksProgress: progress, truceWeeks: weeks } = s.diplomacy;
      const hostility = s.kabul.hostility;
      if (s.ladder >= 3) return { id: 'foreign/room-shrinks', rung: s.ladder, hostility };
      if (weeks > 0) return { id: 'foreign/ceasefire', weeks, progress };
      return { id: 'foreign/mediated-track', hostility, progress };
    },
    picks: [
      {
        response: 'propose-verification',
        score: () => 95,
        reason: (s) => ({
          id: 'foreign/propose-verification',
          progress: s.diplomacy.talksProgress,
        }),
      },
      talks('qatar'),
      talks('turkiye'),
      talks('saudi'),
      talks('china'),
      {
        response: 'reopen-crossing',
        targets: byTrade,
        score: (s) => 30 + closedShare(s) / 3,
        reason: (s, t) => ({
          id: 'foreign/reopen-crossing',
          crossing: crossing(t),
          weeks: s.crossings[crossing(t)].closedWeeks,
        }),
      },
      {
        response: 'envoy-to-kabul',
        score: (s) => 30 + (s.kabul.hostility - 40) / 2,
        reason: (s) => ({
          id: 'foreign/envoy-to-kabul',
          hostility: s.kabul.hostility,
          restraint: s.kabul.restraint,
        }),
      },
      {
        response: 'afghan-outreach',
        score: (s) => 25 + s.kabul.hardliners / 4,
        reason: (s) => ({ id: 'foreign/afghan-outreach', hardliners: s.kabul.hardliners }),
      },
      {
        response: 'raise-at-un',
        score: (s) => 15 + (60 - s.meters.legitimacy) / 2,
        reason: (s) => ({ id: 'foreign/raise-at-un', legitimacy: s.meters.legitimacy }),
      },
      {
        response: 'pause-deportations',
        score: (s) => 20 + (60 - s.powers.un.stance) / 2,
        reason: (s) => ({ id: 'foreign/pause-deportations', stance: s.powers.un.stance }),
      },
    ],
  },
  province: {
    stance: (s) => {
      const t = policeGap(s)[0]!;
      if (s.meters.cohesion < 40)
        return { id: 'province/cohesion-low', cohesion: s.meters.cohesion };
      return {
        id: 'province/police-soft',
        district: t,
        police: at(s, t).police,
        presence: presence(s, t),
      };
    },
    picks: [
      {
        response: 'police-capacity',
        targets: policeGap,
        score: (s, t) => 40 + presence(s, t) - at(s, t).police,
        reason: (s, t) => ({
          id: 'province/police-capacity',
          district: t,
          police: at(s, t).police,
          presence: presence(s, t),
        }),
      },
      {
        response: 'harden-stations',
        targets: policeGap,
        score: (s, t) => 30 + (50 - at(s, t).police),
        reason: (s, t) => ({
          id: 'province/harden-stations',
          district: t,
          police: at(s, t).police,
        }),
      },
      {
        response: 'provincial-compact',
        score: (s) => 40 + (60 - s.meters.cohesion),
        reason: (s) => ({ id: 'province/provincial-compact', cohesion: s.meters.cohesion }),
      },
      {
        response: 'apex-committee',
        score: (s) => 30 + (60 - s.meters.cohesion),
        reason: (s) => ({ id: 'province/apex-committee', cohesion: s.meters.cohesion }),
      },
      {
        response: 'jirga',
        targets: trustGap,
        score: (s, t) => 30 + (50 - at(s, t).trust),
        reason: (s, t) => ({ id: 'province/jirga', district: t, trust: at(s, t).trust }),
      },
      {
        response: 'compensation',
        targets: displaced,
        score: (s, t) => 25 + Math.min(30, at(s, t).displaced / 2000 + at(s, t).civilianHarm),
        reason: (s, t) => ({
          id: 'province/compensation',
          district: t,
          displaced: at(s, t).displaced,
        }),
      },
      {
        response: 'development',
        targets: trustGap,
        score: (s, t) => 20 + (50 - at(s, t).trust) - (s.meters.fiscalRoom < 25 ? 20 : 0),
        reason: (s, t) => ({
          id: 'province/development',
          district: t,
          economy: at(s, t).economy,
        }),
      },
    ],
  },
  finance: {
    stance: (s, options) => {
      const fiscalRoom = s.meters.fiscalRoom;
      const costliest = options
        .filter((o) => !o.unavailable)
        .sort((a, b) => b.fiscal - a.fiscal)[0];
      if (fiscalRoom < 30 && costliest)
        return {
          id: 'finance/no-costly-choices',
          fiscalRoom,
          costliest: costliest.id,
          cost: costliest.fiscal,
        };
      if (closedShare(s) >= 40)
        return {
          id: 'finance/closures-hurt',
          share: closedShare(s),
          tradeLost: s.tally.tradeLostMillions,
        };
      return { id: 'finance/spend-wisely', fiscalRoom };
    },
    thrift: (s) => (s.meters.fiscalRoom < 30 ? 4 : s.meters.fiscalRoom < 50 ? 2 : 1),
    picks: [
      {
        response: 'gulf-support',
        score: (s) => 20 + (60 - s.meters.fiscalRoom) * 2,
        reason: (s) => ({
          id: 'finance/gulf-support',
          fiscalRoom: s.meters.fiscalRoom,
          saudi: s.powers.saudi.stance,
        }),
      },
      {
        response: 'reopen-crossing',
        targets: byTrade,
        score: (s, t) => 40 + CROSSINGS[crossing(t)].tradeShare / 2 + closedShare(s) / 4,
        reason: (_s, t) => ({
          id: 'finance/reopen-crossing',
          crossing: crossing(t),
          share: CROSSINGS[crossing(t)].tradeShare,
        }),
      },
      {
        response: 'transit-guarantees',
        score: (s) => 30 + s.kabul.tradeDependence / 2,
        reason: (s) => ({ id: 'finance/transit-guarantees', dependence: s.kabul.tradeDependence }),
      },
      {
        response: 'cpec-security',
        score: (s) => 20 + s.groups.bla.strength / 2,
        reason: (s) => ({
          id: 'finance/cpec-security',
          bla: s.groups.bla.strength,
          china: s.powers.china.stance,
        }),
      },
      {
        response: 'apex-committee',
        score: () => 30,
        reason: (s) => ({ id: 'finance/apex-committee', cohesion: s.meters.cohesion }),
      },
      {
        response: 'raise-at-un',
        score: () => 20,
        reason: (s) => ({ id: 'finance/raise-at-un', legitimacy: s.meters.legitimacy }),
      },
      {
        response: 'development',
        targets: trustGap,
        score: (s, t) => s.meters.fiscalRoom - 35 + (50 - at(s, t).economy) / 2,
        reason: (s, t) => ({
          id: 'finance/development',
          fiscalRoom: s.meters.fiscalRoom,
          district: t,
          economy: at(s, t).economy,
        }),
      },
      {
        response: 'jirga',
        targets: trustGap,
        score: () => 15,
        reason: (s, t) => ({ id: 'finance/jirga', district: t, trust: at(s, t).trust }),
      },
    ],
  },
  interior: {
    stance: (s) => {
      const t = urbanThreat(s)[0]!;
      return {
        id: 'interior/cells',
        unattributed: s.pendingAttributions.length,
        district: t,
        presence: presence(s, t),
        leader: leader(s, t),
      };
    },
    picks: [
      {
        response: 'hunt-urban-cells',
        targets: urbanThreat,
        score: (s, t) => 40 + presence(s, t),
        reason: (s, t) => ({
          id: 'interior/hunt-urban-cells',
          district: t,
          presence: presence(s, t),
        }),
      },
      {
        response: 'build-intelligence',
        targets: blindSpots,
        score: (s, t) => 30 + (50 - across(s, t).intel) / 2,
        reason: (s, t) => ({
          id: 'interior/build-intelligence',
          province: t,
          intel: across(s, t).intel,
          sanctuary: sanctuary(s, t),
        }),
      },
      {
        response: 'speed-prosecutions',
        score: () => 35,
        reason: (s) => ({ id: 'interior/speed-prosecutions', deterrence: s.meters.deterrence }),
      },
      {
        response: 'counter-drone',
        targets: droneThreat,
        score: (s) => 15 + s.groups.hgb.strength / 3,
        reason: (s, t) => ({
          id: 'interior/counter-drone',
          strength: s.groups.hgb.strength,
          district: t,
        }),
      },
      {
        response: 'accelerate-deportations',
        score: (s) => 10 + (s.meters.publicPressure - 50),
        reason: (s) => ({
          id: 'interior/accelerate-deportations',
          pressure: s.meters.publicPressure,
        }),
      },
      {
        response: 'blame-kabul',
        score: (s) => 10 * s.pendingAttributions.length + (s.meters.publicPressure - 60) / 2,
        reason: (s) => ({ id: 'interior/blame-kabul', pressure: s.meters.publicPressure }),
      },
    ],
  },
};
