/**
 * How many militant attacks the doctrines would launch next week, on average, if the world stayed
 * as it is: each group's rules are walked in order as the doctrine runner walks them (a rule whose
 * dice fail falls through to the next), and an attack counts only where the group has a foothold
 * to strike from. A reading of the state for the search bot and the balance reports; it rolls no
 * dice and changes nothing.
 */
import { holds } from './conditions';
import { DOCTRINES } from './content/doctrines';
import { ruleChance } from './doctrine-runner';
import { readAsGroup } from './readers';
import { isGroupDoctrine, type GroupDoctrine } from './doctrine-types';
import type { GameState } from './types';

const GROUP_DOCTRINES: readonly GroupDoctrine[] = DOCTRINES.filter((d) => isGroupDoctrine(d));

/** Expected attacks next week, in hundredths (an integer, like every number the engine keeps). */
export function expectedAttacks(state: GameState): number {
  let total = 0;
  for (const doctrine of GROUP_DOCTRINES) {
    const group = doctrine.actor;
    let reach = 100;
    for (const rule of doctrine.rules) {
      if (!rule.when.every((c) => holds(c, readAsGroup(state, group, c.read)))) continue;
      // The chance is 0 for an attack with no foothold to strike from.
      const { chance } = ruleChance(rule, state, group);
      const fires = Math.trunc((reach * chance) / 100);
      if (rule.reaction.kind === 'attack') total += fires;
      reach -= fires;
      if (rule.chance === undefined || reach <= 0) break;
    }
  }
  return total;
}
