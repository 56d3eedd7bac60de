/**
 * Every identifier in the world, as `as const` tuples so that the unions below and the fixed
 * iteration order of the engine come from one place. Iterating these tuples (never object keys)
 * keeps every run in the same order, which keeps fingerprints stable.
 */

export const DISTRICT_IDS = [
  'chitral',
  'upper-dir',
  'lower-dir',
  'bajaur',
  'mohmand',
  'khyber',
  'peshawar',
  'orakzai',
  'kurram',
  'north-waziristan',
  'south-waziristan-upper',
  'south-waziristan-lower',
  'bannu',
  'lakki-marwat',
  'tank',
  'dera-ismail-khan',
  'zhob',
  'quetta',
  'chaman',
  'karachi',
  'islamabad',
] as const;
export type DistrictId = (typeof DISTRICT_IDS)[number];

export const PROVINCE_IDS = [
  'nuristan',
  'kunar',
  'nangarhar',
  'paktia',
  'khost',
  'paktika',
  'zabul',
  'kandahar',
  'kabul',
] as const;
export type ProvinceId = (typeof PROVINCE_IDS)[number];

export const CROSSING_IDS = [
  'torkham',
  'chaman',
  'kharlachi',
  'ghulam-khan',
  'angoor-adda',
  'arandu',
] as const;
export type CrossingId = (typeof CROSSING_IDS)[number];

export const GROUP_IDS = ['ttp', 'jua', 'iskp', 'hgb', 'bla'] as const;
export type GroupId = (typeof GROUP_IDS)[number];

export const POWER_IDS = ['china', 'iran', 'qatar', 'turkiye', 'saudi', 'uae', 'un', 'us'] as const;
export type PowerId = (typeof POWER_IDS)[number];

/** Actors the engine drives: the militant groups, Kabul and the regional powers, in reaction order. */
export type ActorId = GroupId | 'kabul' | PowerId;
export const ACTOR_IDS: readonly ActorId[] = [...GROUP_IDS, 'kabul', ...POWER_IDS];

export const METER_IDS = [
  'publicPressure',
  'cohesion',
  'fiscalRoom',
  'legitimacy',
  'deterrence',
] as const;
export type MeterId = (typeof METER_IDS)[number];

export const SCENARIO_IDS = ['karachi', 'seven-camps', 'doha-truce', 'sandbox'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

export const DIFFICULTIES = ['easy', 'normal', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** The escalation ladder with Kabul, lowest rung first. */
export const LADDER_RUNGS = [
  'Calm',
  'Rhetoric',
  'Border incidents',
  'Cross-border strikes',
  'Sustained hostilities',
  'Open war',
] as const;
export const OPEN_WAR = 5;

const DISTRICT_SET: ReadonlySet<string> = new Set(DISTRICT_IDS);
const PROVINCE_SET: ReadonlySet<string> = new Set(PROVINCE_IDS);

export function isDistrictId(value: string): value is DistrictId {
  return DISTRICT_SET.has(value);
}
export function isProvinceId(value: string): value is ProvinceId {
  return PROVINCE_SET.has(value);
}
export function isScenarioId(value: string): value is ScenarioId {
  return (SCENARIO_IDS as readonly string[]).includes(value);
}
export function isDifficulty(value: string): value is Difficulty {
  return (DIFFICULTIES as readonly string[]).includes(value);
}

/** The week stamp of something that has not happened: far enough back to never count as recent. */
export const NEVER = -100;
