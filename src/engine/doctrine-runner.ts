/** Runs every actor's doctrine for the week and records the trace behind each "Why?" card. */
import { holds } from './conditions';
import { DIFFICULTY } from './content/difficulty';
import { DOCTRINES } from './content/doctrines';
import { trace, type TurnContext } from './context';
import type { ActorId, Difficulty } from './ids';
import { react } from './reactions';
import { READERS, type Reader } from './readers';
import type { ConditionCheck, RuleCheck } from './types';
import type { Condition, Doctrine, Rule } from './doctrine-types';

function check(ctx: TurnContext, actor: ActorId, condition: Condition): ConditionCheck {
  const reader: Reader = READERS[condition.read];
  const value = reader.read(ctx.state, actor);
  const passed = holds(condition, value);
  return {
    label: condition.label,
    value,
    display: reader.yesNo ? (value ? 'yes' : 'no') : String(value),
    passed,
  };
}

/** Each rule's cause string, built once rather than every time the rule fires. */
const CAUSES = new Map<Rule, string>();
function causeOf(doctrine: Doctrine, rule: Rule): string {
  let cause = CAUSES.get(rule);
  if (!cause) {
    cause = `rule:${doctrine.actor}/${rule.id}`;
    CAUSES.set(rule, cause);
  }
  return cause;
}

/**
 * A rule's chance in percent to fire once its conditions hold (100 for a rule without dice);
 * hostile rules gain the difficulty's aggression.
 */
export function ruleChance(rule: Rule, difficulty: Difficulty): number {
  if (rule.chance === undefined) return 100;
  const aggression = DIFFICULTY[difficulty].aggression;
  return Math.max(0, Math.min(100, rule.chance + (rule.hostile ? aggression : 0)));
}

/** Checks one actor's rules in order until one fires; records every check, value and roll. */
export function runDoctrine(ctx: TurnContext, doctrine: Doctrine): void {
  const checks: RuleCheck[] = [];
  for (const rule of doctrine.rules) {
    const conditions: ConditionCheck[] = [];
    let fired = true;
    for (const condition of rule.when) {
      const result = check(ctx, doctrine.actor, condition);
      conditions.push(result);
      fired &&= result.passed;
    }
    let dice: RuleCheck['dice'];
    if (fired && rule.chance !== undefined) {
      const chance = ruleChance(rule, ctx.state.difficulty);
      const roll = ctx.dice.d100();
      dice = { chance, roll };
      fired = roll < chance;
    }
    const entry: RuleCheck = { rule: rule.id, title: rule.title, conditions, fired };
    if (dice) entry.dice = dice;
    checks.push(entry);
    if (fired) {
      const outcome = react(ctx, doctrine.actor, rule.reaction, causeOf(doctrine, rule));
      trace(ctx, { actor: doctrine.actor, checks, fired: rule.id, outcome });
      return;
    }
  }
  // Doctrines end with an unconditional rule, so this is reached only by a malformed doctrine.
  trace(ctx, { actor: doctrine.actor, checks, fired: 'none', outcome: 'It did nothing.' });
}

export function runDoctrines(ctx: TurnContext): void {
  for (const doctrine of DOCTRINES) runDoctrine(ctx, doctrine);
}
