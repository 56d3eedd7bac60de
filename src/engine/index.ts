/**
 * The engine's public face. Everything the store, the command-line tools and the tests need comes
 * from here; nothing here touches the DOM, the clock or unseeded chance.
 */
export * from './ids';
export type * from './types';
export type * from './event-words';
export type { AttackStyle } from './effects';
export { FIXED_RESPONSE_EVENTS, FIXED_SCENARIO_EVENTS, FIXED_WORLD_EVENTS } from './event-words';
export { RULES_VERSION } from './state';
export { responsesFor, validateDecisions, weeklyCapacity } from './responses';
export type { ResponseOption, TargetOption, DecisionError } from './responses';
export { resolveTurn } from './turn';
export type { TurnResult } from './turn';
export {
  CALM_RUNG,
  COLLAPSE_COHESION,
  COLLAPSE_PRESSURE,
  CONFIDENCE_BREAKS_AFTER,
  CONTAINED_PRESSURE,
  CONTAINMENT_SHARE,
  ENDING_GRADES,
  ENDING_IDS,
  GOOD_LEGITIMACY,
  RESET_SHARE,
  WAR_WARNING_RUNG,
  closingWindowWeeks,
  goalConditions,
  lossWatch,
  scorecard,
} from './endings';
export type { GoalCondition, GoodEndingId, LossWatch } from './endings';
export { CRISIS_PRESSURE } from './drifts';
export type { Scorecard } from './endings';
export { actorName } from './actor-name';
export type * from './outcome-words';
export type * from './advice-words';
export type * from './reason-words';
export type { Condition, ConditionWordingFor, ConditionWordings } from './doctrine-types';
export { isYesNoReading } from './readers';
export type { ReaderId } from './readers';
export { SCENARIOS } from './content/scenarios';
export { DIFFICULTY } from './content/difficulty';
export { DISTRICTS, CROSSINGS } from './content/districts';
export { PROVINCES } from './content/provinces';
export { GROUPS, KABUL, POWERS } from './content/actors';
export { ARTICLES, CLAIMS, MECHANISMS } from './content/sources';
export type { Article, ArticleId, ClaimId, Claim } from './content/sources';
export { RESPONSES } from './content/responses';
export type { ResponseId } from './content/responses';
export { DOCTRINES } from './content/doctrines';
export type { RuleId, RuleKey } from './content/doctrines';
export { EVENTS } from './content/events';
export type { EventId } from './content/events';
export { CATEGORIES } from './response-types';
export { adviceFor, ADVISOR_IDS } from './advisors';
export type { Advice, AdvisorId, Recommendation } from './advisors';
export { briefingFor } from './briefing';
export type {
  Briefing,
  Confidence,
  ExposedDistrict,
  IntelReport,
  IntelWords,
  Modal,
} from './briefing';
export { MAX_SEED, checkOptions, newGame } from './new-game';
export type { GameOptions } from './new-game';
export { fingerprint, replay } from './replay';
export {
  PREVIEW_SAMPLES,
  previewResponse,
  type PreviewRange,
  type ResponsePreview,
} from './preview';
export type { FullReplay, ReplayedGame, ReplayError, ReplayRequest } from './replay';
