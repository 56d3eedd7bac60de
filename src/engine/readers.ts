/**
 * The named readings a doctrine rule or a scenario event can test: each reads one number from the
 * state from one actor's point of view. Yes/no readings give 1 or 0. The "Why?" card shows the value.
 */
import { CROSSINGS } from './content/districts';
import {
  CROSSING_IDS,
  DISTRICT_IDS,
  GROUP_IDS,
  PROVINCE_IDS,
  type ActorId,
  type GroupId,
  type PowerId,
} from './ids';
import type { GameState } from './types';

export interface Reader {
  yesNo?: boolean;
  read: (state: GameState, actor: ActorId) => number;
}

const asGroup = (actor: ActorId): GroupId =>
  (GROUP_IDS as readonly string[]).includes(actor) ? (actor as GroupId) : 'ttp';
const group = (state: GameState, actor: ActorId) => state.groups[asGroup(actor)];
const recent = (state: GameState, week: number, span: number) =>
  week >= state.week - span ? 1 : 0;

export const READERS = {
  // A militant group's own condition.
  strength: { read: (s, a) => group(s, a).strength },
  morale: { read: (s, a) => group(s, a).morale },
  grievance: { read: (s, a) => group(s, a).grievance },
  struckRecently: { yesNo: true, read: (s, a) => recent(s, group(s, a).lastStruckWeek, 2) },
  weeksSinceAttack: { read: (s, a) => Math.min(99, s.week - group(s, a).lastAttackWeek) },
  weakestPoliceWherePresent: {
    read: (s, a) => {
      let weakest = 100;
      for (const id of DISTRICT_IDS) {
        const d = s.districts[id];
        if (d.presence[asGroup(a)] >= 15 && d.police < weakest) weakest = d.police;
      }
      return weakest;
    },
  },
  // The wider situation.
  ladder: { read: (s) => s.ladder },
  weeksOfHostilities: {
    read: (s) => {
      let weeks = 0;
      for (let i = s.history.length - 1; i >= 0 && s.history[i]!.ladder >= 4; i--) weeks++;
      return weeks;
    },
  },
  talksActive: {
    yesNo: true,
    read: (s) => (s.diplomacy.truceWeeks > 0 || recent(s, s.diplomacy.lastTalksWeek, 1) ? 1 : 0),
  },
  truce: { yesNo: true, read: (s) => (s.diplomacy.truceWeeks > 0 ? 1 : 0) },
  talksProgress: { read: (s) => s.diplomacy.talksProgress },
  verification: { yesNo: true, read: (s) => (s.diplomacy.verification ? 1 : 0) },
  deportedRecently: { yesNo: true, read: (s) => recent(s, s.deportationsAcceleratedWeek, 2) },
  fiscalRoom: { read: (s) => s.meters.fiscalRoom },
  attacksThisWeek: { read: (s) => s.thisWeek.attacks },
  strikesThisWeek: { read: (s) => s.thisWeek.strikes },
  afghanCiviliansThisWeek: { read: (s) => s.thisWeek.civiliansAfghanistan },
  cpecAttacksThisWeek: { read: (s) => s.thisWeek.cpecAttacks },
  closedTradeShare: {
    read: (s) => {
      let share = 0;
      for (const id of CROSSING_IDS) if (!s.crossings[id].open) share += CROSSINGS[id].tradeShare;
      return share;
    },
  },
  majorClosureWeeks: {
    read: (s) => Math.max(s.crossings.torkham.closedWeeks, s.crossings.chaman.closedWeeks),
  },
  // Kabul's view.
  struckAfghanSoil: {
    yesNo: true,
    read: (s) => (PROVINCE_IDS.some((id) => s.provinces[id].lastStruckWeek >= s.week - 1) ? 1 : 0),
  },
  capitalStruck: {
    yesNo: true,
    read: (s) => (s.provinces.kabul.lastStruckWeek === s.week ? 1 : 0),
  },
  humiliated: { yesNo: true, read: (s) => recent(s, s.kabul.lastHumiliatedWeek, 1) },
  blamedRecently: { yesNo: true, read: (s) => recent(s, s.kabul.lastBlamedWeek, 1) },
  hostility: { read: (s) => s.kabul.hostility },
  hardliners: { read: (s) => s.kabul.hardliners },
  restraint: { read: (s) => s.kabul.restraint },
  tradeDependence: { read: (s) => s.kabul.tradeDependence },
  ttpSanctuary: {
    read: (s) => {
      let most = 0;
      for (const id of PROVINCE_IDS) most = Math.max(most, s.provinces[id].sanctuary.ttp);
      return most;
    },
  },
  // A power's view.
  stance: { read: (s, a) => s.powers[a as PowerId]?.stance ?? 50 },
  offerActive: {
    yesNo: true,
    read: (s, a) => {
      const power = s.powers[a as PowerId];
      return power && power.offer !== 'none' && power.offerUntil >= s.week ? 1 : 0;
    },
  },
} satisfies Record<string, Reader>;

export type ReaderId = keyof typeof READERS;
