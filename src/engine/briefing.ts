/**
 * The week's briefing (game.md §4, step 1): intelligence forecasts with a stated confidence, and the
 * headlines of last week. A forecast previews an actor's doctrine on the state as it stands, as if
 * Islamabad did nothing this week: the first rule whose conditions hold is its likely move. No dice
 * are rolled, so a forecast never reveals a roll or an outcome; it says what the rules point to.
 * Confidence comes from intelligence coverage across the line, and a thin picture reads vaguer.
 */
import { DIFFICULTY } from './content/difficulty';
import { DOCTRINES } from './content/doctrines';
import { holds } from './conditions';
import { withScope } from './doctrine-runner';
import type { RuleId } from './content/doctrines';
import type { Condition, Rule } from './doctrine-types';
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
/** How firmly a forecast speaks: "will", "is likely to" or "may" (never the dice themselves). */
export type Modal = 'will' | 'likely' | 'may';

/** The district a group's attack would most likely hit, with the figures that make it exposed. */
export interface ExposedDistrict {
  district: DistrictId;
  presence: number;
  police: number;
  security: number;
}

/**
 * What a forecast says, as ids and figures (src/text words it). A forecast names the doctrine
 * rule it points to and, at high confidence, the signs that rule waits for.
 */
export type IntelWords =
  | {
      id: 'group';
      group: GroupId;
      rule: RuleId;
      confidence: Confidence;
      attack: boolean;
      modal: Modal;
      target: ExposedDistrict | null;
      signs: readonly Condition[];
    }
  | {
      id: 'kabul';
      rule: RuleId;
      confidence: Confidence;
      hostile: boolean;
      modal: Modal;
      signs: readonly Condition[];
      /** Where a strike across the line this week would turn Kabul to another rule. */
      ifStruck: { rule: RuleId; modal: Modal } | null;
    }
  | {
      id: 'district';
      district: DistrictId;
      confidence: Confidence;
      trust: number;
      presence: number;
      lead: GroupId;
      police: number;
      security: number;
    };

export interface IntelReport {
  words: IntelWords;
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

/** How firmly the rule acts, never the dice themselves. */
function modal(state: GameState, rule: Rule): Modal {
  if (rule.chance === undefined) return 'will';
  const aggression = rule.hostile ? DIFFICULTY[state.difficulty].aggression : 0;
  return rule.chance + aggression >= 50 ? 'likely' : 'may';
}

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
  const attack = rule.reaction.kind === 'attack';
  const district = likelyTarget(state, group, rule);
  const place = district && state.districts[district];
  const target = place
    ? { district, presence: place.presence[group], police: place.police, security: place.security }
    : null;
  const words: IntelWords = {
    id: 'group',
    group,
    rule: rule.id,
    confidence,
    attack,
    modal: modal(state, rule),
    target,
    signs: rule.when,
  };
  return { words, confidence, about: group, attack };
}

function kabulReport(state: GameState): IntelReport {
  const confidence = confidenceOf(average(PROVINCE_IDS.map((p) => state.provinces[p].intel)));
  const rule = likelyRule(state, 'kabul');
  // What a strike on Afghan soil this week would change: the retaliation cycle, forecast.
  const nangarhar = { ...state.provinces.nangarhar, lastStruckWeek: state.week };
  const struck = likelyRule({ ...state, provinces: { ...state.provinces, nangarhar } }, 'kabul');
  const words: IntelWords = {
    id: 'kabul',
    rule: rule.id,
    confidence,
    hostile: rule.hostile === true,
    modal: modal(state, rule),
    signs: rule.when,
    ifStruck: struck === rule ? null : { rule: struck.id, modal: modal(state, struck) },
  };
  return { words, confidence, about: 'kabul' };
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
  const words: IntelWords = {
    id: 'district',
    district: id,
    confidence,
    trust: place.trust,
    presence: presence(id),
    lead,
    police: place.police,
    security: place.security,
  };
  return { words, confidence, about: id };
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
  const plain = ({ words, confidence, about }: IntelReport): IntelReport => ({
    words,
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
