/** Fires the scenario's events whose week has come and whose conditions hold, each at most once. */
import { EVENTS } from './content/events';
import type { TurnContext } from './context';
import { holds } from './conditions';
import { READERS } from './readers';

export function runEvents(ctx: TurnContext): void {
  const { state } = ctx;
  for (const event of EVENTS) {
    if (event.scenarios !== 'any' && !event.scenarios.includes(state.scenario)) continue;
    if (state.week < event.weeks[0] || state.week > event.weeks[1]) continue;
    if (state.firedEvents.includes(event.id)) continue;
    const actor = event.actor ?? 'kabul';
    if (!event.when.every((c) => holds(c, READERS[c.read].read(state, actor)))) continue;
    if (event.chance !== undefined && ctx.dice.d100() >= event.chance) continue;
    state.firedEvents.push(event.id);
    event.apply(ctx, `event:${event.id}`);
  }
}
