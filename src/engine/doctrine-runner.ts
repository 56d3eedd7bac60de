/** Runs every actor's doctrine for the week and records the trace behind each "Why?" card. */
import { holds } from './conditions';
import { DIFFICULTY } from './content/difficulty';
import { DOCTRINES } from './content/doctrines';
import { trace, type TurnContext } from './context';
import type { ActorId, Difficulty } from './ids';
import { reactAsGroup, reactAsKabul, reactAsPower } from './reactions';
import {
  READERS,
  readAsGroup,
  readAsPower,
  readShared,
  type ReaderIdFor,
  type Scope,
} from './readers';
import type { ConditionCheck, GameState, RuleCheck } from './types';
import {
  isGroupDoctrine,
  isPowerDoctrine,
  type Condition,
  type Doctrine,
  type ReactionFor,
  type Rule,
} from './doctrine-types';

/** One actor's doctrine with what that kind of actor can read and do. */
interface ScopedDoctrine<S extends Scope> {
  actor: ActorId;
  rules: readonly Rule<Rule['id'], S>[];
  read: (state: GameState, id: ReaderIdFor<S>) => number;
  react: (ctx: TurnContext, reaction: ReactionFor<S>, cause: string) => string;
}

/**
 * Hands the doctrine, scoped to its kind of actor, to `visit`: the one place that tells a militant
 * group, Kabul and a power apart, so readings and reactions always match the actor.
 */
export function withScope<T>(
  doctrine: Doctrine,
  visit: <S extends Scope>(scoped: ScopedDoctrine<S>) => T,
): T {
  if (isGroupDoctrine(doctrine)) {
    const group = doctrine.actor;
    return visit<'group'>({
      actor: group,
      rules: doctrine.rules,
      read: (state, id) => readAsGroup(state, group, id),
      react: (ctx, reaction, cause) => reactAsGroup(ctx, group, reaction, cause),
    });
  }
  if (isPowerDoctrine(doctrine)) {
    const power = doctrine.actor;
    return visit<'power'>({
      actor: power,
      rules: doctrine.rules,
      read: (state, id) => readAsPower(state, power, id),
      react: (ctx, reaction, cause) => reactAsPower(ctx, power, reaction, cause),
    });
  }
  return visit<'kabul'>({
    actor: doctrine.actor,
    rules: doctrine.rules,
    read: readShared,
    react: reactAsKabul,
  });
}

function check<S extends Scope>(
  ctx: TurnContext,
  doctrine: ScopedDoctrine<S>,
  condition: Condition<ReaderIdFor<S>>,
): ConditionCheck {
  const value = doctrine.read(ctx.state, condition.read);
  const passed = holds(condition, value);
  return {
    label: condition.label,
    value,
    display: READERS[condition.read].yesNo ? (value ? 'yes' : 'no') : String(value),
    passed,
  };
}

/** Each rule's cause string, built once rather than every time the rule fires. */
const CAUSES = new Map<Rule, string>();
function causeOf(actor: ActorId, rule: Rule): string {
  let cause = CAUSES.get(rule);
  if (!cause) {
    cause = `rule:${actor}/${rule.id}`;
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

function runScoped<S extends Scope>(ctx: TurnContext, doctrine: ScopedDoctrine<S>): void {
  const checks: RuleCheck[] = [];
  for (const rule of doctrine.rules) {
    const conditions: ConditionCheck[] = [];
    let fired = true;
    for (const condition of rule.when) {
      const result = check(ctx, doctrine, condition);
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
      const outcome = doctrine.react(ctx, rule.reaction, causeOf(doctrine.actor, rule));
      trace(ctx, { actor: doctrine.actor, checks, fired: rule.id, outcome });
      return;
    }
  }
  // Doctrines end with an unconditional rule, so this is reached only by a malformed doctrine.
  trace(ctx, { actor: doctrine.actor, checks, fired: 'none', outcome: 'It did nothing.' });
}

/** Checks one actor's rules in order until one fires; records every check, value and roll. */
export function runDoctrine(ctx: TurnContext, doctrine: Doctrine): void {
  withScope(doctrine, (scoped) => runScoped(ctx, scoped));
}

export function runDoctrines(ctx: TurnContext): void {
  for (const doctrine of DOCTRINES) runDoctrine(ctx, doctrine);
}
