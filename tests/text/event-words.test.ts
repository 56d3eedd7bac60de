// Every event id the engine can emit has English words, and they read as words: every entry renders
// for sample figures (none, one, many, thousands) without "undefined", "NaN", an object or a raw
// id, with the noun in the number of its count. A catalogue that lacks an entry is no Catalogue.
import { describe, expect, it } from 'vitest';
import {
  CROSSING_IDS,
  DISTRICT_IDS,
  FIXED_RESPONSE_EVENTS,
  FIXED_SCENARIO_EVENTS,
  FIXED_WORLD_EVENTS,
  GROUP_IDS,
  POWER_IDS,
  PROVINCE_IDS,
  type EventWords,
  type EventWordsId,
} from '../../src/engine';
import { EN, type Catalogue } from '../../src/text';
import type { WordsWithId } from '../../src/text/catalogue-types';
import { en } from '../../src/text/en';
import { expectWords } from './words-check';

const FIGURES = [0, 1, 2, 17, 1234, 25587] as const;

type Samples = { [K in EventWordsId]: readonly WordsWithId<EventWords, K>[] };

const fixed = <K extends EventWordsId>(ids: readonly K[]) =>
  Object.fromEntries(ids.map((id) => [id, [{ id }]])) as unknown as Pick<Samples, K>;

const each = <T>(values: readonly T[]) => values;

/** Sample figures for every event id: each place, group and power at least once, and each count at 0, 1 and many. */
const SAMPLES: Samples = {
  ...fixed(FIXED_SCENARIO_EVENTS),
  ...fixed(FIXED_RESPONSE_EVENTS),
  ...fixed(FIXED_WORLD_EVENTS),
  'istanbul-round': [
    { id: 'istanbul-round', truceHeld: true },
    { id: 'istanbul-round', truceHeld: false },
  ],
  strike: PROVINCE_IDS.flatMap((province, i) =>
    (['camps', 'taliban-posts'] as const).map((target) => ({
      id: 'strike' as const,
      target,
      province,
      groups: GROUP_IDS.slice(0, i % 3),
      militants: FIGURES[i % FIGURES.length]!,
      civilians: FIGURES[(i + 1) % FIGURES.length]!,
    })),
  ),
  displacement: DISTRICT_IDS.map((district, i) => ({
    id: 'displacement' as const,
    district,
    people: FIGURES[i % FIGURES.length]!,
  })),
  'crossing-closed': CROSSING_IDS.flatMap((crossing) =>
    each(['pakistan', 'kabul'] as const).map((by) => ({
      id: 'crossing-closed' as const,
      crossing,
      by,
    })),
  ),
  'crossing-reopened': CROSSING_IDS.map((crossing) => ({
    id: 'crossing-reopened' as const,
    crossing,
  })),
  'attack-foiled': (
    ['security', 'police', 'urban', 'sectarian', 'cpec', 'quadcopter', 'spoiler'] as const
  ).map((style, i) => ({ id: 'attack-foiled' as const, style, district: DISTRICT_IDS[i]! })),
  attack: (
    ['security', 'police', 'urban', 'sectarian', 'cpec', 'quadcopter', 'spoiler'] as const
  ).flatMap((style, i) =>
    [...GROUP_IDS, 'none' as const].map((claimedBy, j) => ({
      id: 'attack' as const,
      style,
      district: DISTRICT_IDS[(i * 3 + j) % DISTRICT_IDS.length]!,
      deaths: FIGURES[(i + j) % FIGURES.length]!,
      soldiers: FIGURES[j % FIGURES.length]!,
      police: FIGURES[(j + 1) % FIGURES.length]!,
      civilians: FIGURES[(j + 2) % FIGURES.length]!,
      massCasualty: j % 2 === 0,
      claimedBy,
    })),
  ),
  'truce-collapses-after-attack': DISTRICT_IDS.map((district) => ({
    id: 'truce-collapses-after-attack' as const,
    district,
  })),
  attribution: GROUP_IDS.flatMap((author, i) =>
    [...GROUP_IDS, 'none' as const].map((claimedBy, j) => ({
      id: 'attribution' as const,
      district: DISTRICT_IDS[(i + j) % DISTRICT_IDS.length]!,
      author,
      claimedBy,
      blameRingsHollow: j % 2 === 1,
    })),
  ),
  'border-fire': FIGURES.map((soldiers, i) => ({
    id: 'border-fire' as const,
    district: DISTRICT_IDS[i]!,
    soldiers,
  })),
  offensive: FIGURES.map((soldiers, i) => ({
    id: 'offensive' as const,
    district: DISTRICT_IDS[i + 3]!,
    soldiers,
    civilians: FIGURES[(i + 1) % FIGURES.length]!,
  })),
  'mediation-offered': POWER_IDS.map((power) => ({ id: 'mediation-offered' as const, power })),
  'funding-signalled': POWER_IDS.map((power) => ({ id: 'funding-signalled' as const, power })),
  'restraint-urged': POWER_IDS.map((power) => ({ id: 'restraint-urged' as const, power })),
  'iran-returns': [20000, 31499, 39999].map((people) => ({ id: 'iran-returns' as const, people })),
  'un-harm-report': FIGURES.map((civilians) => ({ id: 'un-harm-report' as const, civilians })),
  sanctions: GROUP_IDS.map((group) => ({ id: 'sanctions' as const, group })),
  'leadership-hit': GROUP_IDS.map((group, i) => ({
    id: 'leadership-hit' as const,
    province: PROVINCE_IDS[i]!,
    group,
  })),
  'leadership-missed': GROUP_IDS.map((group, i) => ({
    id: 'leadership-missed' as const,
    province: PROVINCE_IDS[(i + 5) % PROVINCE_IDS.length]!,
    group,
  })),
  'un-strike-report': FIGURES.map((civilians, i) => ({
    id: 'un-strike-report' as const,
    province: PROVINCE_IDS[i]!,
    civilians,
  })),
  raids: FIGURES.map((militants, i) => ({
    id: 'raids' as const,
    district: DISTRICT_IDS[i]!,
    militants,
    soldiers: FIGURES[(i + 1) % FIGURES.length]!,
  })),
  clearance: FIGURES.map((militants, i) => ({
    id: 'clearance' as const,
    district: DISTRICT_IDS[i + 6]!,
    militants,
    soldiers: FIGURES[(i + 1) % FIGURES.length]!,
    civilians: FIGURES[(i + 2) % FIGURES.length]!,
  })),
  curfew: DISTRICT_IDS.map((district) => ({ id: 'curfew' as const, district })),
  'ctd-arrests': FIGURES.map((suspects, i) => ({
    id: 'ctd-arrests' as const,
    district: DISTRICT_IDS[i]!,
    suspects,
  })),
  'counter-drone': DISTRICT_IDS.map((district) => ({ id: 'counter-drone' as const, district })),
  'intelligence-coverage': PROVINCE_IDS.map((province) => ({
    id: 'intelligence-coverage' as const,
    province,
  })),
  'police-expansion': DISTRICT_IDS.map((district) => ({
    id: 'police-expansion' as const,
    district,
  })),
  'stations-fortified': DISTRICT_IDS.map((district) => ({
    id: 'stations-fortified' as const,
    district,
  })),
  'fence-repaired': DISTRICT_IDS.map((district) => ({ id: 'fence-repaired' as const, district })),
  deportations: [20000, 45499, 120000].map((people) => ({ id: 'deportations' as const, people })),
  development: DISTRICT_IDS.map((district) => ({ id: 'development' as const, district })),
  compensation: FIGURES.map((returning, i) => ({
    id: 'compensation' as const,
    district: DISTRICT_IDS[i]!,
    returning,
  })),
  'gulf-deposits': FIGURES.flatMap((amount) =>
    [true, false].map((offered) => ({ id: 'gulf-deposits' as const, offered, amount })),
  ),
  jirga: FIGURES.map((returning, i) => ({
    id: 'jirga' as const,
    district: DISTRICT_IDS[i]!,
    returning,
  })),
  'talks-round': (['qatar', 'turkiye', 'saudi', 'china'] as const).map((host, i) => ({
    id: 'talks-round' as const,
    host,
    before: i * 10,
    after: i * 10 + 7,
  })),
  'truce-agreed': (['qatar', 'turkiye', 'saudi', 'china'] as const).map((host) => ({
    id: 'truce-agreed' as const,
    host,
    weeks: 6,
  })),
};

describe('event words', () => {
  it('the samples cover every entry of the English events catalogue, and only those', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(en.events).sort());
  });

  it.each(Object.keys(SAMPLES) as EventWordsId[])('%s renders as words for every sample', (id) => {
    const samples: readonly EventWords[] = SAMPLES[id];
    expect(samples.length).toBeGreaterThan(0);
    for (const words of samples) expectWords(EN.event(words), words);
  });

  it('a catalogue without an entry is not a Catalogue (checked by tsc)', () => {
    const { attack: _dropped, ...withoutAttack } = en.events;
    // @ts-expect-error a catalogue that does not word 'attack' must not type-check
    const incomplete: Catalogue = { ...en, events: withoutAttack };
    expect(Object.keys(incomplete.events)).not.toContain('attack');
  });
});
