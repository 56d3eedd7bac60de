/** Turns a doctrine trace into the plain words of a "Why?" card. */
import { GROUPS, KABUL, POWERS } from './content/actors';
import type { ActorId, GroupId, PowerId } from './ids';
import type { ActorTrace, ChanceModifier } from './types';

export function actorName(actor: ActorId): string {
  if (actor === 'kabul') return KABUL.short;
  if (actor in GROUPS) return GROUPS[actor as GroupId].short;
  return POWERS[actor as PowerId].short;
}

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

const MODIFIER_WORDS: Record<ChanceModifier['id'], string> = {
  difficulty: 'difficulty',
  capability: 'its strength and morale',
  foothold: 'its footholds',
  sanctuary: 'its sanctuary across the line',
  deterrence: 'deterrence',
  'kabul-restraint': "Kabul's restraint",
  interdependence: 'trade with Pakistan',
};

/** " (base 45; its strength and morale +6, deterrence −8)" or nothing. */
function modifierWords(modifiers: readonly ChanceModifier[]): string {
  if (modifiers.length === 0) return '';
  const parts = modifiers.map(
    (m) => `${MODIFIER_WORDS[m.id]} ${m.points > 0 ? '+' : '−'}${Math.abs(m.points)}`,
  );
  return ` (${parts.join(', ')})`;
}

export function explainTrace(trace: ActorTrace): Explanation {
  const name = actorName(trace.actor);
  const fired = trace.checks.find((c) => c.fired);
  const because = fired
    ? fired.conditions.length > 0
      ? fired.conditions.map((c) => `${c.label} (${c.display})`)
      : ['none of its other rules applied this week']
    : [];
  const dice = fired?.dice
    ? `rolled ${fired.dice.roll} against a ${fired.dice.chance}% chance${modifierWords(fired.dice.modifiers)}`
    : null;
  const passedOver = trace.checks
    .filter((c) => !c.fired)
    .map((c) => {
      const failed = c.conditions.filter((x) => !x.passed);
      if (failed.length > 0)
        return `${c.title}: not so, since ${failed.map((x) => `${x.label} (${x.display})`).join('; ')}`;
      if (c.dice)
        return `${c.title}: conditions held, but the dice said no (rolled ${c.dice.roll}, needed under ${c.dice.chance})`;
      return c.title;
    });
  return {
    headline: `${name}: ${fired?.title ?? 'no reaction'}`,
    outcome: trace.outcome,
    because,
    dice,
    passedOver,
  };
}

/** One paragraph: "TTP — Strike back to prove it survived. It attacked … Because: …". */
export function explainInWords(trace: ActorTrace): string {
  const e = explainTrace(trace);
  const dice = e.dice ? `; it ${e.dice}` : '';
  return `${e.headline}. ${e.outcome} Because: ${e.because.join(', ')}${dice}.`;
}
