/**
 * The shapes every language's catalogue fills: one entry per id the engine can emit, so a missing
 * entry fails `tsc`. Each entry is a function of the id's figures and the language's tools.
 */
import type {
  ActorId,
  AdviceWords,
  ChanceModifier,
  Condition,
  ConditionWordingFor,
  CrossingId,
  DistrictId,
  EndingFact,
  EndingId,
  EventWords,
  GroupId,
  IntelWords,
  OutcomeWords,
  PowerId,
  ProvinceId,
  ReaderId,
  ReplayProblem,
  RequirementWords,
  ResponseId,
  TargetReasonWords,
  RuleKey,
  RuleId,
  StanceWords,
  TalksHost,
} from '../engine';
import type { Format } from './format';

export interface Names {
  district(id: DistrictId): string;
  /** The province or territory a district lies in: "Khyber Pakhtunkhwa". */
  region(id: DistrictId): string;
  province(id: ProvinceId): string;
  crossing(id: CrossingId): string;
  /** A group's short name: "TTP". */
  group(id: GroupId): string;
  power(id: PowerId): string;
  /** An actor's short name, as the "Why?" card heads it: "TTP", "Kabul", "UAE". */
  actor(id: ActorId): string;
  /** Where a power hosts rounds of talks. */
  talksCity(host: TalksHost): string;
  /** A rung of the escalation ladder: "Armed clashes". */
  rung(level: number): string;
  /** A response's title: "Strike militant camps". */
  response(id: ResponseId): string;
}

/** What a catalogue entry may use: the language's numbers and plurals, and its proper names. */
export type Tools = Format & Names;

/** The member of an id union whose id is K (members may share one entry for several ids). */
export type WordsWithId<U extends { id: string }, K extends U['id']> = U extends unknown
  ? K extends U['id']
    ? U
    : never
  : never;

/** One entry per id of the union U. */
export type EntriesFor<U extends { id: string }, T = Tools> = {
  readonly [K in U['id']]: (words: WordsWithId<U, K>, t: T) => string;
};

export type EventEntries = EntriesFor<EventWords>;
export type OutcomeEntries = EntriesFor<OutcomeWords>;

export type StanceEntries = EntriesFor<StanceWords>;
export type AdviceEntries = EntriesFor<AdviceWords>;

export type RequirementEntries = EntriesFor<RequirementWords>;
export type TargetReasonEntries = EntriesFor<TargetReasonWords>;

/** What the reasons' entries may use besides the tools: the other reasons' words. */
export interface ReasonTools extends Tools {
  requirement(words: RequirementWords): string;
  targetReason(words: TargetReasonWords): string;
}
/** One entry per code of a reason a response, a decision or a replayed week is refused. */
export type UnavailableEntries = {
  readonly [C in ReplayProblem['code']]: (
    words: Extract<ReplayProblem, { code: C }>,
    t: ReasonTools,
  ) => string;
};

/** Each ending's title and summary. */
export type EndingEntries = Readonly<Record<EndingId, { title: string; summary: string }>>;

/** One entry per kind of fact behind an ending. */
export type FactEntries = {
  readonly [K in EndingFact['fact']]: (fact: Extract<EndingFact, { fact: K }>, t: Tools) => string;
};

/** Every doctrine rule's title, by actor and rule: "Strike back to prove it survived". */
export type RuleTitles = Readonly<Record<RuleKey, string>>;

/** A condition's words from its reading, operator, threshold and optional wording. */
export type ConditionEntries = {
  readonly [R in ReaderId]: (
    condition: { op: Condition['op']; value: number; wording?: ConditionWordingFor<R> },
    t: Tools,
  ) => string;
};

/** What the briefing's entries may use besides the tools: a rule as a verb, a rule's signs. */
export interface IntelTools extends Tools {
  /** The rule's title as a verb phrase: "strike back to prove it survived". */
  ruleVerb(actor: ActorId, rule: RuleId): string;
  /** " Signs: a; b." for the conditions a rule waits for, or nothing when it waits for none. */
  signs(conditions: readonly Condition[]): string;
}
export type IntelEntries = EntriesFor<IntelWords, IntelTools>;

export interface WhyPhrases {
  headline(actor: string, title: string | null): string;
  /** A condition with the value read: "its morale is at least 30 (42)". */
  reading(label: string, shown: string): string;
  yes: string;
  no: string;
  /** Why the fallback rule fired. */
  noOtherRule: string;
  modifiers: Readonly<Record<ChanceModifier['id'], string>>;
  modifier(what: string, points: number, t: Tools): string;
  dice(roll: number, chance: number, modifiers: readonly string[], t: Tools): string;
  notSo(title: string, failed: readonly string[]): string;
  diceSaidNo(title: string, roll: number, chance: number, t: Tools): string;
  /** The whole card in one paragraph. */
  inWords(e: {
    headline: string;
    outcome: string;
    because: readonly string[];
    dice: string | null;
  }): string;
}
