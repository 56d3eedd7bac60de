/**
 * What caused a change, in words: a response of the player's, an actor's rule, a scenario event or
 * one of the slow forces that move every week (the engine's "drift:" causes).
 */
import { EVENTS, RESPONSES, actorName, type ActorId, type RuleId } from '../engine';
import { EN, type Words } from '../text';

const RESPONSE_TITLE = new Map<string, string>(RESPONSES.map((r) => [r.id, r.title]));
const EVENT_TITLE = new Map<string, string>(EVENTS.map((e) => [e.id, e.title]));

/** A change's cause ('response:…', 'rule:actor/rule', 'event:…', 'drift:…') in plain words. */
export function causeText(cause: string, words: Words = EN): string {
  const causes = words.ui.meters.causes;
  const [kind, rest = ''] = cause.split(/:(.*)/s, 2);
  switch (kind) {
    case 'response':
      return causes.response(RESPONSE_TITLE.get(rest) ?? rest);
    case 'rule': {
      const [actor, rule = ''] = rest.split('/') as [ActorId, RuleId?];
      return causes.rule(actorName(actor), words.ruleTitle(actor, rule as RuleId) ?? rest);
    }
    case 'event':
      return causes.event(EVENT_TITLE.get(rest) ?? rest);
    case 'drift':
      return (causes.drift as Partial<Record<string, string>>)[rest] ?? causes.slowForce(rest);
    default:
      return cause;
  }
}
