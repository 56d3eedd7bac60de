// Sample inputs for every id the catalogues word: each event and outcome id with sample figures (each
// place, group and power at least once, each count at none, one and many), every reading and each of
// its wordings. The English tests and the Urdu ones drive their entries with the same samples.
import {
  CROSSING_IDS,
  DISTRICT_IDS,
  FIXED_RESPONSE_EVENTS,
  FIXED_SCENARIO_EVENTS,
  FIXED_WORLD_EVENTS,
  GROUP_IDS,
  POWER_IDS,
  PROVINCE_IDS,
  type ConditionWordings,
  type EventWords,
  type EventWordsId,
  type OutcomeWords,
  type OutcomeWordsId,
  type ReaderId,
} from '../../src/engine';
import { READERS } from '../../src/engine/readers';
import type { WordsWithId } from '../../src/text/catalogue-types';

/** Counts at none, one, a few and thousands. */
export const FIGURES = [0, 1, 2, 17, 1234, 25587] as const;

type EventSamples = { [K in EventWordsId]: readonly WordsWithId<EventWords, K>[] };

const fixed = <K extends EventWordsId>(ids: readonly K[]) =>
  Object.fromEntries(ids.map((id) => [id, [{ id }]])) as unknown as Pick<EventSamples, K>;

const each = <T>(values: readonly T[]) => values;

/** Sample figures for every event id: each place, group and power at least once, and each count at 0, 1 and many. */
export const EVENT_SAMPLES: EventSamples = {
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

type OutcomeSamples = { [K in OutcomeWordsId]: readonly WordsWithId<OutcomeWords, K>[] };
const none = <K extends OutcomeWordsId>(id: K) => [{ id }] as unknown as OutcomeSamples[K];

/** Sample figures for every outcome id. */
export const OUTCOME_SAMPLES: OutcomeSamples = {
  'no-foothold': none('no-foothold'),
  'no-sanctuary-near-border': none('no-sanctuary-near-border'),
  'kept-from-the-line': none('kept-from-the-line'),
  'declared-open-war': none('declared-open-war'),
  'rejected-accusation': none('rejected-accusation'),
  'goodwill-gesture': none('goodwill-gesture'),
  'denied-harbouring': none('denied-harbouring'),
  'urged-restraint': none('urged-restraint'),
  'took-transit-trade': none('took-transit-trade'),
  'criticised-returns': none('criticised-returns'),
  'acknowledged-self-defence': none('acknowledged-self-defence'),
  'released-cpec-funds': none('released-cpec-funds'),
  watched: none('watched'),
  'did-nothing': none('did-nothing'),
  attacked: FIGURES.flatMap((deaths, i) =>
    [true, false].map((foiled) => ({
      id: 'attacked' as const,
      district: DISTRICT_IDS[i]!,
      presence: FIGURES[(i + 1) % FIGURES.length]!,
      defence: foiled ? ('police' as const) : ('security' as const),
      defenceLevel: 40,
      foiled,
      deaths,
    })),
  ),
  recruited: [{ id: 'recruited', before: 20, after: 26 }],
  regrouped: PROVINCE_IDS.map((province) => ({ id: 'regrouped' as const, province, morale: 51 })),
  infiltrated: DISTRICT_IDS.map((district, i) => ({
    id: 'infiltrated' as const,
    district,
    security: 40,
    gain: 1 + (i % 4),
  })),
  'lay-low': DISTRICT_IDS.map((district) => ({ id: 'lay-low' as const, district })),
  'fired-on-posts': [1, 2, 5].map((soldiers, i) => ({
    id: 'fired-on-posts' as const,
    district: DISTRICT_IDS[i]!,
    soldiers,
  })),
  'launched-offensive': FIGURES.map((deaths, i) => ({
    id: 'launched-offensive' as const,
    district: DISTRICT_IDS[i]!,
    deaths,
  })),
  'restrained-ttp': [
    { id: 'restrained-ttp', provinces: [PROVINCE_IDS[0]!] },
    { id: 'restrained-ttp', provinces: [PROVINCE_IDS[1]!, PROVINCE_IDS[2]!] },
  ],
  'offered-mediation': [{ id: 'offered-mediation', until: 7 }],
  'offered-funding': [{ id: 'offered-funding', until: 12 }],
  'pressed-for-monitoring': [{ id: 'pressed-for-monitoring', restraint: 33 }],
  deported: [20000, 31499, 39999].map((people) => ({ id: 'deported' as const, people })),
  'reported-harm': FIGURES.map((civilians) => ({ id: 'reported-harm' as const, civilians })),
  sanctioned: GROUP_IDS.map((group) => ({ id: 'sanctioned' as const, group })),
};

export const READER_IDS = Object.keys(READERS) as ReaderId[];

/** Every wording a reading may ask for (tsc keeps the table whole). */
export const WORDINGS: { [R in keyof ConditionWordings]: readonly ConditionWordings[R][] } = {
  ladder: ['or-worse'],
  stance: ['warm', 'neutral-warm'],
  truce: ['lapsed'],
  verification: ['yet'],
  hostility: ['not-extreme'],
};
