/**
 * The shape of a game: its state, a turn's decisions, and the week's report. Every number in the
 * state is an integer, so the fingerprint is the same in Node and in every browser.
 */
import type {
  ActorId,
  CrossingId,
  Difficulty,
  DistrictId,
  GroupId,
  MeterId,
  PowerId,
  ProvinceId,
  ScenarioId,
} from './ids';
import type { RuleId } from './content/doctrines';
import type { EventId } from './content/events';
import type { ResponseId } from './content/responses';
import type { Target } from './response-types';
import type { Condition } from './doctrine-types';
import type { EventWords } from './event-words';
import type { OutcomeWords } from './outcome-words';

/** A value in 0..100 unless said otherwise. */
type Level = number;

export interface DistrictState {
  /** Militant presence by group. */
  presence: Record<GroupId, Level>;
  /** State security and control. */
  security: Level;
  trust: Level;
  police: Level;
  economy: Level;
  /** People displaced from the district, now. */
  displaced: number;
  /** Civilians killed in the district since the game began. */
  civilianHarm: number;
  /** Weeks of counter-drone cover left. */
  counterDroneWeeks: number;
  /** Weeks of curfew left. */
  curfewWeeks: number;
}

export interface ProvinceState {
  /** Sanctuary strength by group. */
  sanctuary: Record<GroupId, Level>;
  /** Pakistani intelligence coverage across the line. */
  intel: Level;
  /** Afghan civilians killed by strikes in the province since the game began. */
  civilianHarm: number;
  /** The week this province was last struck (NEVER if never). */
  lastStruckWeek: number;
}

export interface CrossingState {
  open: boolean;
  /** Weeks closed in a row (0 when open). */
  closedWeeks: number;
}

export interface GroupState {
  strength: Level;
  morale: Level;
  funding: Level;
  recruitment: Level;
  grievance: Level;
  /** The week the group was last struck by Pakistan (NEVER if never) ("prove we survived"). */
  lastStruckWeek: number;
  /** The week of the group's last attack (NEVER if never). */
  lastAttackWeek: number;
  /** The week of the group's last attack that got through (NEVER if never). */
  lastHitWeek: number;
  /** The week Pakistan last acted against the group itself or where it operates (NEVER if never). */
  lastPressedWeek: number;
}

export interface KabulState {
  hostility: Level;
  /** Willingness to restrain the TTP. */
  restraint: Level;
  hardliners: Level;
  /** How much Afghan trade depends on Pakistan (falls as trade moves to Iran). */
  tradeDependence: Level;
  /** The week Pakistan last publicly blamed Kabul (NEVER if never). */
  lastBlamedWeek: number;
  /** The week Pakistani strikes last hit Taliban posts or cities (NEVER if never). */
  lastHumiliatedWeek: number;
  /** The week of the last public blame that has already cost Pakistan credibility (NEVER if never). */
  blameChargedWeek: number;
  /** The week Pakistan last shut a crossing or worked on the fence (NEVER if never). */
  lastBorderWorkWeek: number;
  /** The week Kabul last quietly restrained the TTP (NEVER if never). */
  lastRestrainedWeek: number;
}

export interface PowerState {
  /** Stance toward Pakistan: 0 hostile, 50 neutral, 100 supportive. */
  stance: Level;
  /** The last week this power's standing offer holds, 0 if none. */
  offerUntil: number;
  offer: 'none' | 'mediation' | 'funding';
}

export interface DiplomacyState {
  talksProgress: Level;
  /** Weeks of ceasefire left, 0 when none. */
  truceWeeks: number;
  verification: boolean;
  /** A verification mechanism was agreed once but is suspended after a unilateral strike. */
  verificationSuspended: boolean;
  /** The mediator of the current track, or none. */
  mediator: PowerId | 'none';
  /** The week talks were last held (NEVER if never). */
  lastTalksWeek: number;
}

/** A slow programme started by a response, paying out each week while it runs. */
interface Programme {
  response: ResponseId;
  target: DistrictId | ProvinceId | 'none';
  weeksLeft: number;
}

/** An attack whose author is not yet publicly known. */
interface PendingAttribution {
  attackId: number;
  /** The week the attack happened. */
  attackWeek: number;
  district: DistrictId;
  author: GroupId;
  /** Who is said to be behind it now. */
  claimedBy: GroupId | 'none';
  revealWeek: number;
}

/** The human and material cost of the crisis so far: the scorecard's raw counts. */
export interface Tally {
  civiliansPakistan: number;
  civiliansAfghanistan: number;
  police: number;
  soldiers: number;
  militants: number;
  /** Militant attacks attempted, foiled ones included. */
  attacks: number;
  /** Attacks foiled by the security forces (counted in `attacks` too). */
  foiled: number;
  /** People displaced in Pakistan at any time (cumulative). */
  displaced: number;
  /** Afghans displaced by strikes and fighting on the Afghan side (cumulative). */
  afghanDisplaced: number;
  /** Afghan Taliban fighters killed in clashes and strikes on their posts. */
  afghanCombatants: number;
  /** Afghans returned from Pakistan, by the steady flow and by drives. */
  deportations: number;
  /** Afghans deported from Iran over the same weeks. */
  iranDeportations: number;
  /** Pakistani trade lost to closures, in millions of US dollars. */
  tradeLostMillions: number;
  /** Afghan traders' losses to closures, in millions of US dollars. */
  afghanTradeLostMillions: number;
  ladderPeak: number;
}

/** Running counts for the week being resolved; reset at the start of every turn. */
export interface WeekCounters {
  /** Attacks attempted, foiled ones included. */
  attacks: number;
  foiled: number;
  /** Pakistanis (civilians, police, soldiers) killed by militants and by fire from across the line. */
  harm: number;
  strikes: number;
  deaths: number;
  civiliansAfghanistan: number;
  /** Border incidents and clashes with Taliban forces. */
  incidents: number;
  cpecAttacks: number;
}

/** One week's line in the game's history, kept for endings, debriefs and charts. */
export interface WeekRecord {
  week: number;
  meters: Record<MeterId, Level>;
  ladder: number;
  /** Attacks attempted, foiled ones included. */
  attacks: number;
  foiled: number;
  /** Pakistanis killed by militants and by fire from across the line. */
  harm: number;
  strikes: number;
  deaths: number;
  incidents: number;
  /** The militant groups' strength, summed, at the end of the week. */
  militantStrength: number;
}

export type EndingId =
  | 'open-war'
  | 'loss-of-confidence'
  | 'fiscal-crisis'
  | 'strategic-reset'
  | 'fragile-containment'
  | 'forever-frontier';
export type Grade = 'good' | 'mixed' | 'bad';

/**
 * One fact behind an ending, as an id with its figures; the words are written outside the state
 * (src/text), so changing them never changes a fingerprint.
 */
export type EndingFact =
  | { fact: 'kabul-at-war'; hostility: number; hardliners: number }
  | { fact: 'pressure-crisis'; weeks: number; pressure: number }
  | { fact: 'cohesion-collapse'; cohesion: number; pressure: number }
  | { fact: 'deterrence-worn'; deterrence: number }
  | { fact: 'treasury-dry'; fiscalRoom: number; tradeLost: number }
  | { fact: 'closing-attacks'; weeks: number; through: number; foiled: number; leftAlone: number }
  | { fact: 'closing-harm'; weeks: number; harm: number; leftAlone: number }
  | { fact: 'militant-strength'; opening: number; closing: number }
  | { fact: 'verification'; working: boolean; suspended: boolean }
  | { fact: 'crossings'; open: boolean }
  | { fact: 'ladder-now'; rung: number; pressure: number }
  | { fact: 'legitimacy'; legitimacy: number; enough: boolean }
  | { fact: 'ladder-peak'; peak: number; rung: number }
  | {
      fact: 'toll';
      attacks: number;
      foiled: number;
      civiliansPakistan: number;
      civiliansAfghanistan: number;
      police: number;
      soldiers: number;
    };

export interface Ending {
  id: EndingId;
  grade: Grade;
  week: number;
  /** The facts that led here, as ids and figures. */
  causes: EndingFact[];
}

export interface GameState {
  rulesVersion: number;
  scenario: ScenarioId;
  difficulty: Difficulty;
  seed: number;
  /** The week about to be decided, from 1. After the last week it is maxWeeks + 1. */
  week: number;
  maxWeeks: number;
  /** The seeded generator's state. */
  rng: number;
  nextAttackId: number;
  /** The militant groups' strength, summed, when the game began (the grade reads its trend). */
  openingStrength: number;
  meters: Record<MeterId, Level>;
  ladder: number;
  /** Weeks in a row with no strike, clash or border incident (the ladder cools after a while). */
  quietWeeks: number;
  /** Weeks in a row that public pressure has stood at the breaking point. */
  pressureCrisisWeeks: number;
  districts: Record<DistrictId, DistrictState>;
  provinces: Record<ProvinceId, ProvinceState>;
  crossings: Record<CrossingId, CrossingState>;
  groups: Record<GroupId, GroupState>;
  kabul: KabulState;
  powers: Record<PowerId, PowerState>;
  diplomacy: DiplomacyState;
  /** Response id → the first week it may be used again. */
  cooldowns: Partial<Record<ResponseId, number>>;
  programmes: Programme[];
  pendingAttributions: PendingAttribution[];
  /** The weeks deportations were last accelerated and paused (NEVER if never). */
  deportationsAcceleratedWeek: number;
  deportationsPausedWeek: number;
  firedEvents: EventId[];
  thisWeek: WeekCounters;
  tally: Tally;
  history: WeekRecord[];
  ending: Ending | null;
}

/** One choice of the player for the week, as it comes from a person, a file or a link (unchecked). */
export interface Decision {
  response: string;
  target?: string;
}

/**
 * A decision validateDecisions accepted: a response the content declares and, when it takes one,
 * a district or province that suits it.
 */
export interface ValidDecision {
  response: ResponseId;
  target?: Target;
}

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** What changed, on what, and why. Every state change in a turn is recorded as one of these. */
export interface Change {
  /** 'national', 'ladder', 'district:<id>', 'province:<id>', 'group:<id>', 'kabul', 'power:<id>', 'crossing:<id>', 'diplomacy'. */
  subject: string;
  field: string;
  delta: number;
  /** 'response:<id>', 'rule:<actor>/<rule>', 'event:<id>', 'drift:<name>'. */
  cause: string;
}

export type WeekEventKind =
  | 'strike'
  | 'attack'
  | 'operation'
  | 'closure'
  | 'reopening'
  | 'talks'
  | 'truce'
  | 'displacement'
  | 'deportation'
  | 'statement'
  | 'attribution'
  | 'policy'
  | 'trade'
  | 'incident';

export interface WeekEvent {
  order: number;
  kind: WeekEventKind;
  actor: ActorId | 'pakistan' | 'world';
  /** What happened, as an id and its figures; src/text words it. */
  words: EventWords;
  district?: DistrictId;
  province?: ProvinceId;
  crossing?: CrossingId;
  /** Deaths this event caused, if any. */
  deaths?: number;
  /** The response, rule or event behind it. */
  cause: string;
}

export interface ConditionCheck {
  /** The condition as the rule states it (src/text words it from its data). */
  condition: Condition;
  /** The value read from the state. */
  value: number;
  passed: boolean;
}

/** What moved a rule's chance from its base, in percentage points. */
export interface ChanceModifier {
  id:
    | 'difficulty'
    | 'capability'
    | 'foothold'
    | 'sanctuary'
    | 'deterrence'
    | 'kabul-restraint'
    | 'interdependence';
  points: number;
}

export interface RuleCheck {
  rule: RuleId;
  conditions: ConditionCheck[];
  /** The dice, when the rule rolls: percent chance and the roll (fires when roll < chance). */
  dice?: { chance: number; roll: number; modifiers: ChanceModifier[] };
  fired: boolean;
}

/** The record behind one actor's "Why?" card. */
export interface ActorTrace {
  actor: ActorId;
  checks: RuleCheck[];
  /** The rule that fired, always present: every doctrine ends with a fallback. */
  fired: RuleId | 'none';
  /** What the reaction did, as an id and its figures (src/text words it). */
  outcome: OutcomeWords;
}

export interface WeekReport {
  week: number;
  decisions: ValidDecision[];
  events: WeekEvent[];
  changes: Change[];
  traces: ActorTrace[];
  metersBefore: Record<MeterId, Level>;
  metersAfter: Record<MeterId, Level>;
  ladderBefore: number;
  ladderAfter: number;
  ending: Ending | null;
}
