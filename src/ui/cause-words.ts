/**
 * What caused a change, in words: a response of the player's, an actor's rule, a scenario event or
 * one of the slow forces that move every week (the engine's "drift:" causes).
 */
import { DOCTRINES, EVENTS, RESPONSES, actorName, type ActorId } from '../engine';
import { EN } from '../text';

const DRIFT_WORDS: Record<string, string> = {
  'public-mood': 'Public anger cooling with time',
  passivity: 'Attacks left unanswered',
  'deterrence-fades': 'Deterrence fading with time',
  legitimacy: 'The world’s view drifting back towards neutral',
  'blame-game': 'Institutions blaming each other under high public pressure',
  cohesion: 'Institutions pulling together again as pressure eases',
  budget: 'The week’s budget: growth, less closed trade and any war footing',
  attribution: 'An attack attributed once the facts came in',
  recruitment: 'Militant recruitment',
  presence: 'Militants moving between districts',
  spread: 'Militants spreading to new districts',
  verification: 'The verification mechanism at work',
  'verification-lapses': 'The verification mechanism lapsing',
  trade: 'Trade lost at closed crossings',
  closure: 'Closed crossings weighing on local economies',
  'kabul-reroutes-trade': 'Kabul rerouting trade away from Pakistan',
  kabul: 'Kabul’s moods settling',
  interdependence: 'How much Kabul’s trade still depends on Pakistan',
  cooling: 'Tension cooling',
  truce: 'The truce',
  'talks-fade': 'Talks losing momentum',
  returns: 'Displaced people going home',
  'returns-flow': 'Afghans leaving Pakistan and Iran',
  timers: 'Measures running their course',
  curfew: 'The cost of a curfew',
};

const RESPONSE_TITLE = new Map<string, string>(RESPONSES.map((r) => [r.id, r.title]));
const EVENT_TITLE = new Map<string, string>(EVENTS.map((e) => [e.id, e.title]));
const RULE_TITLE = new Map<string, string>(
  DOCTRINES.flatMap((d) =>
    d.rules.map((r) => [`${d.actor}/${r.id}`, EN.ruleTitle(d.actor, r.id) ?? r.id] as const),
  ),
);

/** A change's cause ('response:…', 'rule:actor/rule', 'event:…', 'drift:…') in plain words. */
export function causeText(cause: string): string {
  const [kind, rest = ''] = cause.split(/:(.*)/s, 2);
  switch (kind) {
    case 'response':
      return `Your response: “${RESPONSE_TITLE.get(rest) ?? rest}”`;
    case 'rule': {
      const actor = rest.split('/')[0] as ActorId;
      return `${actorName(actor)}: “${RULE_TITLE.get(rest) ?? rest}”`;
    }
    case 'event':
      return `Event: “${EVENT_TITLE.get(rest) ?? rest}”`;
    case 'drift':
      return DRIFT_WORDS[rest] ?? `A slow force (${rest})`;
    default:
      return cause;
  }
}
