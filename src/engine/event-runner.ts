/** Fires the scenario's events whose week has come and whose conditions hold, each at most once. */
import { EVENTS, type ScenarioEvent } from './content/events';
import type { TurnContext } from './context';
import { holds } from './conditions';
import { readAsPower, readShared } from './readers';
import type { GameState } from './types';

/** Whether the event's conditions hold, read from its power's point of view if it names one. */
function conditionsHold(state: GameState, event: ScenarioEvent): boolean {
  if (event.actor === undefined)
    return event.when.every((c) => holds(c, readShared(state, c.read)));
  const power = event.actor;
  return event.when.every((c) => holds(c, readAsPower(state, power, c.read)));
}

export function runEvents(ctx: TurnContext): void {
  const { state } = ctx;
  for (const event of EVENTS) {
    if (event.scenarios !== 'any' && !event.scenarios.includes(state.scenario)) continue;
    if (state.week < event.weeks[0] || state.week > event.weeks[1]) continue;
    if (state.firedEvents.includes(event.id)) continue;
    if (!conditionsHold(state, event)) continue;
    if (event.chance !== undefined && ctx.dice.d100() >= event.chance) continue;
    state.firedEvents.push(event.id);
    event.apply(ctx, `event:${event.id}`);
  }
}
