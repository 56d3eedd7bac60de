/** Building a new game from a scenario, and copying a state cheaply for the next turn. */
import { DIFFICULTY } from './content/difficulty';
import {
  DISTRICT_LEVELS,
  GROUP_LEVELS,
  POWER_STANCE,
  PRESENCE,
  PROVINCE_INTEL,
  SANCTUARY,
} from './content/baseline';
import { CLASS_WEEKS, SCENARIOS } from './content/scenarios';
import {
  CROSSING_IDS,
  DISTRICT_IDS,
  GROUP_IDS,
  NEVER,
  POWER_IDS,
  PROVINCE_IDS,
  type Difficulty,
  type GroupId,
  type ScenarioId,
} from './ids';
import { seedState } from './random';
import type {
  CrossingState,
  DistrictState,
  GameState,
  GroupState,
  PowerState,
  ProvinceState,
  WeekCounters,
} from './types';

/** Bumped whenever a rules change alters the fingerprints of the golden saves on purpose. */
export const RULES_VERSION = 3;

function byGroup(values: Partial<Record<GroupId, number>>): Record<GroupId, number> {
  return {
    ttp: values.ttp ?? 0,
    jua: values.jua ?? 0,
    iskp: values.iskp ?? 0,
    hgb: values.hgb ?? 0,
    bla: values.bla ?? 0,
  };
}

export function emptyCounters(): WeekCounters {
  return {
    attacks: 0,
    foiled: 0,
    harm: 0,
    strikes: 0,
    deaths: 0,
    civiliansAfghanistan: 0,
    incidents: 0,
    cpecAttacks: 0,
  };
}

export function createState(
  scenarioId: ScenarioId,
  seed: number,
  difficulty: Difficulty,
  length?: 'class',
): GameState {
  const scenario = SCENARIOS[scenarioId];
  const level = DIFFICULTY[difficulty];

  const districts = {} as Record<(typeof DISTRICT_IDS)[number], DistrictState>;
  for (const id of DISTRICT_IDS) {
    const [security, trust, police, economy] = DISTRICT_LEVELS[id];
    const presence = byGroup({});
    for (const group of GROUP_IDS) {
      presence[group] = scenario.presence[id]?.[group] ?? PRESENCE[group][id] ?? 0;
    }
    districts[id] = {
      presence,
      security,
      trust,
      police,
      economy,
      displaced: scenario.displaced[id] ?? 0,
      civilianHarm: 0,
      counterDroneWeeks: 0,
      curfewWeeks: 0,
    };
  }

  const provinces = {} as Record<(typeof PROVINCE_IDS)[number], ProvinceState>;
  for (const id of PROVINCE_IDS) {
    provinces[id] = {
      sanctuary: byGroup(SANCTUARY[id]),
      intel: PROVINCE_INTEL[id],
      civilianHarm: 0,
      lastStruckWeek: scenario.struckProvinces.includes(id) ? 0 : NEVER,
    };
  }

  const crossings = {} as Record<(typeof CROSSING_IDS)[number], CrossingState>;
  for (const id of CROSSING_IDS) {
    const closedWeeks = scenario.closedCrossings[id] ?? 0;
    crossings[id] = { open: closedWeeks === 0, closedWeeks };
  }

  const groups = {} as Record<GroupId, GroupState>;
  for (const id of GROUP_IDS) {
    const [strength, morale, funding, recruitment, grievance] = GROUP_LEVELS[id];
    groups[id] = {
      strength,
      morale,
      funding,
      recruitment,
      grievance,
      lastStruckWeek: NEVER,
      lastAttackWeek: NEVER,
      lastHitWeek: NEVER,
      lastPressedWeek: NEVER,
      ...scenario.groups[id],
    };
  }

  const powers = {} as Record<(typeof POWER_IDS)[number], PowerState>;
  for (const id of POWER_IDS) {
    const patch = scenario.powers[id];
    powers[id] = {
      stance: patch?.stance ?? POWER_STANCE[id],
      offer: patch?.offer ?? 'none',
      offerUntil: patch?.offer ? (patch.offerWeeks ?? 2) : 0,
    };
  }

  const meters = {
    publicPressure: 50,
    cohesion: 50,
    fiscalRoom: 50,
    legitimacy: 50,
    deterrence: 45,
    ...scenario.meters,
  };
  meters.fiscalRoom = Math.max(5, Math.min(100, meters.fiscalRoom + level.fiscalBonus));

  return {
    rulesVersion: RULES_VERSION,
    scenario: scenarioId,
    difficulty,
    seed,
    week: 1,
    maxWeeks: length === 'class' ? CLASS_WEEKS : scenario.weeks,
    rng: seedState(seed),
    nextAttackId: 1,
    openingStrength: GROUP_IDS.reduce((sum, id) => sum + groups[id].strength, 0),
    meters,
    ladder: scenario.ladder,
    quietWeeks: 0,
    pressureCrisisWeeks: 0,
    districts,
    provinces,
    crossings,
    groups,
    kabul: {
      hostility: 55,
      restraint: 25,
      hardliners: 50,
      tradeDependence: 60,
      lastBlamedWeek: NEVER,
      lastHumiliatedWeek: NEVER,
      blameChargedWeek: NEVER,
      lastRestrainedWeek: NEVER,
      lastBorderWorkWeek: NEVER,
      ...scenario.kabul,
    },
    powers,
    diplomacy: {
      talksProgress: 0,
      truceWeeks: 0,
      verification: false,
      verificationSuspended: false,
      mediator: 'none',
      lastTalksWeek: NEVER,
      ...scenario.diplomacy,
    },
    cooldowns: {},
    programmes: [],
    pendingAttributions: [],
    deportationsAcceleratedWeek: NEVER,
    deportationsPausedWeek: NEVER,
    firedEvents: [],
    thisWeek: emptyCounters(),
    tally: {
      civiliansPakistan: 0,
      civiliansAfghanistan: 0,
      police: 0,
      soldiers: 0,
      militants: 0,
      attacks: 0,
      foiled: 0,
      displaced: 0,
      afghanDisplaced: 0,
      afghanCombatants: 0,
      deportations: 0,
      iranDeportations: 0,
      tradeLostMillions: 0,
      afghanTradeLostMillions: 0,
      ladderPeak: scenario.ladder,
    },
    history: [],
    ending: null,
  };
}

function copyByGroup(values: Record<GroupId, number>): Record<GroupId, number> {
  return { ttp: values.ttp, jua: values.jua, iskp: values.iskp, hgb: values.hgb, bla: values.bla };
}

/**
 * A deep copy of a state. Written out by hand because it runs once a turn on the hot path and is
 * several times faster than structuredClone; the state holds only plain data.
 */
export function cloneState(state: GameState): GameState {
  const districts = {} as GameState['districts'];
  for (const id of DISTRICT_IDS) {
    const d = state.districts[id];
    districts[id] = {
      presence: copyByGroup(d.presence),
      security: d.security,
      trust: d.trust,
      police: d.police,
      economy: d.economy,
      displaced: d.displaced,
      civilianHarm: d.civilianHarm,
      counterDroneWeeks: d.counterDroneWeeks,
      curfewWeeks: d.curfewWeeks,
    };
  }
  const provinces = {} as GameState['provinces'];
  for (const id of PROVINCE_IDS) {
    const p = state.provinces[id];
    provinces[id] = {
      sanctuary: copyByGroup(p.sanctuary),
      intel: p.intel,
      civilianHarm: p.civilianHarm,
      lastStruckWeek: p.lastStruckWeek,
    };
  }
  const crossings = {} as GameState['crossings'];
  for (const id of CROSSING_IDS) crossings[id] = { ...state.crossings[id] };
  const groups = {} as GameState['groups'];
  for (const id of GROUP_IDS) groups[id] = { ...state.groups[id] };
  const powers = {} as GameState['powers'];
  for (const id of POWER_IDS) powers[id] = { ...state.powers[id] };
  // Every field by name (no spread): a fixed shape keeps this hot path fast.
  return {
    rulesVersion: state.rulesVersion,
    scenario: state.scenario,
    difficulty: state.difficulty,
    seed: state.seed,
    week: state.week,
    maxWeeks: state.maxWeeks,
    rng: state.rng,
    nextAttackId: state.nextAttackId,
    openingStrength: state.openingStrength,
    meters: { ...state.meters },
    ladder: state.ladder,
    quietWeeks: state.quietWeeks,
    pressureCrisisWeeks: state.pressureCrisisWeeks,
    districts,
    provinces,
    crossings,
    groups,
    kabul: { ...state.kabul },
    powers,
    diplomacy: { ...state.diplomacy },
    cooldowns: { ...state.cooldowns },
    programmes: state.programmes.map((p) => ({ ...p })),
    pendingAttributions: state.pendingAttributions.map((p) => ({ ...p })),
    deportationsAcceleratedWeek: state.deportationsAcceleratedWeek,
    deportationsPausedWeek: state.deportationsPausedWeek,
    firedEvents: [...state.firedEvents],
    thisWeek: { ...state.thisWeek },
    tally: { ...state.tally },
    // Week records and endings are never changed once written, so they can be shared.
    history: [...state.history],
    ending: state.ending,
  };
}
