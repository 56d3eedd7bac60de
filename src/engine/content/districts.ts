/** The frontier districts: fixed facts (domain.md §1–2). Their changing state lives in GameState. */
import type { CrossingId, DistrictId, ProvinceId } from '../ids';

interface DistrictInfo {
  name: string;
  region: 'Khyber Pakhtunkhwa' | 'Balochistan' | 'Sindh' | 'Islamabad Capital Territory';
  lat: number;
  lon: number;
  /** Population in thousands (2023 census, rounded). */
  populationK: number;
  terrain: string;
  urban: boolean;
  /** Afghan provinces directly across the line. */
  across: readonly ProvinceId[];
  crossings: readonly CrossingId[];
  neighbours: readonly DistrictId[];
  /** A fact of recent history the game leans on. */
  note: string;
}

export const DISTRICTS: Record<DistrictId, DistrictInfo> = {
  chitral: {
    name: 'Chitral',
    region: 'Khyber Pakhtunkhwa',
    lat: 35.95,
    lon: 71.95,
    populationK: 500,
    terrain: 'high mountain valleys',
    urban: false,
    across: ['nuristan', 'kunar'],
    crossings: ['arandu'],
    neighbours: ['upper-dir'],
    note: 'TTP fighters crossed from Nuristan near the Kalash valleys in September 2023; firefights at Arandu in February 2026.',
  },
  'upper-dir': {
    name: 'Upper Dir',
    region: 'Khyber Pakhtunkhwa',
    lat: 35.35,
    lon: 72.0,
    populationK: 1100,
    terrain: 'mountains',
    urban: false,
    across: ['kunar'],
    crossings: [],
    neighbours: ['chitral', 'lower-dir'],
    note: 'Sporadic attacks on police (a pattern, not a single event).',
  },
  'lower-dir': {
    name: 'Lower Dir',
    region: 'Khyber Pakhtunkhwa',
    lat: 34.85,
    lon: 71.85,
    populationK: 1600,
    terrain: 'valley',
    urban: false,
    across: ['kunar'],
    crossings: [],
    neighbours: ['upper-dir', 'bajaur'],
    note: 'Feels the spillover of fighting in Bajaur.',
  },
  bajaur: {
    name: 'Bajaur',
    region: 'Khyber Pakhtunkhwa',
    lat: 34.78,
    lon: 71.5,
    populationK: 1300,
    terrain: 'valleys and hills',
    urban: false,
    across: ['kunar'],
    crossings: [],
    neighbours: ['lower-dir', 'mohmand'],
    note: 'ISKP bombed a political rally here in July 2023; an operation in Mamund displaced thousands in August 2025; a truck bomb killed 11 soldiers and a child in February 2026.',
  },
  mohmand: {
    name: 'Mohmand',
    region: 'Khyber Pakhtunkhwa',
    lat: 34.45,
    lon: 71.3,
    populationK: 550,
    terrain: 'mountains and foothills',
    urban: false,
    across: ['kunar', 'nangarhar'],
    crossings: [],
    neighbours: ['bajaur', 'khyber', 'peshawar'],
    note: 'Long a base of Jamaat-ul-Ahrar; the Gursal crossing has been shut since 2009.',
  },
  khyber: {
    name: 'Khyber',
    region: 'Khyber Pakhtunkhwa',
    lat: 33.95,
    lon: 71.05,
    populationK: 1150,
    terrain: 'mountains and the Khyber Pass',
    urban: false,
    across: ['nangarhar'],
    crossings: ['torkham'],
    neighbours: ['mohmand', 'peshawar', 'orakzai', 'kurram'],
    note: 'Torkham, the busiest crossing, was shut in early 2025 and again from 12 October 2025; Tirah valley is a militant haunt.',
  },
  peshawar: {
    name: 'Peshawar',
    region: 'Khyber Pakhtunkhwa',
    lat: 34.0,
    lon: 71.55,
    populationK: 4700,
    terrain: 'plain and city',
    urban: true,
    across: [],
    crossings: [],
    neighbours: ['mohmand', 'khyber', 'orakzai', 'islamabad'],
    note: 'The Police Lines mosque bombing of January 2023 killed about a hundred people.',
  },
  orakzai: {
    name: 'Orakzai',
    region: 'Khyber Pakhtunkhwa',
    lat: 33.7,
    lon: 70.95,
    populationK: 250,
    terrain: 'mountains',
    urban: false,
    across: [],
    crossings: [],
    neighbours: ['khyber', 'kurram', 'peshawar', 'bannu'],
    note: 'Eleven soldiers, two of them officers, were killed here in October 2025.',
  },
  kurram: {
    name: 'Kurram',
    region: 'Khyber Pakhtunkhwa',
    lat: 33.75,
    lon: 70.25,
    populationK: 800,
    terrain: "valley and mountains (the 'Parrot's Beak')",
    urban: false,
    across: ['paktia', 'khost', 'nangarhar'],
    crossings: ['kharlachi'],
    neighbours: ['khyber', 'orakzai', 'north-waziristan'],
    note: 'A convoy massacre in November 2024 set off sectarian clashes and a months-long road closure; heavy Afghan shelling in February 2026.',
  },
  'north-waziristan': {
    name: 'North Waziristan',
    region: 'Khyber Pakhtunkhwa',
    lat: 32.95,
    lon: 70.0,
    populationK: 700,
    terrain: 'mountains and the Tochi valley',
    urban: false,
    across: ['khost', 'paktika'],
    crossings: ['ghulam-khan'],
    neighbours: ['kurram', 'bannu', 'south-waziristan-upper', 'south-waziristan-lower'],
    note: "The Hafiz Gul Bahadur group's heartland; quadcopter attacks spread here in 2025.",
  },
  'south-waziristan-upper': {
    name: 'South Waziristan (Upper)',
    region: 'Khyber Pakhtunkhwa',
    lat: 32.55,
    lon: 69.9,
    populationK: 400,
    terrain: 'mountains',
    urban: false,
    across: [],
    crossings: [],
    neighbours: ['north-waziristan', 'south-waziristan-lower', 'tank', 'lakki-marwat'],
    note: 'The Mehsud core of the TTP, home area of its leader; sixteen soldiers were killed at Makeen in December 2024.',
  },
  'south-waziristan-lower': {
    name: 'South Waziristan (Lower)',
    region: 'Khyber Pakhtunkhwa',
    lat: 32.2,
    lon: 69.55,
    populationK: 500,
    terrain: 'the Wana plain and plateau',
    urban: false,
    across: ['paktika'],
    crossings: ['angoor-adda'],
    neighbours: ['north-waziristan', 'south-waziristan-upper', 'zhob', 'dera-ismail-khan'],
    note: 'An assault on the Cadet College in Wana was foiled in November 2025.',
  },
  bannu: {
    name: 'Bannu',
    region: 'Khyber Pakhtunkhwa',
    lat: 32.95,
    lon: 70.6,
    populationK: 1350,
    terrain: 'irrigated plain',
    urban: false,
    across: [],
    crossings: [],
    neighbours: ['north-waziristan', 'lakki-marwat', 'orakzai'],
    note: 'Twin car bombs hit the cantonment in March 2025; quadcopters struck police through 2025; a convoy bombing in February 2026.',
  },
  'lakki-marwat': {
    name: 'Lakki Marwat',
    region: 'Khyber Pakhtunkhwa',
    lat: 32.6,
    lon: 70.9,
    populationK: 1000,
    terrain: 'semi-arid plain',
    urban: false,
    across: [],
    crossings: [],
    neighbours: ['bannu', 'tank', 'dera-ismail-khan', 'south-waziristan-upper'],
    note: 'Police here are attacked often; operations in February 2026.',
  },
  tank: {
    name: 'Tank',
    region: 'Khyber Pakhtunkhwa',
    lat: 32.2,
    lon: 70.35,
    populationK: 450,
    terrain: 'plain and foothills',
    urban: false,
    across: [],
    crossings: [],
    neighbours: ['south-waziristan-upper', 'lakki-marwat', 'dera-ismail-khan'],
    note: 'The gateway to South Waziristan; small attacks are common.',
  },
  'dera-ismail-khan': {
    name: 'Dera Ismail Khan',
    region: 'Khyber Pakhtunkhwa',
    lat: 31.85,
    lon: 70.75,
    populationK: 1800,
    terrain: 'the Indus plain',
    urban: false,
    across: [],
    crossings: [],
    neighbours: ['tank', 'lakki-marwat', 'south-waziristan-lower', 'zhob'],
    note: 'Twenty-three soldiers died at Daraban in December 2023; the Police Training School was assaulted in October 2025.',
  },
  zhob: {
    name: 'Zhob',
    region: 'Balochistan',
    lat: 31.35,
    lon: 69.45,
    populationK: 400,
    terrain: 'mountains and plateau',
    urban: false,
    across: ['paktika', 'zabul'],
    crossings: [],
    neighbours: ['south-waziristan-lower', 'dera-ismail-khan', 'quetta'],
    note: 'Sambaza is an infiltration route; a large infiltration was stopped in August 2025.',
  },
  quetta: {
    name: 'Quetta',
    region: 'Balochistan',
    lat: 30.2,
    lon: 67.0,
    populationK: 2600,
    terrain: 'valley and city',
    urban: true,
    across: [],
    crossings: [],
    neighbours: ['chaman', 'zhob', 'karachi'],
    note: 'The BLA bombed the railway station in November 2024 and struck towns across Balochistan in January 2026.',
  },
  chaman: {
    name: 'Chaman',
    region: 'Balochistan',
    lat: 30.85,
    lon: 66.55,
    populationK: 800,
    terrain: 'plain and the Khojak range',
    urban: false,
    across: ['kandahar'],
    crossings: ['chaman'],
    neighbours: ['quetta'],
    note: 'The Chaman–Spin Boldak crossing was shut after the October 2025 clashes.',
  },
  karachi: {
    name: 'Karachi',
    region: 'Sindh',
    lat: 24.9,
    lon: 67.1,
    populationK: 20000,
    terrain: 'coastal megacity',
    urban: true,
    across: [],
    crossings: [],
    neighbours: ['quetta', 'peshawar'],
    note: "The port where Afghan transit trade begins; the Rangers' regional headquarters was attacked on 27 June 2026.",
  },
  islamabad: {
    name: 'Islamabad',
    region: 'Islamabad Capital Territory',
    lat: 33.7,
    lon: 73.05,
    populationK: 2400,
    terrain: 'capital city',
    urban: true,
    across: [],
    crossings: [],
    neighbours: ['peshawar'],
    note: 'A court bombing in November 2025 and an ISKP bombing of an imambargah in February 2026.',
  },
};

/*
 * District groups the doctrines and the strategies name, each listed once. The order is part of
 * the rules: a group picking where to strike rolls its dice for the districts in this order.
 */

/** The four cities where urban cells strike (the urban districts). */
export const CITY_DISTRICTS: readonly DistrictId[] = ['peshawar', 'islamabad', 'karachi', 'quetta'];

/** Southern Khyber Pakhtunkhwa: North Waziristan and the districts south and east of it. */
export const SOUTH_KP_DISTRICTS: readonly DistrictId[] = [
  'north-waziristan',
  'bannu',
  'lakki-marwat',
  'south-waziristan-upper',
  'tank',
];

/** Where the China–Pakistan Economic Corridor's projects and workers are exposed. */
export const CPEC_DISTRICTS: readonly DistrictId[] = ['quetta', 'karachi', 'chaman', 'zhob'];

/** The game's districts of Balochistan. */
export const BALOCHISTAN_DISTRICTS: readonly DistrictId[] = ['quetta', 'chaman', 'zhob'];

interface CrossingInfo {
  name: string;
  district: DistrictId;
  province: ProvinceId;
  /** Share of Pakistan–Afghanistan trade through this crossing, in percent. */
  tradeShare: number;
}

export const CROSSINGS: Record<CrossingId, CrossingInfo> = {
  torkham: { name: 'Torkham', district: 'khyber', province: 'nangarhar', tradeShare: 50 },
  chaman: { name: 'Chaman–Spin Boldak', district: 'chaman', province: 'kandahar', tradeShare: 30 },
  kharlachi: { name: 'Kharlachi', district: 'kurram', province: 'paktia', tradeShare: 6 },
  'ghulam-khan': {
    name: 'Ghulam Khan',
    district: 'north-waziristan',
    province: 'khost',
    tradeShare: 7,
  },
  'angoor-adda': {
    name: 'Angoor Adda',
    district: 'south-waziristan-lower',
    province: 'paktika',
    tradeShare: 5,
  },
  arandu: { name: 'Arandu', district: 'chitral', province: 'kunar', tradeShare: 2 },
};

/** Total Pakistan–Afghanistan trade lost per week with every crossing shut, in millions of US dollars (about $2 M a day). */
export const WEEKLY_TRADE_MILLIONS = 14;
