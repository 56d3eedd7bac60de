/**
 * The named readings a doctrine rule or a scenario event can test: each reads one number from the
 * state. Some read the world as everyone sees it; the others read one actor's own condition and
 * exist only for that kind of actor (a militant group's strength, a power's stance), so a rule
 * cannot name a reading its actor does not have. Yes/no readings give 1 or 0. The "Why?" card
 * shows the value.
 */
import { CROSSINGS } from './content/districts';
import { CROSSING_IDS, DISTRICT_IDS, PROVINCE_IDS, type GroupId, type PowerId } from './ids';
import type { GameState } from './types';

/** How a reading is shown: yes/no readings display as "yes" or "no". */
export interface Reader {
  yesNo?: boolean;
  read: (state: GameState, actor: never) => number;
}

interface ReaderOf<Actor> extends Reader {
  read: (state: GameState, actor: Actor) => number;
}

const recent = (state: GameState, week: number, span: number) =>
  week >= state.week - span ? 1 : 0;

/** A militant group's own condition. */
const GROUP_READERS = {
  strength: { read: (s, g) => s.groups[g].strength },
  morale: { read: (s, g) => s.groups[g].morale },
  grievance: { read: (s, g) => s.groups[g].grievance },
  struckRecently: { yesNo: true, read: (s, g) => recent(s, s.groups[g].lastStruckWeek, 2) },
  weeksSinceAttack: { read: (s, g) => Math.min(99, s.week - s.groups[g].lastAttackWeek) },
  weakestPoliceWherePresent: {
    read: (s, g) => {
      let weakest = 100;
      for (const id of DISTRICT_IDS) {
        const d = s.districts[id];
        if (d.presence[g] >= 15 && d.police < weakest) weakest = d.police;
      }
      return weakest;
    },
  },
} satisfies Record<string, ReaderOf<GroupId>>;

/** A regional power's own standing with Pakistan. */
const POWER_READERS = {
  stance: { read: (s, p) => s.powers[p].stance },
  offerActive: {
    yesNo: true,
    read: (s, p) => {
      const power = s.powers[p];
      return power.offer !== 'none' && power.offerUntil >= s.week ? 1 : 0;
    },
  },
} satisfies Record<string, ReaderOf<PowerId>>;

/** The wider situation, and Kabul's view of it: the same for every actor. */
const SHARED_READERS = {
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
  strikesLastFourWeeks: {
    read: (s) => {
      let strikes = s.thisWeek.strikes;
      for (const week of s.history.slice(-3)) strikes += week.strikes;
      return strikes;
    },
  },
  borderWorkRecently: { yesNo: true, read: (s) => (s.kabul.lastBorderWorkWeek === s.week ? 1 : 0) },
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
} satisfies Record<string, ReaderOf<void>>;

type GroupReaderId = keyof typeof GROUP_READERS;
type PowerReaderId = keyof typeof POWER_READERS;
export type SharedReaderId = keyof typeof SHARED_READERS;
export type ReaderId = GroupReaderId | PowerReaderId | SharedReaderId;

/** The kinds of actor the engine drives; each has its own readings and reactions. */
export type Scope = 'group' | 'kabul' | 'power';

/** The readings open to a kind of actor: the shared ones and its own. */
export type ReaderIdFor<S extends Scope> =
  | SharedReaderId
  | (S extends 'group' ? GroupReaderId : never)
  | (S extends 'power' ? PowerReaderId : never);

/** Every reading, for how the "Why?" card shows it. */
/** Whether a reading is yes or no (1 or 0), shown as such rather than as a number. */
export function isYesNoReading(id: ReaderId): boolean {
  return READERS[id].yesNo === true;
}

export const READERS: Readonly<Record<ReaderId, Reader>> = {
  ...SHARED_READERS,
  ...GROUP_READERS,
  ...POWER_READERS,
};

function isShared(id: ReaderId): id is SharedReaderId {
  return Object.hasOwn(SHARED_READERS, id);
}

/** A reading of the world, the same for every actor. */
export function readShared(state: GameState, id: SharedReaderId): number {
  return SHARED_READERS[id].read(state);
}

/** A reading from a militant group's point of view. */
export function readAsGroup(state: GameState, group: GroupId, id: ReaderIdFor<'group'>): number {
  return isShared(id) ? readShared(state, id) : GROUP_READERS[id].read(state, group);
}

/** A reading from a regional power's point of view. */
export function readAsPower(state: GameState, power: PowerId, id: ReaderIdFor<'power'>): number {
  return isShared(id) ? readShared(state, id) : POWER_READERS[id].read(state, power);
}
