/**
 * What the advisors say, as ids and the figures behind them: where each stands and why it backs
 * each response. The words live in the catalogues of src/text.
 */
import type { TalksHost } from './event-words';
import type { CrossingId, DistrictId, GroupId, ProvinceId } from './ids';
import type { ResponseId } from './content/responses';

/** Where an advisor stands this week. */
export type StanceWords =
  | { id: 'military/hold-the-line'; rung: number; deterrence: number }
  /** `attacks`: last week's, 0 when there were none. */
  | { id: 'military/answer'; deterrence: number; fell: boolean; attacks: number }
  | { id: 'military/keep-off-balance'; deterrence: number; attacks: number }
  | { id: 'foreign/room-shrinks'; rung: number; hostility: number }
  | { id: 'foreign/ceasefire'; weeks: number; progress: number }
  | { id: 'foreign/mediated-track'; hostility: number; progress: number }
  | { id: 'province/cohesion-low'; cohesion: number }
  | { id: 'province/police-soft'; district: DistrictId; police: number; presence: number }
  | { id: 'finance/no-costly-choices'; fiscalRoom: number; costliest: ResponseId; cost: number }
  | { id: 'finance/closures-hurt'; share: number; tradeLost: number }
  | { id: 'finance/spend-wisely'; fiscalRoom: number }
  | {
      id: 'interior/cells';
      /** Attacks still unattributed (0: none). */
      unattributed: number;
      district: DistrictId;
      presence: number;
      leader: GroupId;
    };

/** Why an advisor backs a response. */
export type AdviceWords =
  | { id: 'military/strike-camps'; province: ProvinceId; sanctuary: number; deterrence: number }
  | { id: 'military/leadership-strike'; province: ProvinceId; intel: number }
  | { id: 'military/strike-taliban-posts'; hostility: number }
  | { id: 'military/area-clearance'; district: DistrictId; presence: number; leader: GroupId }
  | { id: 'military/intelligence-based-operations'; district: DistrictId; presence: number }
  | { id: 'military/build-intelligence'; province: ProvinceId; intel: number }
  | { id: 'foreign/propose-verification'; progress: number }
  | { id: 'foreign/talks'; host: TalksHost; offered: boolean; stance: number; progress: number }
  | { id: 'foreign/reopen-crossing'; crossing: CrossingId; weeks: number }
  | { id: 'foreign/envoy-to-kabul'; hostility: number; restraint: number }
  | { id: 'foreign/afghan-outreach'; hardliners: number }
  | { id: 'foreign/raise-at-un'; legitimacy: number }
  | { id: 'foreign/pause-deportations'; stance: number }
  | { id: 'province/police-capacity'; district: DistrictId; police: number; presence: number }
  | { id: 'province/harden-stations'; district: DistrictId; police: number }
  | { id: 'province/provincial-compact' | 'province/apex-committee'; cohesion: number }
  | { id: 'province/jirga'; district: DistrictId; trust: number }
  | { id: 'province/compensation'; district: DistrictId; displaced: number }
  | { id: 'province/development'; district: DistrictId; economy: number }
  | { id: 'finance/gulf-support'; fiscalRoom: number; saudi: number }
  | { id: 'finance/reopen-crossing'; crossing: CrossingId; share: number }
  | { id: 'finance/transit-guarantees'; dependence: number }
  | { id: 'finance/cpec-security'; bla: number; china: number }
  | { id: 'finance/apex-committee'; cohesion: number }
  | { id: 'finance/raise-at-un'; legitimacy: number }
  | { id: 'finance/development'; fiscalRoom: number; district: DistrictId; economy: number }
  | { id: 'finance/jirga'; district: DistrictId; trust: number }
  | { id: 'interior/hunt-urban-cells'; district: DistrictId; presence: number }
  | { id: 'interior/build-intelligence'; province: ProvinceId; intel: number; sanctuary: number }
  | { id: 'interior/speed-prosecutions'; deterrence: number }
  | { id: 'interior/counter-drone'; strength: number; district: DistrictId }
  | { id: 'interior/accelerate-deportations' | 'interior/blame-kabul'; pressure: number };
