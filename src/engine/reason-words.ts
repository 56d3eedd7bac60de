/**
 * Why a response or a target cannot be chosen, as ids and the figures behind them: the response
 * hooks return these, responsesFor and validateDecisions carry them, and src/text words them.
 */
import type { ResponseId } from './content/responses';
import type { CrossingId, DistrictId, PowerId, ProvinceId } from './ids';
import type { TargetKind } from './response-types';

/** Why the state does not allow a response this week (its `requires` hook). */
export type RequirementWords =
  | {
      id:
        | 'every-crossing-closed'
        | 'every-crossing-open'
        | 'torkham-and-chaman-shut'
        | 'no-recent-attack'
        | 'talks-elsewhere-last-week'
        | 'verification-works';
    }
  | { id: 'kabul-too-hostile'; hostility: number; below: number }
  | { id: 'gulf-unwilling'; best: number; needs: number }
  | { id: 'cohesion-too-low'; cohesion: number; needs: number }
  | { id: 'host-unwilling'; host: PowerId; stance: number; needs: number }
  | { id: 'talks-short'; needs: number; progress: number };

/** Why a target does not suit a response, for good (`where`) or this week (`targetRule`). */
export type TargetReasonWords =
  | {
      id:
        | 'development-frontier-only'
        | 'development-under-way'
        | 'no-one-waiting'
        | 'jirga-tribal-only'
        | 'no-leadership'
        | 'clearance-frontier-only'
        | 'curfew-in-force'
        | 'cells-in-cities'
        | 'counter-drone-in-place'
        | 'coverage-full'
        | 'police-programme-under-way'
        | 'stations-protected';
    }
  | { id: 'no-crossing' | 'not-on-border'; district: DistrictId }
  | { id: 'crossing-already-closed' | 'crossing-already-open'; crossing: CrossingId }
  | { id: 'no-sanctuary'; province: ProvinceId }
  | { id: 'intel-too-low'; province: ProvinceId; intel: number; needs: number };

/** The kind of place a targeted response takes. */
export type PlaceKind = Exclude<TargetKind, 'none'>;

/** Why a response, or one decision of a week, cannot be taken. */
export type Unavailable =
  | { code: 'game-over' }
  | { code: 'unknown-response'; problem: 'not-a-list' | 'no-response-id' }
  | { code: 'unknown-response'; problem: 'no-such-response'; response: string }
  | { code: 'needs-target'; response: ResponseId; kind: PlaceKind }
  | { code: 'bad-target'; problem: 'takes-none'; response: ResponseId }
  | { code: 'bad-target'; problem: 'not-a-place'; target: string; kind: PlaceKind }
  | { code: 'bad-target'; problem: 'unsuitable'; reason: TargetReasonWords }
  /** No candidate qualifies this week; `shared` when every candidate gives the same reason. */
  | {
      code: 'bad-target';
      problem: 'none-qualifies';
      kind: PlaceKind;
      shared: TargetReasonWords | null;
    }
  /** `afterEnd`: the response comes back only after the game's last week. */
  | { code: 'cooldown'; untilWeek: number; afterEnd: boolean }
  | { code: 'ladder'; bound: 'min' | 'max'; rung: number }
  | { code: 'prerequisite'; requirement: RequirementWords }
  /** `week`: the week's choices together need more than the week has. */
  | { code: 'capacity'; needs: number; has: number; week: boolean }
  | { code: 'fiscal'; costs: number; left: number; week: boolean }
  | { code: 'duplicate'; response: ResponseId; clash: boolean };

/** Why a recorded game could not be replayed at some week. */
export type ReplayProblem =
  | Unavailable
  | { code: 'already-ended'; week: number }
  /** The set-up was refused; `message` is checkOptions' sentence. */
  | { code: 'bad-options'; message: string };
