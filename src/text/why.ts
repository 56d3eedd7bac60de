/**
 * An actor's "Why?" card from its doctrine trace: the rule that fired, what it did, the conditions
 * that held with the values read, the dice, and the rules checked before it. The order and choice
 * of lines is the same in every language; the phrases come from the language's catalogue.
 */
import { isYesNoReading, type ActorTrace, type ConditionCheck } from '../engine';
import type { Catalogue } from './catalogue';
import type { Tools } from './catalogue-types';

export interface Explanation {
  /** "TTP: Strike back to prove it survived". */
  headline: string;
  /** What it did. */
  outcome: string;
  /** The fired rule's conditions with the values read: "it was struck in the last two weeks (yes)". */
  because: string[];
  /** The dice, if the rule rolled: "rolled 23 against a 70% chance". */
  dice: string | null;
  /** Rules checked before it and why each did not fire. */
  passedOver: string[];
}

export interface WhyWords {
  condition(check: Pick<ConditionCheck, 'condition'>): string;
  ruleTitle(actor: ActorTrace['actor'], rule: ActorTrace['fired']): string | null;
  outcome(trace: ActorTrace): string;
}

export function explain(
  trace: ActorTrace,
  catalogue: Catalogue,
  t: Tools,
  words: WhyWords,
): Explanation {
  const phrases = catalogue.why;
  const reading = (check: ConditionCheck) =>
    phrases.reading(
      words.condition(check),
      isYesNoReading(check.condition.read)
        ? check.value
          ? phrases.yes
          : phrases.no
        : t.number(check.value),
    );
  const title = (rule: ActorTrace['fired']) => words.ruleTitle(trace.actor, rule) ?? rule;
  const fired = trace.checks.find((c) => c.fired);
  const because = fired
    ? fired.conditions.length > 0
      ? fired.conditions.map(reading)
      : [phrases.noOtherRule]
    : [];
  const dice = fired?.dice
    ? phrases.dice(
        fired.dice.roll,
        fired.dice.chance,
        fired.dice.modifiers.map((m) => phrases.modifier(phrases.modifiers[m.id], m.points, t)),
        t,
      )
    : null;
  const passedOver = trace.checks
    .filter((c) => !c.fired)
    .map((c) => {
      const failed = c.conditions.filter((x) => !x.passed);
      if (failed.length > 0) return phrases.notSo(title(c.rule), failed.map(reading));
      if (c.dice) return phrases.diceSaidNo(title(c.rule), c.dice.roll, c.dice.chance, t);
      return title(c.rule);
    });
  return {
    headline: phrases.headline(t.actor(trace.actor), fired ? title(fired.rule) : null),
    outcome: words.outcome(trace),
    because,
    dice,
    passedOver,
  };
}
