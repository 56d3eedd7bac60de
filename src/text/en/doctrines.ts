/**
 * The doctrines in English: each rule's title, and each reading's words for a condition, made from
 * the condition's own data (its reading, operator, threshold and, for a few, a wording), so a
 * threshold changed in the rules is changed in the words too.
 */
import { LADDER_RUNGS } from '../../engine';
import type { ConditionEntries, RuleTitles } from '../catalogue-types';
import type { Tools } from '../catalogue-types';

export const ruleTitles: RuleTitles = {
  'ttp/prove-survival': 'Strike back to prove it survived',
  'ttp/regroup': 'Fall back to regroup across the line',
  'ttp/spoil-talks': 'Attack to wreck the talks',
  'ttp/hit-soft-police': 'Hit the police where they are weak',
  'ttp/recruit-on-grievance': 'Recruit on grievance',
  'ttp/infiltrate': 'Send fighters across the border',
  'jua/prove-survival': 'Answer the strikes in a city',
  'jua/urban-spectacle': 'Stage an urban spectacle',
  'jua/recruit-on-deportations': 'Recruit among angry deportees',
  'jua/plan': 'Plan in the shadows and rebuild cells',
  'iskp/sectarian-massacre': 'Bomb a Shia or rival religious gathering',
  'iskp/recruit-on-grievance': 'Recruit on grievance',
  'iskp/rebuild': 'Rebuild its cells',
  'hgb/prove-survival': 'Strike back from Waziristan',
  'hgb/regroup': 'Regroup in Khost and Paktika',
  'hgb/quadcopters': 'Send quadcopters against police',
  'hgb/infiltrate': 'Move fighters back into Waziristan',
  'bla/hit-cpec': 'Attack CPEC and Chinese targets',
  'bla/exploit-crisis': 'Exploit an army busy on the western border',
  'bla/recruit-on-grievance': 'Recruit on grievance',
  'bla/wait': 'Wait for an opening and rebuild',
  'kabul/open-war': 'Declare open war',
  'kabul/offensive': 'Launch a retaliatory offensive on border posts',
  'kabul/miscalculated-offensive': 'Let a border clash grow into an offensive',
  'kabul/answer-strikes': 'Answer strikes with fire on border posts',
  'kabul/contest-the-line': 'Fire on fence work or a shut crossing',
  'kabul/restrain-ttp': 'Quietly restrain the TTP',
  'kabul/reject-blame': 'Reject the blame and hit back with words',
  'kabul/goodwill': 'Make a goodwill gesture',
  'kabul/deny': 'Deny harbouring anyone',
  'china/protect-cpec': 'Press for quiet after a CPEC attack',
  'china/offer-urumqi': 'Offer to convene trilateral talks',
  'china/urge-calm': 'Urge both sides to restraint',
  'china/invest': 'Reward calm with investment',
  'china/watch': 'Watch and wait',
  'iran/take-transit': 'Take the Afghan transit trade',
  'iran/push-returns': 'Step up deportations of Afghans',
  'iran/watch': 'Watch and wait',
  'qatar/offer-doha': 'Offer to host talks in Doha',
  'qatar/press-verification': 'Press Kabul toward verification',
  'qatar/watch': 'Watch and wait',
  'turkiye/press-verification': 'Press for a monitoring mechanism',
  'turkiye/offer-istanbul': 'Offer to host a round in Istanbul',
  'turkiye/watch': 'Watch and wait',
  'saudi/offer-money': 'Offer deposits to a strained partner',
  'saudi/offer-riyadh': 'Offer to mediate in Riyadh',
  'saudi/watch': 'Watch and wait',
  'uae/offer-money': 'Offer financial support',
  'uae/watch': 'Keep ties with both capitals',
  'un/report-harm': 'Report civilian deaths in Afghanistan',
  'un/oppose-returns': 'Oppose forced returns',
  'un/urge-restraint': 'Call for de-escalation',
  'un/monitor': 'Keep counting',
  'us/designate': 'Add militant leaders to sanctions lists',
  'us/endorse-strikes': 'Acknowledge a right to self-defence',
  'us/watch': 'Watch from afar',
};

type Threshold = { op: '>=' | '<='; value: number };

/** "its morale is at least 30" / "its morale is 44 or less". */
const level =
  (subject: string) =>
  (c: Threshold, t: Tools): string =>
    c.op === '>='
      ? `${subject} is at least ${t.number(c.value)}`
      : `${subject} is ${t.number(c.value)} or less`;

/** A yes/no reading: it holds when it must be yes (at least 1), and must not otherwise. */
const yesNo =
  (yes: string, no: string) =>
  (c: Threshold): string =>
    c.op === '>=' && c.value >= 1 ? yes : no;

/** "at least" or "or less" after a figure in brackets: "(65 or more)". */
const bracket = (c: Threshold, t: Tools) =>
  `(${t.number(c.value)} ${c.op === '>=' ? 'or more' : 'or less'})`;

const SMALL = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const spelled = (value: number, t: Tools) => SMALL[value] ?? t.number(value);
const times = (value: number, t: Tools) =>
  value === 1 ? 'once' : value === 2 ? 'twice' : `${t.number(value)} times`;

const rung = (value: number) => (LADDER_RUNGS[value] ?? String(value)).toLowerCase();
/** The state of the border at each rung, for "… or worse". */
const RUNG_STATE = [
  'the border is calm',
  'there is hostile rhetoric',
  'there are border incidents',
  'there are cross-border strikes',
  'hostilities are sustained',
  'there is open war',
];

/** "there were two or more attacks this week" / "there was an attack this week". */
const thisWeek =
  (one: string, many: (count: string) => string, none: string) =>
  (c: Threshold, t: Tools): string =>
    c.op === '<='
      ? c.value === 0
        ? none
        : `${many(`${t.number(c.value)} or fewer`)}`
      : c.value <= 1
        ? one
        : many(`${spelled(c.value, t)} or more`);

export const conditions: ConditionEntries = {
  strength: level('its strength'),
  morale: level('its morale'),
  grievance: level('grievance'),
  struckRecently: yesNo(
    'it was struck in the last two weeks',
    'it was not struck in the last two weeks',
  ),
  weeksSinceAttack: (c, t) =>
    c.op === '>='
      ? `it has not attacked for ${t.count(c.value, { one: 'week', other: 'weeks' })} or more`
      : `it attacked in the last ${t.count(c.value, { one: 'week', other: 'weeks' })}`,
  weakestPoliceWherePresent: (c, t) =>
    c.op === '<='
      ? `police are weak (${t.number(c.value)} or less) somewhere it operates`
      : `police are at least ${t.number(c.value)} everywhere it operates`,
  stance: (c, t) =>
    c.op === '<='
      ? `its stance is ${t.number(c.value)} or less`
      : c.wording === 'warm'
        ? `its stance is warm ${bracket(c, t)}`
        : c.wording === 'neutral-warm'
          ? `its stance is at least neutral-warm ${bracket(c, t)}`
          : `its stance is at least ${t.number(c.value)}`,
  offerActive: yesNo('it has a standing offer', 'it has no standing offer'),
  ladder: (c) =>
    c.op === '<='
      ? c.value <= 1
        ? `the border is calm (ladder at ${rung(c.value)} or below)`
        : `the ladder stands at ${rung(c.value)} or lower`
      : c.wording === 'or-worse'
        ? `${RUNG_STATE[c.value] ?? `the ladder stands at ${rung(c.value)}`} or worse`
        : `the ladder stands at ${rung(c.value)} or higher`,
  weeksOfHostilities: (c, t) =>
    c.op === '>='
      ? `hostilities have been sustained for ${t.count(c.value, { one: 'week', other: 'weeks' })} or more`
      : `hostilities have lasted ${t.count(c.value, { one: 'week', other: 'weeks' })} or less`,
  talksActive: yesNo('talks or a truce are under way', 'no talks or truce are under way'),
  truce: (c) =>
    c.op === '>=' && c.value >= 1
      ? 'a ceasefire holds'
      : c.wording === 'lapsed'
        ? 'the ceasefire has lapsed'
        : 'there is no ceasefire',
  talksProgress: (c, t) =>
    c.op === '>='
      ? `talks have made progress ${bracket(c, t)}`
      : `talks have not gone far ${bracket(c, t)}`,
  verification: (c) =>
    c.op === '>=' && c.value >= 1
      ? 'a verification mechanism is working'
      : c.wording === 'yet'
        ? 'there is no verification mechanism yet'
        : 'there is no verification mechanism',
  deportedRecently: yesNo(
    'Pakistan accelerated deportations in the last two weeks',
    'Pakistan did not accelerate deportations in the last two weeks',
  ),
  fiscalRoom: level("Pakistan's fiscal room"),
  attacksThisWeek: thisWeek(
    'there was an attack this week',
    (count) => `there were ${count} attacks this week`,
    'there were no attacks this week',
  ),
  strikesThisWeek: thisWeek(
    'there were cross-border strikes this week',
    (count) => `there were ${count} cross-border strikes this week`,
    'there were no cross-border strikes this week',
  ),
  strikesLastFourWeeks: (c, t) =>
    c.op === '>='
      ? `Pakistan struck Afghan soil ${times(c.value, t)} or more in four weeks`
      : `Pakistan struck Afghan soil ${times(c.value, t)} or less in four weeks`,
  borderWorkRecently: yesNo(
    'Pakistan closed a crossing or worked on the fence this week',
    'Pakistan neither closed a crossing nor worked on the fence this week',
  ),
  afghanCiviliansThisWeek: thisWeek(
    'Afghan civilians were killed by strikes this week',
    (count) => `${count} Afghan civilians were killed by strikes this week`,
    'no Afghan civilians were killed by strikes this week',
  ),
  cpecAttacksThisWeek: thisWeek(
    'a CPEC target was attacked this week',
    (count) => `${count} CPEC targets were attacked this week`,
    'no CPEC target was attacked this week',
  ),
  closedTradeShare: (c, t) =>
    `${c.value === 50 ? 'half' : `${t.number(c.value)}%`} ${c.op === '>=' ? 'or more' : 'or less'} of the trade crossings are shut`,
  majorClosureWeeks: (c, t) =>
    `Torkham or Chaman has been shut ${t.count(c.value, { one: 'week', other: 'weeks' })} ${c.op === '>=' ? 'or more' : 'or less'}`,
  struckAfghanSoil: yesNo(
    'Pakistan struck Afghan soil in the last week',
    'Pakistan did not strike Afghan soil in the last week',
  ),
  capitalStruck: yesNo(
    'Pakistan struck Kabul this week',
    'Pakistan did not strike Kabul this week',
  ),
  humiliated: yesNo(
    'Pakistan struck Taliban posts or cities in the last week',
    'Pakistan did not strike Taliban posts or cities in the last week',
  ),
  blamedRecently: yesNo(
    'Pakistan publicly blamed Kabul in the last week',
    'Pakistan did not publicly blame Kabul in the last week',
  ),
  hostility: (c, t) =>
    c.op === '<=' && c.wording === 'not-extreme'
      ? `Kabul's hostility is not extreme ${bracket(c, t)}`
      : level('hostility')(c, t),
  hardliners: (c, t) =>
    c.op === '>='
      ? `hardliners hold sway ${bracket(c, t)}`
      : `hardliners are held in check ${bracket(c, t)}`,
  restraint: level('willingness to restrain the TTP'),
  tradeDependence: (c, t) =>
    c.op === '>='
      ? `trade with Pakistan still matters ${bracket(c, t)}`
      : `trade with Pakistan matters little ${bracket(c, t)}`,
  ttpSanctuary: (c, t) =>
    c.op === '>='
      ? 'the TTP still has sanctuary to lose'
      : `the TTP's sanctuary is ${t.number(c.value)} or less`,
};
