/** The shape of a player response, as the content tables declare it. */
import type { ResponseId } from './content/responses';
import type { ClaimId } from './content/sources';
import type { TurnContext } from './context';
import type { DistrictId, ProvinceId } from './ids';
import type { RequirementWords, TargetReasonWords } from './reason-words';
import type { GameState } from './types';

export const CATEGORIES = [
  'Cross-border military',
  'Internal operations',
  'Intelligence',
  'Policing',
  'Border and trade',
  'Refugees',
  'Diplomacy',
  'Economy and development',
  'Information',
  'Governance',
] as const;
type Category = (typeof CATEGORIES)[number];

export type TargetKind = 'none' | 'district' | 'province';
export type Target = DistrictId | ProvinceId;

/** The target a response of kind `Kind` is given: a district, an Afghan province, or none. */
export type TargetOf<Kind extends TargetKind> = Kind extends 'district'
  ? DistrictId
  : Kind extends 'province'
    ? ProvinceId
    : null;

/** A player response whose target is of kind `Kind`, so its hooks read that kind without casts. */
interface ResponseOfKind<Id extends string, Kind extends TargetKind> {
  id: Id;
  title: string;
  category: Category;
  /** One line: what it does and what it risks. */
  summary: string;
  actions: number;
  fiscal: number;
  target: Kind;
  /** Responses sharing a group cannot be chosen in the same week (one round of talks a week). */
  exclusive?: string;
  /** Weeks before it can be used again (0: every week). */
  cooldown: number;
  /** The ladder rungs it may be used on. */
  ladder?: { min?: number; max?: number };
  /** Null when the state allows it, else why not (an id and its figures). */
  requires?: (state: GameState) => RequirementWords | null;
  /** Which targets suit it at all, from fixed facts (checked once): null when this one does, else why not. */
  where?: (target: TargetOf<Kind>) => TargetReasonWords | null;
  /** Whether the state allows this (suitable) target now: null when it does, else why not. */
  targetRule?: (state: GameState, target: TargetOf<Kind>) => TargetReasonWords | null;
  apply: (ctx: TurnContext, target: TargetOf<Kind>) => void;
  /** A slow programme: its weekly effect and how many weeks it runs after the first. */
  programme?: { weeks: number; weekly: (ctx: TurnContext, target: TargetOf<Kind>) => void };
  sources: readonly ClaimId[];
}

/** A player response as the content tables declare it (its id any string, checked into ResponseId). */
export type ResponseDef<Id extends string = ResponseId> =
  ResponseOfKind<Id, 'none'> | ResponseOfKind<Id, 'district'> | ResponseOfKind<Id, 'province'>;

/** How a content table declares a response, before its id joins the ResponseId union. */
export type ResponseSpec = ResponseDef<string>;

/** A response's hooks as the engine's loops call them, for any kind of target. */
export interface ResponseHooks {
  where?: (target: Target) => TargetReasonWords | null;
  targetRule?: (state: GameState, target: Target) => TargetReasonWords | null;
  apply: (ctx: TurnContext, target: Target | null) => void;
  programme?: { weeks: number; weekly: (ctx: TurnContext, target: Target | null) => void };
}

/**
 * The hooks of `def`, callable with any target. The one place a target's kind is taken on trust:
 * every caller passes a target of the response's own kind — candidates are listed by kind
 * (`candidatesOf`), decisions are validated against it, and programmes keep the target they began
 * with — so a district response never sees a province, nor a response without one a target.
 */
export function hooksOf(def: ResponseDef): ResponseHooks {
  return def as unknown as ResponseHooks;
}
