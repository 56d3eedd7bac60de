/** Afghan provinces across the line: fixed facts (domain.md §3). */
import type { DistrictId, ProvinceId } from '../ids';

interface ProvinceInfo {
  name: string;
  lat: number;
  lon: number;
  faces: readonly DistrictId[];
  neighbours: readonly ProvinceId[];
  /** Share of the province's people living near likely targets (0..100): raises civilian harm. */
  exposure: number;
  note: string;
}

export const PROVINCES: Record<ProvinceId, ProvinceInfo> = {
  nuristan: {
    name: 'Nuristan',
    lat: 35.3,
    lon: 70.9,
    faces: ['chitral'],
    neighbours: ['kunar'],
    exposure: 25,
    note: 'TTP staging areas near Barg-e-Matal and Gawardesh.',
  },
  kunar: {
    name: 'Kunar',
    lat: 34.85,
    lon: 71.1,
    faces: ['chitral', 'upper-dir', 'lower-dir', 'bajaur', 'mohmand'],
    neighbours: ['nuristan', 'nangarhar'],
    exposure: 40,
    note: 'TTP cadres from Bajaur, Swat and Mohmand; remnants of ISKP (contested).',
  },
  nangarhar: {
    name: 'Nangarhar',
    lat: 34.25,
    lon: 70.6,
    faces: ['mohmand', 'khyber', 'kurram'],
    neighbours: ['kunar', 'paktia', 'kabul'],
    exposure: 55,
    note: "TTP and Jamaat-ul-Ahrar in Lalpura, Goshta and Achin; ISKP's original base; struck on 22 February 2026.",
  },
  paktia: {
    name: 'Paktia',
    lat: 33.65,
    lon: 69.35,
    faces: ['kurram'],
    neighbours: ['nangarhar', 'khost', 'paktika', 'kabul'],
    exposure: 45,
    note: 'The Haqqani heartland; struck in February 2026.',
  },
  khost: {
    name: 'Khost',
    lat: 33.35,
    lon: 69.95,
    faces: ['north-waziristan', 'kurram'],
    neighbours: ['paktia', 'paktika'],
    exposure: 50,
    note: 'Rear bases of the Hafiz Gul Bahadur group and the TTP, among displaced Waziristan families; struck in March 2024.',
  },
  paktika: {
    name: 'Paktika',
    lat: 32.5,
    lon: 68.8,
    faces: ['north-waziristan', 'south-waziristan-lower', 'zhob'],
    neighbours: ['paktia', 'khost', 'zabul'],
    exposure: 45,
    note: 'TTP leadership and training around Barmal and Urgun; struck in 2024, October 2025 and February 2026.',
  },
  zabul: {
    name: 'Zabul',
    lat: 32.2,
    lon: 67.2,
    faces: ['zhob'],
    neighbours: ['paktika', 'kandahar'],
    exposure: 30,
    note: 'Reported al-Qaida presence (contested).',
  },
  kandahar: {
    name: 'Kandahar',
    lat: 31.2,
    lon: 65.7,
    faces: ['chaman'],
    neighbours: ['zabul'],
    exposure: 60,
    note: "The Taliban leader's seat; alleged BLA hideouts (contested); struck in February 2026.",
  },
  kabul: {
    name: 'Kabul',
    lat: 34.53,
    lon: 69.17,
    faces: [],
    neighbours: ['nangarhar', 'paktia'],
    exposure: 80,
    note: 'The capital; reported TTP guest houses (contested); struck in October 2025 and February–March 2026.',
  },
};
