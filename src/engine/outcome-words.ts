/**
 * What a doctrine reaction did, as an id and the figures behind it, for the actor's "Why?" card:
 * the words live in the catalogues of src/text.
 */
import type { DistrictId, GroupId, ProvinceId } from './ids';

export type OutcomeWords =
  | {
      id:
        | 'no-foothold'
        | 'no-sanctuary-near-border'
        | 'kept-from-the-line'
        | 'declared-open-war'
        | 'rejected-accusation'
        | 'goodwill-gesture'
        | 'denied-harbouring'
        | 'urged-restraint'
        | 'took-transit-trade'
        | 'criticised-returns'
        | 'acknowledged-self-defence'
        | 'released-cpec-funds'
        | 'watched'
        | 'did-nothing';
    }
  | {
      id: 'attacked';
      district: DistrictId;
      presence: number;
      defence: 'police' | 'security';
      defenceLevel: number;
      foiled: boolean;
      deaths: number;
    }
  | { id: 'recruited'; before: number; after: number }
  | { id: 'regrouped'; province: ProvinceId; morale: number }
  | { id: 'infiltrated'; district: DistrictId; security: number; gain: number }
  | { id: 'lay-low'; district: DistrictId }
  | { id: 'fired-on-posts'; district: DistrictId; soldiers: number }
  | { id: 'launched-offensive'; district: DistrictId; deaths: number }
  | { id: 'restrained-ttp'; provinces: readonly ProvinceId[] }
  | { id: 'offered-mediation'; until: number }
  | { id: 'offered-funding'; until: number }
  | { id: 'pressed-for-monitoring'; restraint: number }
  | { id: 'deported'; people: number }
  | { id: 'reported-harm'; civilians: number }
  | { id: 'sanctioned'; group: GroupId };

export type OutcomeWordsId = OutcomeWords['id'];
