/** The scenarios: each a start state drawn from domain.md §4, as changes to the mid-2025 baseline. */
import type {
  CrossingId,
  DistrictId,
  GroupId,
  MeterId,
  PowerId,
  ProvinceId,
  ScenarioId,
} from '../ids';
import type { DiplomacyState, GroupState, KabulState } from '../types';

interface ScenarioInfo {
  title: string;
  /** When it starts, in words. */
  date: string;
  weeks: number;
  /**
   * What the crisis does when left alone: successful attacks and Pakistani deaths a week, in
   * tenths, over the closing weeks of games in which no one decides anything (normal difficulty;
   * measured, and checked by tests/engine/left-alone.test.ts). The final grade compares with it.
   */
  leftAlone: { through: number; harm: number };
  /** The same over the closing weeks of a lesson's short game of CLASS_WEEKS weeks. */
  classLeftAlone: { through: number; harm: number };
  setting: string;
  meters: Partial<Record<MeterId, number>>;
  ladder: number;
  /** The crossings shut at the start, each with the weeks it has been shut so far. */
  closedCrossings: Partial<Record<CrossingId, number>>;
  /** Afghan provinces struck on the eve of the scenario (week 0). */
  struckProvinces: readonly ProvinceId[];
  kabul: Partial<KabulState>;
  groups: Partial<Record<GroupId, Partial<GroupState>>>;
  powers: Partial<
    Record<PowerId, { stance?: number; offer?: 'mediation' | 'funding'; offerWeeks?: number }>
  >;
  diplomacy: Partial<DiplomacyState>;
  presence: Partial<Record<DistrictId, Partial<Record<GroupId, number>>>>;
  displaced: Partial<Record<DistrictId, number>>;
}

/** A lesson's short game: any scenario can be played for this many weeks, graded on them. */
export const CLASS_WEEKS = 8;

export const SCENARIOS: Record<ScenarioId, ScenarioInfo> = {
  karachi: {
    title: 'Karachi aftermath',
    date: 'The week of 29 June 2026',
    weeks: 12,
    leftAlone: { through: 26, harm: 273 },
    classLeftAlone: { through: 23, harm: 233 },
    setting:
      "Two days ago militants stormed the Rangers' regional headquarters in Karachi with a car bomb and guns; three Rangers and three attackers died. Jamaat-ul-Ahrar claims it, and the attacker taken alive is said to be an Afghan national. Torkham and Chaman have been shut since October. The country wants an answer this week — and every answer has a price.",
    meters: { publicPressure: 72, cohesion: 48, fiscalRoom: 42, legitimacy: 48, deterrence: 35 },
    ladder: 2,
    // Every crossing has been shut since 12 October 2025, 37 weeks before this week (domain.md §4).
    closedCrossings: {
      torkham: 37,
      chaman: 37,
      kharlachi: 37,
      'ghulam-khan': 37,
      'angoor-adda': 37,
    },
    struckProvinces: [],
    kabul: { hostility: 62, hardliners: 58, tradeDependence: 45, restraint: 35 },
    groups: { jua: { strength: 48, morale: 68, lastAttackWeek: 0 }, ttp: { morale: 60 } },
    // The April Urumqi round left a no-escalation pledge and a channel Beijing offers to reopen.
    powers: {
      china: { stance: 66, offer: 'mediation', offerWeeks: 3 },
      iran: { stance: 50 },
      un: { stance: 46 },
    },
    diplomacy: { talksProgress: 25 },
    presence: { karachi: { jua: 22, ttp: 12 } },
    displaced: { bajaur: 20000, kurram: 8000 },
  },
  'seven-camps': {
    title: 'Seven camps',
    date: 'The week of 23 February 2026',
    weeks: 16,
    leftAlone: { through: 27, harm: 284 },
    classLeftAlone: { through: 21, harm: 205 },
    setting:
      'A truck bomb in Bajaur and a convoy bombing in Bannu have just been answered with strikes on seven camps in Nangarhar and Paktika. Pakistan says scores of militants died; Kabul says civilians did. The ladder already stands at cross-border strikes, and Kabul is weighing its reply. Operation Ghazab lil-Haq is one road from here, not the only one.',
    meters: { publicPressure: 70, cohesion: 52, fiscalRoom: 45, legitimacy: 44, deterrence: 50 },
    ladder: 3,
    // Every crossing has been shut since 12 October 2025, 19 weeks before this week (domain.md §4).
    closedCrossings: {
      torkham: 19,
      chaman: 19,
      kharlachi: 19,
      'ghulam-khan': 19,
      'angoor-adda': 19,
    },
    struckProvinces: ['nangarhar', 'paktika'],
    kabul: { hostility: 74, hardliners: 64, tradeDependence: 48, restraint: 18 },
    groups: {
      ttp: { lastStruckWeek: 0, morale: 52, lastAttackWeek: 0 },
      iskp: { lastStruckWeek: 0 },
      hgb: { lastAttackWeek: 0 },
    },
    powers: { saudi: { stance: 72, offer: 'mediation', offerWeeks: 3 }, un: { stance: 42 } },
    // Istanbul agreed a monitoring mechanism "in principle" in October; Saudi mediators are active.
    diplomacy: { talksProgress: 20 },
    presence: { bajaur: { ttp: 40 }, bannu: { hgb: 30 } },
    displaced: { bajaur: 60000, kurram: 10000 },
  },
  'doha-truce': {
    title: 'Doha truce',
    date: 'The week of 20 October 2025',
    weeks: 24,
    leftAlone: { through: 29, harm: 342 },
    classLeftAlone: { through: 23, harm: 235 },
    setting:
      'After the October border battles, Qatar and Türkiye have brokered a ceasefire in Doha. Every major crossing has been shut for a week and traders on both sides are counting losses. A second round is due in Istanbul. Militants who gain from war are watching. Can the truce be made to last?',
    meters: { publicPressure: 55, cohesion: 50, fiscalRoom: 50, legitimacy: 52, deterrence: 45 },
    ladder: 2,
    // Shut since 12 October 2025: a week before this one.
    closedCrossings: { torkham: 1, chaman: 1, kharlachi: 1, 'ghulam-khan': 1, 'angoor-adda': 1 },
    struckProvinces: [],
    kabul: { hostility: 60, hardliners: 55, tradeDependence: 60, restraint: 28 },
    // The TTP's 2025 campaign at its height: the militants who gain from war are strong.
    groups: { ttp: { strength: 70, morale: 62 }, hgb: { strength: 52 }, jua: { strength: 46 } },
    powers: {
      qatar: { stance: 62, offer: 'mediation', offerWeeks: 4 },
      turkiye: { stance: 64, offer: 'mediation', offerWeeks: 4 },
    },
    diplomacy: { talksProgress: 35, truceWeeks: 6, mediator: 'qatar', lastTalksWeek: 0 },
    presence: {},
    displaced: { bajaur: 45000 },
  },
  sandbox: {
    title: 'Sandbox',
    date: 'An open frontier, mid-2025',
    weeks: 24,
    leftAlone: { through: 27, harm: 312 },
    classLeftAlone: { through: 21, harm: 212 },
    setting:
      'The frontier as it stood in mid-2025: crossings open, attacks on police rising in the south of Khyber Pakhtunkhwa, Kabul denying everything. No crisis has broken yet. Try any policy and watch where it leads.',
    meters: {},
    ladder: 1,
    closedCrossings: {},
    struckProvinces: [],
    kabul: {},
    groups: {},
    powers: {},
    diplomacy: {},
    presence: {},
    displaced: {},
  },
};
