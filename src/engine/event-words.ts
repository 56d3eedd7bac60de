/**
 * What a week's event says, as an id and the figures behind it: the words themselves live in the
 * catalogues of src/text, so rewording a sentence (or reading it in another language) never
 * touches the rules. One member per sentence the engine can report; a catalogue must word each.
 */
import type { AttackStyle } from './effects';
import type { CrossingId, DistrictId, GroupId, PowerId, ProvinceId } from './ids';

/** What a strike across the line hits: militant camps, or Taliban posts and military sites. */
export type StrikeTarget = 'camps' | 'taliban-posts';

/** The powers that host rounds of talks, each in its own city. */
export type TalksHost = 'qatar' | 'turkiye' | 'saudi' | 'china';

/** The scenario events whose report is one fixed sentence (content/events.ts). */
export const FIXED_SCENARIO_EVENTS = [
  'captured-attacker',
  'red-crescent-count',
  'istanbul-collapse',
  'capital-bombing',
  'riyadh-offer',
  'soldiers-freed',
  'eid-truce-request',
  'urumqi-pledge',
  'medicine-ban',
  'contested-hospital-strike',
  'quadcopter-spread',
  'bla-designation',
  'saudi-defence-pact',
] as const;
export type FixedScenarioEvent = (typeof FIXED_SCENARIO_EVENTS)[number];

/** Responses whose report is one fixed sentence. */
export const FIXED_RESPONSE_EVENTS = [
  'speed-prosecutions',
  'transit-guarantees',
  'pause-deportations',
  'cpec-security',
  'blame-kabul',
  'ulema-edict',
  'apex-committee',
  'provincial-compact',
  'verification-accepted',
  'verification-rejected',
  'envoy-to-kabul',
  'raise-at-un',
  'afghan-outreach',
] as const;
export type FixedResponseEvent = (typeof FIXED_RESPONSE_EVENTS)[number];

/** Reactions and drifts whose report is one fixed sentence. */
export const FIXED_WORLD_EVENTS = [
  'truce-broken-by-strike',
  'verification-suspended-by-strike',
  'kabul-reroutes-trade',
  'truce-runs-out',
  'verification-lapses',
  'kabul-declares-war',
  'ttp-moved-from-border',
  'kabul-rejects-accusation',
  'kabul-goodwill',
  'iran-transit-fees',
  'un-criticises-returns',
  'cpec-tranche',
] as const;
export type FixedWorldEvent = (typeof FIXED_WORLD_EVENTS)[number];

export type EventWords =
  | { id: FixedScenarioEvent | FixedResponseEvent | FixedWorldEvent }
  // Scenario events with figures.
  | { id: 'istanbul-round'; truceHeld: boolean }
  // Shared effects (effects.ts).
  | {
      id: 'strike';
      target: StrikeTarget;
      province: ProvinceId;
      groups: readonly GroupId[];
      militants: number;
      civilians: number;
    }
  | { id: 'displacement'; district: DistrictId; people: number }
  | { id: 'crossing-closed'; crossing: CrossingId; by: 'pakistan' | 'kabul' }
  | { id: 'crossing-reopened'; crossing: CrossingId }
  | { id: 'attack-foiled'; style: AttackStyle; district: DistrictId }
  | {
      id: 'attack';
      style: AttackStyle;
      district: DistrictId;
      deaths: number;
      soldiers: number;
      police: number;
      civilians: number;
      massCasualty: boolean;
      claimedBy: GroupId | 'none';
    }
  | { id: 'truce-collapses-after-attack'; district: DistrictId }
  // Drifts (drifts.ts).
  | {
      id: 'attribution';
      district: DistrictId;
      author: GroupId;
      claimedBy: GroupId | 'none';
      blameRingsHollow: boolean;
    }
  // Reactions (reactions.ts).
  | { id: 'border-fire'; district: DistrictId; soldiers: number }
  | { id: 'offensive'; district: DistrictId; soldiers: number; civilians: number }
  | { id: 'mediation-offered'; power: PowerId }
  | { id: 'funding-signalled'; power: PowerId }
  | { id: 'restraint-urged'; power: PowerId }
  | { id: 'iran-returns'; people: number }
  | { id: 'un-harm-report'; civilians: number }
  | { id: 'sanctions'; group: GroupId }
  // Responses (content/responses).
  | { id: 'leadership-hit'; province: ProvinceId; group: GroupId }
  | { id: 'leadership-missed'; province: ProvinceId; group: GroupId }
  | { id: 'un-strike-report'; province: ProvinceId; civilians: number }
  | { id: 'raids'; district: DistrictId; militants: number; soldiers: number }
  | {
      id: 'clearance';
      district: DistrictId;
      militants: number;
      soldiers: number;
      civilians: number;
    }
  | { id: 'curfew'; district: DistrictId }
  | { id: 'ctd-arrests'; district: DistrictId; suspects: number }
  | { id: 'counter-drone'; district: DistrictId }
  | { id: 'intelligence-coverage'; province: ProvinceId }
  | { id: 'police-expansion'; district: DistrictId }
  | { id: 'stations-fortified'; district: DistrictId }
  | { id: 'fence-repaired'; district: DistrictId }
  | { id: 'deportations'; people: number }
  | { id: 'development'; district: DistrictId }
  | { id: 'compensation'; district: DistrictId; returning: number }
  | { id: 'gulf-deposits'; offered: boolean; amount: number }
  | { id: 'jirga'; district: DistrictId; returning: number }
  | { id: 'talks-round'; host: TalksHost; before: number; after: number }
  | { id: 'truce-agreed'; host: TalksHost; weeks: number };

export type EventWordsId = EventWords['id'];
