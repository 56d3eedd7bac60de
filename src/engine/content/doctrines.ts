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
        title: 'Strike back to prove it survived',
        when: [
          yes('struckRecently', 'it was struck in the last two weeks'),
          atLeast('morale', 30, 'its morale is at least 30'),
          atLeast('strength', 20, 'its strength is at least 20'),
        ],
        chance: 70,
        hostile: true,
        provoked: true,
        reaction: { kind: 'attack', style: 'security' },
        sources: ['retaliation-cycle'],
      },
      {
        id: 'regroup',
        title: 'Fall back to regroup across the line',
        when: [atMost('morale', 44, 'its morale is 44 or less')],
        reaction: { kind: 'regroup' },
        sources: ['retaliation-cycle'],
      },
      {
        id: 'spoil-talks',
        title: 'Attack to wreck the talks',
        when: [
          yes('talksActive', 'talks or a truce are under way'),
          atLeast('strength', 20, 'its strength is at least 20'),
        ],
        chance: 30,
        hostile: true,
        reaction: { kind: 'attack', style: 'spoiler' },
        sources: ['spoilers', 'mediation-buys-time'],
      },
      {
        id: 'hit-soft-police',
        title: 'Hit the police where they are weak',
        when: [
          atMost(
            'weakestPoliceWherePresent',
            45,
            'police are weak (45 or less) somewhere it operates',
          ),
          atLeast('strength', 20, 'its strength is at least 20'),
        ],
        chance: 50,
        hostile: true,
        reaction: { kind: 'attack', style: 'police' },
        sources: ['policing-slow', 'attacks-follow-capability'],
      },
      {
        id: 'recruit-on-grievance',
        title: 'Recruit on grievance',
        when: [atLeast('grievance', 50, 'grievance is at least 50')],
        reaction: { kind: 'recruit' },
        sources: ['strikes-recruit', 'deportations-resentment'],
      },
      {
        id: 'infiltrate',
        title: 'Send fighters across the border',
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
        title: 'Answer the strikes in a city',
        when: [
          yes('struckRecently', 'it was struck in the last two weeks'),
          atLeast('morale', 30, 'its morale is at least 30'),
        ],
        chance: 60,
        hostile: true,
        provoked: true,
        reaction: { kind: 'attack', style: 'urban', districts: CITY_DISTRICTS },
        sources: ['retaliation-cycle', 'urban-spectacle'],
      },
      {
        id: 'urban-spectacle',
        title: 'Stage an urban spectacle',
        when: [
          atLeast('strength', 25, 'its strength is at least 25'),
          atLeast('weeksSinceAttack', 3, 'it has not attacked for 3 weeks or more'),
        ],
        chance: 40,
        hostile: true,
        reaction: { kind: 'attack', style: 'urban', districts: CITY_DISTRICTS },
        sources: ['urban-spectacle', 'attacks-follow-capability'],
      },
      {
        id: 'recruit-on-deportations',
        title: 'Recruit among angry deportees',
        when: [yes('deportedRecently', 'Pakistan accelerated deportations in the last two weeks')],
        reaction: { kind: 'recruit' },
        sources: ['deportations-resentment'],
      },
      {
        id: 'plan',
        title: 'Plan in the shadows and rebuild cells',
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
        title: 'Bomb a Shia or rival religious gathering',
        when: [
          atLeast('strength', 20, 'its strength is at least 20'),
          atLeast('weeksSinceAttack', 3, 'it has not attacked for 3 weeks or more'),
        ],
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
        title: 'Recruit on grievance',
        when: [atLeast('grievance', 42, 'grievance is at least 42')],
        reaction: { kind: 'recruit' },
        sources: ['strikes-recruit'],
      },
      {
        id: 'rebuild',
        title: 'Rebuild its cells',
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
        title: 'Strike back from Waziristan',
        when: [
          yes('struckRecently', 'it was struck in the last two weeks'),
          atLeast('morale', 30, 'its morale is at least 30'),
        ],
        chance: 70,
        hostile: true,
        provoked: true,
        reaction: { kind: 'attack', style: 'security', districts: SOUTH_KP_DISTRICTS },
        sources: ['retaliation-cycle', 'hgb-waziristan'],
      },
      {
        id: 'regroup',
        title: 'Regroup in Khost and Paktika',
        when: [atMost('morale', 36, 'its morale is 36 or less')],
        reaction: { kind: 'regroup' },
        sources: ['hgb-waziristan'],
      },
      {
        id: 'quadcopters',
        title: 'Send quadcopters against police',
        when: [atLeast('strength', 20, 'its strength is at least 20')],
        chance: 40,
        hostile: true,
        reaction: { kind: 'attack', style: 'quadcopter', districts: SOUTH_KP_DISTRICTS },
        sources: ['hgb-waziristan', 'policing-slow', 'attacks-follow-capability'],
      },
      {
        id: 'infiltrate',
        title: 'Move fighters back into Waziristan',
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
        title: 'Attack CPEC and Chinese targets',
        when: [
          atLeast('strength', 25, 'its strength is at least 25'),
          atLeast('weeksSinceAttack', 2, 'it has not attacked for 2 weeks or more'),
        ],
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
        title: 'Exploit an army busy on the western border',
        when: [atLeast('ladder', 4, 'the ladder stands at sustained hostilities or higher')],
        chance: 40,
        hostile: true,
        reaction: { kind: 'attack', style: 'security', districts: BALOCHISTAN_DISTRICTS },
        sources: ['bla-cpec'],
      },
      {
        id: 'recruit-on-grievance',
        title: 'Recruit on grievance',
        when: [atLeast('grievance', 50, 'grievance is at least 50')],
        reaction: { kind: 'recruit' },
        sources: ['bla-cpec'],
      },
      {
        id: 'wait',
        title: 'Wait for an opening and rebuild',
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
        title: 'Declare open war',
        when: [
          atLeast('weeksOfHostilities', 2, 'hostilities have been sustained for 2 weeks or more'),
          atLeast(
            'strikesLastFourWeeks',
            2,
            'Pakistan struck Afghan soil twice or more in four weeks',
          ),
          atLeast('hostility', 85, 'hostility is at least 85'),
          atLeast('hardliners', 70, 'hardliners hold sway (70 or more)'),
        ],
        chance: 35,
        hostile: true,
        provoked: true,
        reaction: { kind: 'open-war' },
        sources: ['open-war-risk', 'hardliners-strengthened', 'miscalculation'],
      },
      {
        id: 'offensive',
        title: 'Launch a retaliatory offensive on border posts',
        when: [
          yes('humiliated', 'Pakistan struck Taliban posts or cities in the last week'),
          atLeast('hostility', 60, 'hostility is at least 60'),
        ],
        chance: 65,
        hostile: true,
        provoked: true,
        reaction: { kind: 'offensive' },
        sources: ['kabul-answers-strikes', 'hardliners-strengthened'],
      },
      {
        id: 'miscalculated-offensive',
        title: 'Let a border clash grow into an offensive',
        when: [
          yes('struckAfghanSoil', 'Pakistan struck Afghan soil in the last week'),
          atLeast(
            'strikesLastFourWeeks',
            2,
            'Pakistan struck Afghan soil twice or more in four weeks',
          ),
          atLeast('hostility', 65, 'hostility is at least 65'),
        ],
        chance: 12,
        hostile: true,
        provoked: true,
        reaction: { kind: 'offensive' },
        sources: ['miscalculation', 'kabul-answers-strikes'],
      },
      {
        id: 'answer-strikes',
        title: 'Answer strikes with fire on border posts',
        when: [
          yes('struckAfghanSoil', 'Pakistan struck Afghan soil in the last week'),
          atLeast('hostility', 40, 'hostility is at least 40'),
        ],
        chance: 60,
        hostile: true,
        provoked: true,
        reaction: { kind: 'border-fire' },
        sources: ['kabul-answers-strikes'],
      },
      {
        id: 'contest-the-line',
        title: 'Fire on fence work or a shut crossing',
        when: [
          yes('borderWorkRecently', 'Pakistan closed a crossing or worked on the fence this week'),
          atLeast('hostility', 50, 'hostility is at least 50'),
        ],
        chance: 20,
        hostile: true,
        reaction: { kind: 'border-fire' },
        sources: ['miscalculation', 'fence-limits'],
      },
      {
        id: 'restrain-ttp',
        title: 'Quietly restrain the TTP',
        when: [
          atLeast('restraint', 45, 'willingness to restrain the TTP is at least 45'),
          atMost('hardliners', 60, 'hardliners are held in check (60 or less)'),
          atLeast('ttpSanctuary', 10, 'the TTP still has sanctuary to lose'),
        ],
        reaction: { kind: 'restrain-ttp' },
        sources: ['kabul-constrained', 'verification'],
      },
      {
        id: 'reject-blame',
        title: 'Reject the blame and hit back with words',
        when: [yes('blamedRecently', 'Pakistan publicly blamed Kabul in the last week')],
        reaction: { kind: 'condemn' },
        sources: ['attribution-fog', 'kabul-constrained'],
      },
      {
        id: 'goodwill',
        title: 'Make a goodwill gesture',
        when: [
          atMost('hostility', 40, 'hostility is 40 or less'),
          atLeast('tradeDependence', 45, 'trade with Pakistan still matters (45 or more)'),
        ],
        reaction: { kind: 'goodwill' },
        sources: ['interdependence'],
      },
      {
        id: 'deny',
        title: 'Deny harbouring anyone',
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
        title: 'Press for quiet after a CPEC attack',
        when: [atLeast('cpecAttacksThisWeek', 1, 'a CPEC target was attacked this week')],
        reaction: { kind: 'urge-restraint' },
        sources: ['china-cpec'],
      },
      {
        id: 'offer-urumqi',
        title: 'Offer to convene trilateral talks',
        when: [
          atLeast('ladder', 3, 'the ladder stands at cross-border strikes or higher'),
          atMost('offerActive', 0, 'it has no standing offer'),
        ],
        reaction: { kind: 'offer-mediation' },
        sources: ['china-cpec', 'mediation-buys-time'],
      },
      {
        id: 'urge-calm',
        title: 'Urge both sides to restraint',
        when: [atLeast('strikesThisWeek', 1, 'there were cross-border strikes this week')],
        reaction: { kind: 'urge-restraint' },
        sources: ['china-cpec'],
      },
      {
        id: 'invest',
        title: 'Reward calm with investment',
        when: [
          atMost('ladder', 1, 'the border is calm (ladder at rhetoric or below)'),
          atLeast('stance', 65, 'its stance is warm (65 or more)'),
        ],
        chance: 25,
        reaction: { kind: 'invest' },
        sources: ['china-cpec', 'interdependence'],
      },
      {
        id: 'watch',
        title: 'Watch and wait',
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
        title: 'Take the Afghan transit trade',
        when: [atLeast('closedTradeShare', 50, 'half or more of the trade crossings are shut')],
        reaction: { kind: 'transit-gain' },
        sources: ['iran-transit'],
      },
      {
        id: 'push-returns',
        title: 'Step up deportations of Afghans',
        when: [atLeast('ladder', 3, 'the ladder stands at cross-border strikes or higher')],
        chance: 30,
        reaction: { kind: 'push-returns' },
        sources: ['iran-transit', 'human-cost'],
      },
      {
        id: 'watch',
        title: 'Watch and wait',
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
        title: 'Offer to host talks in Doha',
        when: [
          atLeast('ladder', 2, 'there are border incidents or worse'),
          atMost('truce', 0, 'there is no ceasefire'),
          atMost('offerActive', 0, 'it has no standing offer'),
        ],
        reaction: { kind: 'offer-mediation' },
        sources: ['mediation-buys-time', 'gulf-leverage'],
      },
      {
        id: 'press-verification',
        title: 'Press Kabul toward verification',
        when: [
          yes('truce', 'a ceasefire holds'),
          atMost('verification', 0, 'there is no verification mechanism yet'),
        ],
        reaction: { kind: 'urge-verification' },
        sources: ['verification'],
      },
      {
        id: 'watch',
        title: 'Watch and wait',
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
        title: 'Press for a monitoring mechanism',
        when: [
          atLeast('talksProgress', 30, 'talks have made progress (30 or more)'),
          atMost('verification', 0, 'there is no verification mechanism yet'),
        ],
        reaction: { kind: 'urge-verification' },
        sources: ['verification', 'mediation-buys-time'],
      },
      {
        id: 'offer-istanbul',
        title: 'Offer to host a round in Istanbul',
        when: [
          atLeast('ladder', 3, 'the ladder stands at cross-border strikes or higher'),
          atMost('offerActive', 0, 'it has no standing offer'),
        ],
        reaction: { kind: 'offer-mediation' },
        sources: ['mediation-buys-time'],
      },
      {
        id: 'watch',
        title: 'Watch and wait',
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
        title: 'Offer deposits to a strained partner',
        when: [
          atMost('fiscalRoom', 30, "Pakistan's fiscal room is 30 or less"),
          atLeast('stance', 55, 'its stance is warm (55 or more)'),
          atMost('offerActive', 0, 'it has no standing offer'),
        ],
        reaction: { kind: 'offer-funding' },
        sources: ['gulf-leverage', 'fiscal-strain'],
      },
      {
        id: 'offer-riyadh',
        title: 'Offer to mediate in Riyadh',
        when: [
          atLeast('ladder', 3, 'the ladder stands at cross-border strikes or higher'),
          atMost('offerActive', 0, 'it has no standing offer'),
        ],
        chance: 50,
        reaction: { kind: 'offer-mediation' },
        sources: ['gulf-leverage', 'mediation-buys-time'],
      },
      {
        id: 'watch',
        title: 'Watch and wait',
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
        title: 'Offer financial support',
        when: [
          atMost('fiscalRoom', 25, "Pakistan's fiscal room is 25 or less"),
          atLeast('stance', 50, 'its stance is at least neutral-warm (50 or more)'),
          atMost('offerActive', 0, 'it has no standing offer'),
        ],
        reaction: { kind: 'offer-funding' },
        sources: ['gulf-leverage'],
      },
      {
        id: 'watch',
        title: 'Keep ties with both capitals',
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
        title: 'Report civilian deaths in Afghanistan',
        when: [
          atLeast(
            'afghanCiviliansThisWeek',
            1,
            'Afghan civilians were killed by strikes this week',
          ),
        ],
        reaction: { kind: 'report-harm' },
        sources: ['un-counts', 'human-cost'],
      },
      {
        id: 'oppose-returns',
        title: 'Oppose forced returns',
        when: [yes('deportedRecently', 'Pakistan accelerated deportations in the last two weeks')],
        reaction: { kind: 'criticise-returns' },
        sources: ['un-counts', 'deportations-resentment'],
      },
      {
        id: 'urge-restraint',
        title: 'Call for de-escalation',
        when: [atLeast('ladder', 3, 'the ladder stands at cross-border strikes or higher')],
        reaction: { kind: 'urge-restraint' },
        sources: ['un-counts'],
      },
      {
        id: 'monitor',
        title: 'Keep counting',
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
        title: 'Add militant leaders to sanctions lists',
        when: [
          atLeast('attacksThisWeek', 2, 'there were two or more attacks this week'),
          atLeast('stance', 40, 'its stance is at least 40'),
        ],
        chance: 30,
        reaction: { kind: 'designate' },
        sources: ['un-counts'],
      },
      {
        id: 'endorse-strikes',
        title: 'Acknowledge a right to self-defence',
        when: [atLeast('strikesThisWeek', 1, 'there were cross-border strikes this week')],
        chance: 50,
        reaction: { kind: 'endorse' },
        sources: ['strikes-restore-deterrence'],
      },
      {
        id: 'watch',
        title: 'Watch from afar',
        when: [],
        reaction: { kind: 'watch' },
        sources: ['un-counts'],
      },
    ],
  },
] as const satisfies readonly DoctrineSpec[];

/** The id of a doctrine rule: one of the ids the doctrines declare (ids repeat across actors). */
export type RuleId = (typeof DOCTRINE_TABLE)[number]['rules'][number]['id'];

export const DOCTRINES: readonly Doctrine[] = DOCTRINE_TABLE;
