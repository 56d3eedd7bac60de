/**
 * The shape of a doctrine: an actor's ordered rules, each a set of named conditions and a reaction.
 * Each kind of actor (militant group, Kabul, regional power) has its own readings and reactions,
 * so a rule can only name what its actor can read and do.
 */
import type { RuleId } from './content/doctrines';
import type { ClaimId } from './content/sources';
import type { AttackStyle } from './effects';
import { GROUP_IDS, POWER_IDS, type DistrictId, type GroupId, type PowerId } from './ids';
import type { ReaderId, ReaderIdFor, Scope } from './readers';

/**
 * The few readings whose conditions may ask for another wording than their reading's usual one
 * (the catalogues word every condition from its reading, operator and threshold).
 */
export interface ConditionWordings {
  /** "hostilities are sustained or worse" rather than "the ladder stands at … or higher". */
  ladder: 'or-worse';
  /** "its stance is warm (65 or more)". */
  stance: 'warm' | 'neutral-warm';
  /** "the ceasefire has lapsed" rather than "there is no ceasefire". */
  truce: 'lapsed';
  /** "there is no verification mechanism yet". */
  verification: 'yet';
  /** "Kabul's hostility is not extreme (80 or less)". */
  hostility: 'not-extreme';
}
export type ConditionWordingFor<R extends ReaderId> = R extends keyof ConditionWordings
  ? ConditionWordings[R]
  : never;

/** A reading compared with a threshold; src/text words it from exactly these fields. */
export interface Condition<Read extends ReaderId = ReaderId> {
  read: Read;
  op: '>=' | '<=';
  value: number;
  wording?: ConditionWordingFor<Read>;
}

/** What a militant group can do. */
export type GroupReaction =
  | { kind: 'attack'; style: AttackStyle; districts?: readonly DistrictId[] }
  | { kind: 'recruit' }
  | { kind: 'regroup' }
  | { kind: 'infiltrate' }
  | { kind: 'lie-low' };

/** What Kabul can do. */
export type KabulReaction =
  | { kind: 'border-fire' }
  | { kind: 'offensive' }
  | { kind: 'open-war' }
  | { kind: 'restrain-ttp' }
  | { kind: 'condemn' }
  | { kind: 'goodwill' }
  | { kind: 'deny' };

/** What a regional power or institution can do. */
export type PowerReaction =
  | { kind: 'offer-mediation' }
  | { kind: 'offer-funding' }
  | { kind: 'urge-restraint' }
  | { kind: 'urge-verification' }
  | { kind: 'transit-gain' }
  | { kind: 'push-returns' }
  | { kind: 'report-harm' }
  | { kind: 'criticise-returns' }
  | { kind: 'designate' }
  | { kind: 'endorse' }
  | { kind: 'invest' }
  | { kind: 'watch' };

export type Reaction = GroupReaction | KabulReaction | PowerReaction;

/** The reactions open to a kind of actor. */
export type ReactionFor<S extends Scope> =
  | (S extends 'group' ? GroupReaction : never)
  | (S extends 'kabul' ? KabulReaction : never)
  | (S extends 'power' ? PowerReaction : never);

export interface Rule<Id extends string = RuleId, S extends Scope = Scope> {
  id: Id;
  when: readonly Condition<ReaderIdFor<S>>[];
  /** Percent chance the rule fires once its conditions hold; absent means it always fires. */
  chance?: number;
  /**
   * Hostile rules get the difficulty's aggression added to their chance, and lose chance to
   * deterrence unless they are `provoked`; a militant group's hostile rules also follow its
   * capability, footholds and sanctuary (doctrine-runner.ts, chanceModifiers).
   */
  hostile?: boolean;
  /** An answer to something Pakistan did (a strike): deterrence does not hold it back. */
  provoked?: boolean;
  reaction: ReactionFor<S>;
  sources: readonly ClaimId[];
}

interface DoctrineOf<Actor, S extends Scope, Id extends string> {
  actor: Actor;
  /** Checked in order; the first rule whose conditions hold (and whose dice succeed) fires. The last has no conditions. */
  rules: readonly Rule<Id, S>[];
}

export type GroupDoctrine<Id extends string = RuleId> = DoctrineOf<GroupId, 'group', Id>;
export type KabulDoctrine<Id extends string = RuleId> = DoctrineOf<'kabul', 'kabul', Id>;
export type PowerDoctrine<Id extends string = RuleId> = DoctrineOf<PowerId, 'power', Id>;
export type Doctrine<Id extends string = RuleId> =
  GroupDoctrine<Id> | KabulDoctrine<Id> | PowerDoctrine<Id>;

/** How the content table declares a doctrine, before its rule ids join the RuleId union. */
export type DoctrineSpec = Doctrine<string>;

const GROUPS: ReadonlySet<string> = new Set(GROUP_IDS);
const POWERS: ReadonlySet<string> = new Set(POWER_IDS);

export function isGroupDoctrine<Id extends string>(
  doctrine: Doctrine<Id>,
): doctrine is GroupDoctrine<Id> {
  return GROUPS.has(doctrine.actor);
}

export function isPowerDoctrine<Id extends string>(
  doctrine: Doctrine<Id>,
): doctrine is PowerDoctrine<Id> {
  return POWERS.has(doctrine.actor);
}
