/** The shape of a doctrine: an actor's ordered rules, each a set of named conditions and a reaction. */
import type { ClaimId } from './content/sources';
import type { AttackStyle } from './effects';
import type { RuleId } from './content/doctrines';
import type { ActorId, DistrictId } from './ids';
import type { ReaderId } from './readers';

export interface Condition {
  read: ReaderId;
  op: '>=' | '<=';
  value: number;
  /** How the "Why?" card words it, e.g. "its morale is at least 40". */
  label: string;
}

export type Reaction =
  // Militant groups
  | { kind: 'attack'; style: AttackStyle; districts?: readonly DistrictId[] }
  | { kind: 'recruit' }
  | { kind: 'regroup' }
  | { kind: 'infiltrate' }
  | { kind: 'lie-low' }
  // Kabul
  | { kind: 'border-fire' }
  | { kind: 'offensive' }
  | { kind: 'open-war' }
  | { kind: 'divert-trade' }
  | { kind: 'restrain-ttp' }
  | { kind: 'condemn' }
  | { kind: 'goodwill' }
  | { kind: 'deny' }
  // Regional powers and institutions
  | { kind: 'offer-mediation' }
  | { kind: 'offer-funding' }
  | { kind: 'urge-restraint' }
  | { kind: 'urge-verification' }
  | { kind: 'transit-gain' }
  | { kind: 'report-harm' }
  | { kind: 'criticise-returns' }
  | { kind: 'designate' }
  | { kind: 'endorse' }
  | { kind: 'invest' }
  | { kind: 'watch' };

export interface Rule<Id extends string = RuleId> {
  id: Id;
  title: string;
  when: readonly Condition[];
  /** Percent chance the rule fires once its conditions hold; absent means it always fires. */
  chance?: number;
  /** Hostile rules get the difficulty's aggression added to their chance. */
  hostile?: boolean;
  reaction: Reaction;
  sources: readonly ClaimId[];
}

export interface Doctrine<Id extends string = RuleId> {
  actor: ActorId;
  /** Checked in order; the first rule whose conditions hold (and whose dice succeed) fires. The last has no conditions. */
  rules: readonly Rule<Id>[];
}

/** How the content table declares a doctrine, before its rule ids join the RuleId union. */
export type DoctrineSpec = Doctrine<string>;
