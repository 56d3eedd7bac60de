/** Runs every actor's doctrine for the week and records the trace behind each "Why?" card. */
import { holds } from './conditions';
import { DIFFICULTY } from './content/difficulty';
import { DOCTRINES } from './content/doctrines';
import { trace, type TurnContext } from './context';
import { GROUP_IDS, PROVINCE_IDS, type ActorId, type GroupId } from './ids';
import { bestFoothold, reactAsGroup, reactAsKabul, reactAsPower } from './reactions';
import type { OutcomeWords } from './outcome-words';
import { readAsGroup, readAsPower, readShared, type ReaderIdFor, type Scope } from './readers';
import type { ChanceModifier, ConditionCheck, GameState, RuleCheck } from './types';
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
  react: (ctx: TurnContext, reaction: ReactionFor<S>, cause: string) => OutcomeWords;
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
  return { condition, value, passed: holds(condition, value) };
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

/** Kabul's quiet restraint holds the TTP back for this many weeks after it (seeds 002, 003, 004). */
export const RESTRAINT_WEEKS = 3;
/** Percentage points a recent restraint takes off the TTP's hostile rules. */
export const RESTRAINT_POINTS = 20;

/** A group's strongest sanctuary across the line. */
function strongestSanctuary(state: GameState, group: GroupId): number {
  let most = 0;
  for (const id of PROVINCE_IDS) most = Math.max(most, state.provinces[id].sanctuary[group]);
  return most;
}

const GROUPS: ReadonlySet<string> = new Set(GROUP_IDS);
const isGroup = (actor: ActorId): actor is GroupId => GROUPS.has(actor);

/**
 * What moves a hostile rule's chance from its base, in percentage points (seeds 000, 002, 003,
 * 004): the difficulty; for a militant group its capability (strength and morale), the best
 * foothold it could strike from and its sanctuary across the line; deterrence, which holds back
 * every attack that is not an answer to a strike; and, for the TTP, Kabul's recent restraint.
 */
export function chanceModifiers(rule: Rule, state: GameState, actor: ActorId): ChanceModifier[] {
  if (!rule.hostile) return [];
  const modifiers: ChanceModifier[] = [];
  const add = (id: ChanceModifier['id'], points: number) => {
    if (points !== 0) modifiers.push({ id, points });
  };
  add('difficulty', DIFFICULTY[state.difficulty].aggression);
  if (isGroup(actor)) {
    const g = state.groups[actor];
    add('capability', Math.trunc((g.strength - 50) / 3) + Math.trunc((g.morale - 50) / 4));
    if (rule.reaction.kind === 'attack')
      add('foothold', Math.trunc((bestFoothold(state, actor, rule.reaction) - 30) / 4));
    // Safe havens across the line let a group plan and train (seeds 002, 003, 004).
    if (actor === 'ttp' || actor === 'jua' || actor === 'hgb')
      add('sanctuary', Math.trunc((strongestSanctuary(state, actor) - 40) / 3));
    if (actor === 'ttp' && state.kabul.lastRestrainedWeek >= state.week - RESTRAINT_WEEKS)
      add('kabul-restraint', -RESTRAINT_POINTS);
  }
  // Trade that still runs through Pakistan gives Kabul a stake in calm, even when provoked (004).
  if (actor === 'kabul')
    add('interdependence', -Math.trunc((state.kabul.tradeDependence - 50) / 5));
  if (!rule.provoked) add('deterrence', -Math.trunc(((state.meters.deterrence - 45) * 2) / 3));
  return modifiers;
}

/**
 * A rule's chance in percent to fire once its conditions hold (100 for a rule without dice), with
 * what moved it; an attack with no foothold to strike from has no chance at all.
 */
export function ruleChance(
  rule: Rule,
  state: GameState,
  actor: ActorId,
): { chance: number; modifiers: ChanceModifier[] } {
  if (rule.chance === undefined) return { chance: 100, modifiers: [] };
  if (
    rule.reaction.kind === 'attack' &&
    isGroup(actor) &&
    bestFoothold(state, actor, rule.reaction) === 0
  )
    return { chance: 0, modifiers: [] };
  const modifiers = chanceModifiers(rule, state, actor);
  let chance = rule.chance;
  for (const m of modifiers) chance += m.points;
  return { chance: Math.max(0, Math.min(95, chance)), modifiers };
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
      const { chance, modifiers } = ruleChance(rule, ctx.state, doctrine.actor);
      const roll = ctx.dice.d100();
      dice = { chance, roll, modifiers };
      fired = roll < chance;
    }
    const entry: RuleCheck = { rule: rule.id, conditions, fired };
    if (dice) entry.dice = dice;
    checks.push(entry);
    if (fired) {
      const outcome = doctrine.react(ctx, rule.reaction, causeOf(doctrine.actor, rule));
      trace(ctx, { actor: doctrine.actor, checks, fired: rule.id, outcome });
      return;
    }
  }
  // Doctrines end with an unconditional rule, so this is reached only by a malformed doctrine.
  trace(ctx, { actor: doctrine.actor, checks, fired: 'none', outcome: { id: 'did-nothing' } });
}

/** Checks one actor's rules in order until one fires; records every check, value and roll. */
export function runDoctrine(ctx: TurnContext, doctrine: Doctrine): void {
  withScope(doctrine, (scoped) => runScoped(ctx, scoped));
}

export function runDoctrines(ctx: TurnContext): void {
  for (const doctrine of DOCTRINES) runDoctrine(ctx, doctrine);
}
