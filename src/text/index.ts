/**
 * Words for what the engine reports as ids: a language's catalogue bound to its Intl formats.
 * The engine never imports this folder (eslint's engine fence); the interface, the map, the CLI,
 * the classroom tools and the lab all word the engine's ids through it.
 */
import type {
  ActorId,
  AdviceWords,
  AdvisorId,
  ActorTrace,
  Condition,
  ConditionCheck,
  Ending,
  EndingFact,
  EndingId,
  EventWords,
  IntelReport,
  OutcomeWords,
  ReplayProblem,
  RequirementWords,
  TargetReasonWords,
  RuleId,
  RuleKey,
  StanceWords,
} from '../engine';
import type { Catalogue } from './catalogue';
import type { IntelTools, ReasonTools, Tools } from './catalogue-types';
import { en } from './en';
import { formatFor, type Format } from './format';
import { explain, type Explanation } from './why';

export type { Catalogue } from './catalogue';
export type { Explanation } from './why';

export const CATALOGUES = { en } as const satisfies Record<string, Catalogue>;
export type Language = keyof typeof CATALOGUES;

/** True for a language the game has a catalogue for (a remembered setting may be anything). */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(CATALOGUES, value);
}

export interface Words {
  readonly language: Language;
  /** The document's language tag and writing direction. */
  readonly lang: string;
  readonly direction: 'ltr' | 'rtl';
  /** The interface's own words, by screen. */
  readonly ui: Catalogue['ui'];
  /** Numbers, percentages and plurals in this language. */
  readonly format: Format;
  /** A week's event in a sentence or two. */
  event(words: EventWords): string;
  /** What an actor's reaction did. */
  outcome(words: OutcomeWords): string;
  /** A doctrine condition from its data: "its morale is at least 30". */
  condition(condition: Condition): string;
  /** A doctrine rule's title, or null for no rule. */
  ruleTitle(actor: ActorId, rule: RuleId | 'none'): string | null;
  /** An intelligence report of the briefing. */
  intelligence(report: IntelReport): string;
  /** An actor's "Why?" card. */
  why(trace: ActorTrace): Explanation;
  /** The "Why?" card in one paragraph. */
  whyInWords(trace: ActorTrace): string;
  /** An ending's title: "Fragile containment". */
  endingTitle(id: EndingId): string;
  /** An ending's summary, a few sentences. */
  endingSummary(id: EndingId): string;
  /** One fact behind an ending. */
  endingFact(fact: EndingFact): string;
  /** An ending's title, summary and causes. */
  ending(ending: Ending): { title: string; summary: string; causes: string[] };
  /** An advisor's title: "Military command". */
  advisorTitle(id: AdvisorId): string;
  /** Where an advisor stands this week. */
  stance(words: StanceWords): string;
  /** Why an advisor backs a response. */
  advice(words: AdviceWords): string;
  /** Why a response, a decision or a replayed week is refused. */
  unavailable(reason: ReplayProblem): string;
  /** Why a target does not suit a response. */
  targetReason(reason: TargetReasonWords): string;
  /** Why the state does not allow a response this week. */
  requirement(requirement: RequirementWords): string;
}

/** Calls the entry for a words object's id (TypeScript cannot follow an entry table keyed by id). */
function entryFor<W extends { id: string }, T>(
  entries: { readonly [id: string]: (words: never, t: T) => string },
  words: W,
): (words: W, t: T) => string {
  const entry = entries[words.id];
  if (!entry) throw new Error(`No words for "${words.id}".`);
  return entry as (words: W, t: T) => string;
}

const bound = new Map<Language, Words>();

/** A language's words, bound once and shared. */
export function wordsIn(language: Language): Words {
  let words = bound.get(language);
  if (!words) {
    words = bind(language);
    bound.set(language, words);
  }
  return words;
}

function bind(language: Language): Words {
  const catalogue: Catalogue = CATALOGUES[language];
  const format = formatFor(catalogue.locale);
  const tools: Tools = { ...format, ...catalogue.names };
  const condition = (c: Condition) =>
    (catalogue.conditions[c.read] as (c: Condition, t: Tools) => string)(c, tools);
  const ruleTitle = (actor: ActorId, rule: RuleId | 'none') =>
    rule === 'none' ? null : (catalogue.ruleTitles[`${actor}/${rule}` as RuleKey] ?? null);
  const intelTools: IntelTools = {
    ...tools,
    ruleVerb: (actor, rule) => catalogue.ruleVerb(ruleTitle(actor, rule) ?? rule),
    signs: (conditions) => catalogue.signs(conditions.map(condition)),
  };
  const outcome = (words: OutcomeWords) => entryFor(catalogue.outcomes, words)(words, tools);
  const why = (trace: ActorTrace) =>
    explain(trace, catalogue, tools, {
      condition: (check: Pick<ConditionCheck, 'condition'>) => condition(check.condition),
      ruleTitle,
      outcome: (t) => outcome(t.outcome),
    });
  const endingFact = (fact: EndingFact) =>
    (catalogue.endingFacts[fact.fact] as (f: EndingFact, t: Tools) => string)(fact, tools);
  const requirement = (words: RequirementWords) =>
    entryFor(catalogue.requirements, words)(words, tools);
  const targetReason = (words: TargetReasonWords) =>
    entryFor(catalogue.targetReasons, words)(words, tools);
  const reasonTools: ReasonTools = { ...tools, requirement, targetReason };
  return {
    language,
    lang: catalogue.lang,
    direction: catalogue.direction,
    ui: catalogue.ui,
    format,
    event: (words) => entryFor(catalogue.events, words)(words, tools),
    outcome,
    condition,
    ruleTitle,
    intelligence: (report) =>
      entryFor(catalogue.intelligence, report.words)(report.words, intelTools),
    why,
    whyInWords: (trace) => catalogue.why.inWords(why(trace)),
    endingTitle: (id) => catalogue.endings[id].title,
    endingSummary: (id) => catalogue.endings[id].summary,
    endingFact,
    ending: (ending) => ({
      ...catalogue.endings[ending.id],
      causes: ending.causes.map(endingFact),
    }),
    unavailable: (reason) =>
      (catalogue.unavailable[reason.code] as (w: ReplayProblem, t: ReasonTools) => string)(
        reason,
        reasonTools,
      ),
    targetReason,
    requirement,
    advisorTitle: (id) => catalogue.advisorTitles[id],
    stance: (words) => entryFor(catalogue.stances, words)(words, tools),
    advice: (words) => entryFor(catalogue.advice, words)(words, tools),
  };
}

/** The English words: the game's one language until the Urdu catalogue joins. */
export const EN: Words = wordsIn('en');

let messageLanguage: Language = 'en';

/**
 * The language of messages made outside the interface's components (the store's notices, the
 * saves' refusals): the player's choice, which the app sets whenever it changes.
 */
export function setMessageLanguage(language: Language): void {
  messageLanguage = language;
}

/** The words messages are made in now. */
export function messageWords(): Words {
  return wordsIn(messageLanguage);
}
