/**
 * The week's briefing (game.md §4, step 1): intelligence forecasts with a stated confidence, and the
 * headlines of last week. A forecast previews an actor's doctrine on the state as it stands, as if
 * Islamabad did nothing this week: the first rule whose conditions hold is its likely move. No dice
 * are rolled, so a forecast never reveals a roll or an outcome; it says what the rules point to.
 * Confidence comes from intelligence coverage across the line, and a thin picture reads vaguer.
 */
import { GROUPS } from './content/actors';
import { DIFFICULTY } from './content/difficulty';
import { DISTRICTS } from './content/districts';
import { DOCTRINES } from './content/doctrines';
import { holds } from './conditions';
import { withScope } from './doctrine-runner';
import type { Rule } from './doctrine-types';
import {
  DISTRICT_IDS,
  GROUP_IDS,
  PROVINCE_IDS,
  type ActorId,
  type DistrictId,
  type GroupId,
  type ProvinceId,
} from './ids';
import { emptyCounters } from './state';
import type { GameState, WeekEvent, WeekEventKind, WeekReport } from './types';

export type Confidence = 'low' | 'medium' | 'high';

export interface IntelReport {
  text: string;
  confidence: Confidence;
  /** A militant group, Kabul (the Taliban authorities), or a district. */
  about: GroupId | 'kabul' | DistrictId | ProvinceId;
}

export interface Briefing {
  /** Three to six forecasts, the most pressing first. */
  intelligence: IntelReport[];
  /** The most important events of last week, most important first (none before the first week). */
  headlines: WeekEvent[];
}

/** Coverage (0..100) to confidence: 55 or more is high, 35 or more medium. */
function confidenceOf(coverage: number): Confidence {
  return coverage >= 55 ? 'high' : coverage >= 35 ? 'medium' : 'low';
}

/** The actor's likely move: the first rule whose conditions hold (every doctrine ends with a fallback). */
function likelyRule(state: GameState, actor: ActorId): Rule {
  const doctrine = DOCTRINES.find((d) => d.actor === actor);
  const rule =
    doctrine &&
    withScope<Rule | undefined>(
      doctrine,
      ({ rules, read }) =>
        rules.find((r) => r.when.every((c) => holds(c, read(state, c.read)))) ??
        rules[rules.length - 1],
    );
  if (!rule) throw new Error(`No doctrine for ${actor}.`);
  return rule;
}

/** "will", "is likely to" or "may": how firmly the rule acts, never the dice themselves. */
function modal(state: GameState, rule: Rule): string {
  if (rule.chance === undefined) return 'will';
  const aggression = rule.hostile ? DIFFICULTY[state.difficulty].aggression : 0;
  return rule.chance + aggression >= 50 ? 'is likely to' : 'may';
}

const verbOf = (rule: Rule) => `${rule.title.charAt(0).toLowerCase()}${rule.title.slice(1)}`;
const move = (state: GameState, rule: Rule) => `${modal(state, rule)} ${verbOf(rule)}`;
const signs = (rule: Rule) =>
  rule.when.length > 0 ? ` Signs: ${rule.when.map((c) => c.label).join('; ')}.` : '';

/** Where an attack would most likely land: the engine's target choice without its random spread. */
function likelyTarget(state: GameState, group: GroupId, rule: Rule): DistrictId | null {
  if (rule.reaction.kind !== 'attack') return null;
  const { districts, style } = rule.reaction;
  const minimum = districts ? 3 : 10;
  let best: DistrictId | null = null;
  let bestScore = -1;
  for (const id of districts ?? DISTRICT_IDS) {
    const place = state.districts[id];
    if (place.presence[group] < minimum) continue;
    const defence = style === 'police' || style === 'quadcopter' ? place.police : place.security;
    const score = place.presence[group] * 2 + (100 - defence);
    if (score > bestScore) [best, bestScore] = [id, score];
  }
  return best;
}

const average = (values: readonly number[]) =>
  values.length === 0 ? 0 : Math.trunc(values.reduce((a, b) => a + b, 0) / values.length);

/** Coverage of a group: the average intel of the provinces where it has sanctuary (10 or more). */
function coverageOf(state: GameState, group: GroupId): number {
  const havens = PROVINCE_IDS.filter((p) => state.provinces[p].sanctuary[group] >= 10);
  return average((havens.length > 0 ? havens : PROVINCE_IDS).map((p) => state.provinces[p].intel));
}

function groupReport(state: GameState, group: GroupId): IntelReport & { attack: boolean } {
  const rule = likelyRule(state, group);
  const confidence = confidenceOf(coverageOf(state, group));
  const short = GROUPS[group].short;
  const attack = rule.reaction.kind === 'attack';
  const target = likelyTarget(state, group, rule);
  let text = attack
    ? `Unconfirmed reports: ${short} may be preparing to ${verbOf(rule)}; where, and whether, is unclear.`
    : `Sources on ${short} are thin; it seems to ${verbOf(rule)}.`;
  if (confidence !== 'low') {
    let where = '';
    if (attack && !target) where = ', though it lacks a foothold where it wants to strike';
    else if (target && confidence === 'medium') where = `, probably in ${DISTRICTS[target].region}`;
    else if (target) {
      const place = state.districts[target];
      where = `; ${DISTRICTS[target].name} looks most exposed (${short} presence ${place.presence[group]}, police ${place.police}, security ${place.security})`;
    }
    text = `${short} ${move(state, rule)}${where}.${confidence === 'high' ? signs(rule) : ''}`;
  }
  return { text, confidence, about: group, attack };
}

function kabulReport(state: GameState): IntelReport {
  const confidence = confidenceOf(average(PROVINCE_IDS.map((p) => state.provinces[p].intel)));
  const rule = likelyRule(state, 'kabul');
  if (confidence === 'low')
    return {
      text: `Kabul's next move is hard to read; ${rule.hostile ? 'some reports speak of retaliation' : 'no retaliation is reported in preparation'}.`,
      confidence,
      about: 'kabul',
    };
  // What a strike on Afghan soil this week would change: the retaliation cycle, forecast.
  const nangarhar = { ...state.provinces.nangarhar, lastStruckWeek: state.week };
  const struck = likelyRule({ ...state, provinces: { ...state.provinces, nangarhar } }, 'kabul');
  const ifStruck =
    struck === rule ? '' : ` If we strike across the line this week, it ${move(state, struck)}.`;
  return {
    text: `On its present course, Kabul ${move(state, rule)}.${confidence === 'high' ? signs(rule) : ''}${ifStruck}`,
    confidence,
    about: 'kabul',
  };
}

/** The district where militant presence most outweighs police and security; locals' trust sets confidence. */
function districtReport(state: GameState): IntelReport {
  const presence = (id: DistrictId) =>
    GROUP_IDS.reduce((sum, g) => sum + state.districts[id].presence[g], 0);
  const threat = (id: DistrictId) =>
    presence(id) - Math.trunc((state.districts[id].police + state.districts[id].security) / 2);
  const id = [...DISTRICT_IDS].sort((a, b) => threat(b) - threat(a))[0]!;
  const place = state.districts[id];
  const lead = GROUP_IDS.reduce((a, b) => (place.presence[b] > place.presence[a] ? b : a));
  const confidence = confidenceOf(place.trust);
  const name = DISTRICTS[id].name;
  const text =
    confidence === 'low'
      ? `${name} looks the most exposed district, but local sources are few (trust ${place.trust}); militant strength there is hard to gauge.`
      : `${name} is the most exposed district: militant presence ${presence(id)} (mostly ${GROUPS[lead].short}) against police ${place.police} and security ${place.security}.`;
  return { text, confidence, about: id };
}

const KIND_WEIGHT: Record<WeekEventKind, number> = {
  attack: 10,
  strike: 9,
  incident: 8,
  truce: 7,
  operation: 6,
  talks: 5,
  closure: 5,
  reopening: 5,
  attribution: 4,
  displacement: 4,
  deportation: 4,
  statement: 3,
  trade: 3,
  policy: 1,
};
/** Deaths weigh most, then the kind of event. */
const importance = (event: WeekEvent) => 2 * (event.deaths ?? 0) + KIND_WEIGHT[event.kind];

/** Last week's three to five most important events; routine ones only to fill up to three. */
function headlinesOf(report: WeekReport | undefined): WeekEvent[] {
  if (!report) return [];
  const ranked = [...report.events].sort(
    (a, b) => importance(b) - importance(a) || a.order - b.order,
  );
  const top = ranked.slice(0, 5);
  while (top.length > 3 && importance(top[top.length - 1]!) < 5) top.pop();
  return top;
}

/**
 * The briefing for the week about to be decided: forecasts for the (up to four) most pressing
 * militant groups (those set to attack first), Kabul and the most exposed district, and last
 * week's headlines.
 */
export function briefingFor(state: GameState, lastReport?: WeekReport): Briefing {
  // Doctrines run on a fresh week: last week's counters do not carry into this week's reactions.
  const calm: GameState = { ...state, thisWeek: emptyCounters() };
  const strength = (report: IntelReport) => state.groups[report.about as GroupId].strength;
  const groups = GROUP_IDS.map((group) => groupReport(calm, group))
    .sort((a, b) => Number(b.attack) - Number(a.attack) || strength(b) - strength(a))
    .slice(0, 4);
  const plain = ({ text, confidence, about }: IntelReport): IntelReport => ({
    text,
    confidence,
    about,
  });
  return {
    intelligence: [
      ...groups.filter((g) => g.attack).map(plain),
      kabulReport(calm),
      districtReport(calm),
      ...groups.filter((g) => !g.attack).map(plain),
    ],
    headlines: headlinesOf(lastReport),
  };
}
