/** The shape of a player response, as the content tables declare it. */
import type { ResponseId } from './content/responses';
import type { ClaimId } from './content/sources';
import type { TurnContext } from './context';
import type { DistrictId, ProvinceId } from './ids';
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

/** A player response as the content tables declare it (its id any string, checked into ResponseId). */
export interface ResponseDef<Id extends string = ResponseId> {
  id: Id;
  title: string;
  category: Category;
  /** One line: what it does and what it risks. */
  summary: string;
  actions: number;
  fiscal: number;
  target: TargetKind;
  /** Responses sharing a group cannot be chosen in the same week (one round of talks a week). */
  exclusive?: string;
  /** Weeks before it can be used again (0: every week). */
  cooldown: number;
  /** The ladder rungs it may be used on. */
  ladder?: { min?: number; max?: number };
  /** Null when the state allows it, else why not, in plain words. */
  requires?: (state: GameState) => string | null;
  /** Which targets suit it at all, from fixed facts (checked once): null when this one does, else why not. */
  where?: (target: Target) => string | null;
  /** Whether the state allows this (suitable) target now: null when it does, else why not. */
  targetRule?: (state: GameState, target: Target) => string | null;
  apply: (ctx: TurnContext, target: Target | null) => void;
  /** A slow programme: its weekly effect and how many weeks it runs after the first. */
  programme?: { weeks: number; weekly: (ctx: TurnContext, target: Target | null) => void };
  sources: readonly ClaimId[];
}

/** How a content table declares a response, before its id joins the ResponseId union. */
export type ResponseSpec = ResponseDef<string>;
