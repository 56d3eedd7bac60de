/**
 * Every non-player actor's doctrine, as data: rules checked in order, the first that holds fires.
 * In the spirit of the COIN series' bot flowcharts. Conditions name readings from readers.ts.
 */
import { atLeast, atMost, yes } from '../conditions';
import type { Doctrine, DoctrineSpec } from '../doctrine-types';
import {
  BALOCHISTAN_DISTRICTS,
  CITY_DISTRICTS,
  CPEC_DISTRICTS,
  SOUTH_KP_DISTRICTS,
} from './districts';

const DOCTRINE_TABLE = [
  {
    actor: 'ttp',
    rules: [
      {
        id: 'prove-survival',
        when: [yes('struckRecently'), atLeast('morale', 30), atLeast('strength', 20)],
        chance: 70,
        hostile: true,
        provoked: true,
        reaction: { kind: 'attack', style: 'security' },
        sources: ['retaliation-cycle'],
      },
      {
        id: 'regroup',
        when: [atMost('morale', 44)],
        reaction: { kind: 'regroup' },
        sources: ['retaliation-cycle'],
      },
      {
        id: 'spoil-talks',
        when: [yes('talksActive'), atLeast('strength', 20)],
        chance: 30,
        hostile: true,
        reaction: { kind: 'attack', style: 'spoiler' },
        sources: ['spoilers', 'mediation-buys-time'],
      },
      {
        id: 'hit-soft-police',
        when: [atMost('weakestPoliceWherePresent', 45), atLeast('strength', 20)],
        chance: 50,
        hostile: true,
        reaction: { kind: 'attack', style: 'police' },
        sources: ['policing-slow', 'attacks-follow-capability'],
      },
      {
        id: 'recruit-on-grievance',
        when: [atLeast('grievance', 50)],
        reaction: { kind: 'recruit' },
        sources: ['strikes-recruit', 'deportations-resentment'],
      },
      {
        id: 'infiltrate',
        when: [],
        reaction: { kind: 'infiltrate' },
        sources: ['fence-limits'],
      },
    ],
  },
  {
    actor: 'jua',
    rules: [
      {
        id: 'prove-survival',
        when: [yes('struckRecently'), atLeast('morale', 30)],
        chance: 60,
        hostile: true,
        provoked: true,
        reaction: { kind: 'attack', style: 'urban', districts: CITY_DISTRICTS },
        sources: ['retaliation-cycle', 'urban-spectacle'],
      },
      {
        id: 'urban-spectacle',
        when: [atLeast('strength', 25), atLeast('weeksSinceAttack', 3)],
        chance: 40,
        hostile: true,
        reaction: { kind: 'attack', style: 'urban', districts: CITY_DISTRICTS },
        sources: ['urban-spectacle', 'attacks-follow-capability'],
      },
      {
        id: 'recruit-on-deportations',
        when: [yes('deportedRecently')],
        reaction: { kind: 'recruit' },
        sources: ['deportations-resentment'],
      },
      {
        id: 'plan',
        when: [],
        reaction: { kind: 'lie-low' },
        sources: ['urban-spectacle', 'attacks-follow-capability'],
      },
    ],
  },
  {
    actor: 'iskp',
    rules: [
      {
        id: 'sectarian-massacre',
        when: [atLeast('strength', 20), atLeast('weeksSinceAttack', 3)],
        chance: 35,
        hostile: true,
        reaction: {
          kind: 'attack',
          style: 'sectarian',
          districts: ['kurram', 'peshawar', 'islamabad', 'bajaur', 'orakzai', 'quetta'],
        },
        sources: ['iskp-sectarian', 'attacks-follow-capability'],
      },
      {
        id: 'recruit-on-grievance',
        when: [atLeast('grievance', 42)],
        reaction: { kind: 'recruit' },
        sources: ['strikes-recruit'],
      },
      {
        id: 'rebuild',
        when: [],
        reaction: { kind: 'lie-low' },
        sources: ['iskp-sectarian', 'attacks-follow-capability'],
      },
    ],
  },
  {
    actor: 'hgb',
    rules: [
      {
        id: 'prove-survival',
        when: [yes('struckRecently'), atLeast('morale', 30)],
        chance: 70,
        hostile: true,
        provoked: true,
        reaction: { kind: 'attack', style: 'security', districts: SOUTH_KP_DISTRICTS },
        sources: ['retaliation-cycle', 'hgb-waziristan'],
      },
      {
        id: 'regroup',
        when: [atMost('morale', 36)],
        reaction: { kind: 'regroup' },
        sources: ['hgb-waziristan'],
      },
      {
        id: 'quadcopters',
        when: [atLeast('strength', 20)],
        chance: 40,
        hostile: true,
        reaction: { kind: 'attack', style: 'quadcopter', districts: SOUTH_KP_DISTRICTS },
        sources: ['hgb-waziristan', 'policing-slow', 'attacks-follow-capability'],
      },
      {
        id: 'infiltrate',
        when: [],
        reaction: { kind: 'infiltrate' },
        sources: ['hgb-waziristan', 'fence-limits'],
      },
    ],
  },
  {
    actor: 'bla',
    rules: [
      {
        id: 'hit-cpec',
        when: [atLeast('strength', 25), atLeast('weeksSinceAttack', 2)],
        chance: 40,
        hostile: true,
        reaction: {
          kind: 'attack',
          style: 'cpec',
          districts: CPEC_DISTRICTS,
        },
        sources: ['bla-cpec', 'china-cpec', 'attacks-follow-capability'],
      },
      {
        id: 'exploit-crisis',
        when: [atLeast('ladder', 4)],
        chance: 40,
        hostile: true,
        reaction: { kind: 'attack', style: 'security', districts: BALOCHISTAN_DISTRICTS },
        sources: ['bla-cpec'],
      },
      {
        id: 'recruit-on-grievance',
        when: [atLeast('grievance', 50)],
        reaction: { kind: 'recruit' },
        sources: ['bla-cpec'],
      },
      {
        id: 'wait',
        when: [],
        reaction: { kind: 'lie-low' },
        sources: ['bla-cpec', 'attacks-follow-capability'],
      },
    ],
  },
  {
    actor: 'kabul',
    rules: [
      {
        id: 'open-war',
        when: [
          atLeast('weeksOfHostilities', 2),
          atLeast('strikesLastFourWeeks', 2),
          atLeast('hostility', 85),
          atLeast('hardliners', 70),
        ],
        chance: 35,
        hostile: true,
        provoked: true,
        reaction: { kind: 'open-war' },
        sources: ['open-war-risk', 'hardliners-strengthened', 'miscalculation'],
      },
      {
        id: 'offensive',
        when: [yes('humiliated'), atLeast('hostility', 60)],
        chance: 65,
        hostile: true,
        provoked: true,
        reaction: { kind: 'offensive' },
        sources: ['kabul-answers-strikes', 'hardliners-strengthened'],
      },
      {
        id: 'miscalculated-offensive',
        when: [
          yes('struckAfghanSoil'),
          atLeast('strikesLastFourWeeks', 2),
          atLeast('hostility', 65),
        ],
        chance: 12,
        hostile: true,
        provoked: true,
        reaction: { kind: 'offensive' },
        sources: ['miscalculation', 'kabul-answers-strikes'],
      },
      {
        id: 'answer-strikes',
        when: [yes('struckAfghanSoil'), atLeast('hostility', 40)],
        chance: 60,
        hostile: true,
        provoked: true,
        reaction: { kind: 'border-fire' },
        sources: ['kabul-answers-strikes'],
      },
      {
        id: 'contest-the-line',
        when: [yes('borderWorkRecently'), atLeast('hostility', 50)],
        chance: 20,
        hostile: true,
        reaction: { kind: 'border-fire' },
        sources: ['miscalculation', 'fence-limits'],
      },
      {
        id: 'restrain-ttp',
        when: [atLeast('restraint', 45), atMost('hardliners', 60), atLeast('ttpSanctuary', 10)],
        reaction: { kind: 'restrain-ttp' },
        sources: ['kabul-constrained', 'verification'],
      },
      {
        id: 'reject-blame',
        when: [yes('blamedRecently')],
        reaction: { kind: 'condemn' },
        sources: ['attribution-fog', 'kabul-constrained'],
      },
      {
        id: 'goodwill',
        when: [atMost('hostility', 40), atLeast('tradeDependence', 45)],
        reaction: { kind: 'goodwill' },
        sources: ['interdependence'],
      },
      {
        id: 'deny',
        when: [],
        reaction: { kind: 'deny' },
        sources: ['kabul-constrained'],
      },
    ],
  },
  {
    actor: 'china',
    rules: [
      {
        id: 'protect-cpec',
        when: [atLeast('cpecAttacksThisWeek', 1)],
        reaction: { kind: 'urge-restraint' },
        sources: ['china-cpec'],
      },
      {
        id: 'offer-urumqi',
        when: [atLeast('ladder', 3), atMost('offerActive', 0)],
        reaction: { kind: 'offer-mediation' },
        sources: ['china-cpec', 'mediation-buys-time'],
      },
      {
        id: 'urge-calm',
        when: [atLeast('strikesThisWeek', 1)],
        reaction: { kind: 'urge-restraint' },
        sources: ['china-cpec'],
      },
      {
        id: 'invest',
        when: [atMost('ladder', 1), atLeast('stance', 65, 'warm')],
        chance: 25,
        reaction: { kind: 'invest' },
        sources: ['china-cpec', 'interdependence'],
      },
      {
        id: 'watch',
        when: [],
        reaction: { kind: 'watch' },
        sources: ['china-cpec'],
      },
    ],
  },
  {
    actor: 'iran',
    rules: [
      {
        id: 'take-transit',
        when: [atLeast('closedTradeShare', 50)],
        reaction: { kind: 'transit-gain' },
        sources: ['iran-transit'],
      },
      {
        id: 'push-returns',
        when: [atLeast('ladder', 3)],
        chance: 30,
        reaction: { kind: 'push-returns' },
        sources: ['iran-transit', 'human-cost'],
      },
      {
        id: 'watch',
        when: [],
        reaction: { kind: 'watch' },
        sources: ['iran-transit'],
      },
    ],
  },
  {
    actor: 'qatar',
    rules: [
      {
        id: 'offer-doha',
        when: [atLeast('ladder', 2, 'or-worse'), atMost('truce', 0), atMost('offerActive', 0)],
        reaction: { kind: 'offer-mediation' },
        sources: ['mediation-buys-time', 'gulf-leverage'],
      },
      {
        id: 'press-verification',
        when: [yes('truce'), atMost('verification', 0, 'yet')],
        reaction: { kind: 'urge-verification' },
        sources: ['verification'],
      },
      {
        id: 'watch',
        when: [],
        reaction: { kind: 'watch' },
        sources: ['gulf-leverage'],
      },
    ],
  },
  {
    actor: 'turkiye',
    rules: [
      {
        id: 'press-verification',
        when: [atLeast('talksProgress', 30), atMost('verification', 0, 'yet')],
        reaction: { kind: 'urge-verification' },
        sources: ['verification', 'mediation-buys-time'],
      },
      {
        id: 'offer-istanbul',
        when: [atLeast('ladder', 3), atMost('offerActive', 0)],
        reaction: { kind: 'offer-mediation' },
        sources: ['mediation-buys-time'],
      },
      {
        id: 'watch',
        when: [],
        reaction: { kind: 'watch' },
        sources: ['gulf-leverage'],
      },
    ],
  },
  {
    actor: 'saudi',
    rules: [
      {
        id: 'offer-money',
        when: [atMost('fiscalRoom', 30), atLeast('stance', 55, 'warm'), atMost('offerActive', 0)],
        reaction: { kind: 'offer-funding' },
        sources: ['gulf-leverage', 'fiscal-strain'],
      },
      {
        id: 'offer-riyadh',
        when: [atLeast('ladder', 3), atMost('offerActive', 0)],
        chance: 50,
        reaction: { kind: 'offer-mediation' },
        sources: ['gulf-leverage', 'mediation-buys-time'],
      },
      {
        id: 'watch',
        when: [],
        reaction: { kind: 'watch' },
        sources: ['gulf-leverage'],
      },
    ],
  },
  {
    actor: 'uae',
    rules: [
      {
        id: 'offer-money',
        when: [
          atMost('fiscalRoom', 25),
          atLeast('stance', 50, 'neutral-warm'),
          atMost('offerActive', 0),
        ],
        reaction: { kind: 'offer-funding' },
        sources: ['gulf-leverage'],
      },
      {
        id: 'watch',
        when: [],
        reaction: { kind: 'watch' },
        sources: ['gulf-leverage'],
      },
    ],
  },
  {
    actor: 'un',
    rules: [
      {
        id: 'report-harm',
        when: [atLeast('afghanCiviliansThisWeek', 1)],
        reaction: { kind: 'report-harm' },
        sources: ['un-counts', 'human-cost'],
      },
      {
        id: 'oppose-returns',
        when: [yes('deportedRecently')],
        reaction: { kind: 'criticise-returns' },
        sources: ['un-counts', 'deportations-resentment'],
      },
      {
        id: 'urge-restraint',
        when: [atLeast('ladder', 3)],
        reaction: { kind: 'urge-restraint' },
        sources: ['un-counts'],
      },
      {
        id: 'monitor',
        when: [],
        reaction: { kind: 'watch' },
        sources: ['un-counts'],
      },
    ],
  },
  {
    actor: 'us',
    rules: [
      {
        id: 'designate',
        when: [atLeast('attacksThisWeek', 2), atLeast('stance', 40)],
        chance: 30,
        reaction: { kind: 'designate' },
        sources: ['un-counts'],
      },
      {
        id: 'endorse-strikes',
        when: [atLeast('strikesThisWeek', 1)],
        chance: 50,
        reaction: { kind: 'endorse' },
        sources: ['strikes-restore-deterrence'],
      },
      {
        id: 'watch',
        when: [],
        reaction: { kind: 'watch' },
        sources: ['un-counts'],
      },
    ],
  },
] as const satisfies readonly DoctrineSpec[];

/** The id of a doctrine rule: one of the ids the doctrines declare (ids repeat across actors). */
export type RuleId = (typeof DOCTRINE_TABLE)[number]['rules'][number]['id'];

type KeysOf<D> = D extends { actor: infer A extends string; rules: readonly (infer R)[] }
  ? R extends { id: infer I extends string }
    ? `${A}/${I}`
    : never
  : never;
/** One actor's rule, as "actor/rule" ("ttp/prove-survival"): what the catalogues title. */
export type RuleKey = KeysOf<(typeof DOCTRINE_TABLE)[number]>;

export const DOCTRINES: readonly Doctrine[] = DOCTRINE_TABLE;
