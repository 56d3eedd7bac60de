// The district groups named in content/districts.ts agree with the districts' own facts.
import { describe, expect, it } from 'vitest';
import {
  BALOCHISTAN_DISTRICTS,
  CITY_DISTRICTS,
  CPEC_DISTRICTS,
  DISTRICTS,
  SOUTH_KP_DISTRICTS,
} from '../../src/engine/content/districts';
import { DISTRICT_IDS } from '../../src/engine/ids';

const sorted = (ids: readonly string[]) => [...ids].sort();

describe('district groups', () => {
  it('names the urban districts as the cities', () => {
    expect(sorted(CITY_DISTRICTS)).toEqual(
      sorted(DISTRICT_IDS.filter((id) => DISTRICTS[id].urban)),
    );
  });

  it('keeps southern KP in Khyber Pakhtunkhwa and the Balochistan group in Balochistan', () => {
    for (const id of SOUTH_KP_DISTRICTS) expect(DISTRICTS[id].region).toBe('Khyber Pakhtunkhwa');
    expect(sorted(BALOCHISTAN_DISTRICTS)).toEqual(
      sorted(DISTRICT_IDS.filter((id) => DISTRICTS[id].region === 'Balochistan')),
    );
  });

  it('runs the CPEC route through Balochistan and Karachi', () => {
    for (const id of CPEC_DISTRICTS)
      expect(['Balochistan', 'Sindh']).toContain(DISTRICTS[id].region);
  });

  it('lists no district twice in a group', () => {
    for (const group of [CITY_DISTRICTS, SOUTH_KP_DISTRICTS, CPEC_DISTRICTS, BALOCHISTAN_DISTRICTS])
      expect(new Set(group).size).toBe(group.length);
  });
});
