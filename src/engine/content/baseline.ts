/**
 * The frontier as it stood in mid-2025, before any scenario's changes: starting levels of every
 * district, province, group, Kabul and power (0..100). Levels are the model's estimates drawn from
 * the patterns in domain.md, not measurements.
 */
import type { DistrictId, GroupId, PowerId, ProvinceId } from '../ids';

/** [security, trust, police, economy] per district. */
export const DISTRICT_LEVELS: Record<DistrictId, readonly [number, number, number, number]> = {
  chitral: [55, 55, 45, 40],
  'upper-dir': [50, 50, 40, 40],
  'lower-dir': [50, 50, 42, 45],
  bajaur: [40, 40, 35, 35],
  mohmand: [45, 45, 35, 35],
  khyber: [45, 42, 38, 50],
  peshawar: [55, 45, 55, 60],
  orakzai: [45, 45, 35, 30],
  kurram: [40, 35, 35, 35],
  'north-waziristan': [40, 35, 30, 30],
  'south-waziristan-upper': [35, 35, 28, 25],
  'south-waziristan-lower': [45, 40, 33, 35],
  bannu: [40, 40, 30, 45],
  'lakki-marwat': [38, 40, 25, 40],
  tank: [40, 42, 30, 35],
  'dera-ismail-khan': [45, 45, 35, 50],
  zhob: [48, 48, 38, 35],
  quetta: [50, 40, 48, 55],
  chaman: [45, 42, 38, 50],
  karachi: [60, 50, 60, 75],
  islamabad: [70, 55, 65, 75],
};

/** Militant presence by district; a group not listed for a district is absent there. */
export const PRESENCE: Record<GroupId, Partial<Record<DistrictId, number>>> = {
  ttp: {
    chitral: 15,
    'upper-dir': 20,
    'lower-dir': 20,
    bajaur: 35,
    mohmand: 25,
    khyber: 35,
    peshawar: 15,
    orakzai: 25,
    kurram: 20,
    'north-waziristan': 30,
    'south-waziristan-upper': 45,
    'south-waziristan-lower': 35,
    bannu: 35,
    'lakki-marwat': 35,
    tank: 30,
    'dera-ismail-khan': 30,
    zhob: 15,
    quetta: 5,
    chaman: 5,
    karachi: 8,
    islamabad: 5,
  },
  jua: { bajaur: 10, mohmand: 25, khyber: 15, peshawar: 20, karachi: 10, islamabad: 8, orakzai: 5 },
  iskp: { bajaur: 20, kurram: 15, peshawar: 10, islamabad: 8, orakzai: 10, quetta: 5 },
  hgb: { 'north-waziristan': 45, bannu: 25, 'lakki-marwat': 10, 'south-waziristan-upper': 10 },
  bla: { quetta: 35, chaman: 15, karachi: 20, zhob: 5 },
};

/** Sanctuary strength by province; a group not listed has none there. */
export const SANCTUARY: Record<ProvinceId, Partial<Record<GroupId, number>>> = {
  nuristan: { ttp: 30 },
  kunar: { ttp: 45, jua: 20, iskp: 15 },
  nangarhar: { ttp: 35, jua: 40, iskp: 25 },
  paktia: { ttp: 25, hgb: 10 },
  khost: { ttp: 30, hgb: 45 },
  paktika: { ttp: 55, hgb: 30, jua: 10 },
  zabul: { ttp: 10 },
  kandahar: { bla: 15, ttp: 5 },
  kabul: { ttp: 15 },
};

export const PROVINCE_INTEL: Record<ProvinceId, number> = {
  nuristan: 20,
  kunar: 30,
  nangarhar: 35,
  paktia: 25,
  khost: 35,
  paktika: 35,
  zabul: 15,
  kandahar: 20,
  kabul: 25,
};

/** [strength, morale, funding, recruitment, grievance] per group. */
export const GROUP_LEVELS: Record<GroupId, readonly [number, number, number, number, number]> = {
  ttp: [60, 55, 50, 50, 45],
  jua: [40, 50, 40, 35, 40],
  iskp: [35, 45, 35, 30, 40],
  hgb: [45, 50, 40, 35, 40],
  bla: [50, 55, 45, 40, 50],
};

export const POWER_STANCE: Record<PowerId, number> = {
  china: 70,
  iran: 45,
  qatar: 55,
  turkiye: 60,
  saudi: 70,
  uae: 60,
  un: 50,
  us: 50,
};
