/** Values derived from the store for the panels: never stored, always computed. */
import { RESPONSES, weeklyCapacity, type Decision, type GameState } from '../engine';

const COST = new Map(RESPONSES.map((r) => [r.id, { actions: r.actions, fiscal: r.fiscal }]));

export interface Budget {
  actionsUsed: number;
  actionsTotal: number;
  fiscalUsed: number;
  fiscalTotal: number;
}

/** How much of the week's capacity and fiscal room the pending choices use. */
export function budget(state: GameState, pending: readonly Decision[]): Budget {
  let actionsUsed = 0;
  let fiscalUsed = 0;
  for (const decision of pending) {
    const cost = COST.get(decision.response);
    actionsUsed += cost?.actions ?? 0;
    fiscalUsed += cost?.fiscal ?? 0;
  }
  return {
    actionsUsed,
    actionsTotal: weeklyCapacity(state),
    fiscalUsed,
    fiscalTotal: state.meters.fiscalRoom,
  };
}

/** "Week 3 of 12"; once the game is over, the week it ended in. */
export function weekLabel(state: GameState): string {
  if (state.ending) return `Week ${state.ending.week} of ${state.maxWeeks} · game over`;
  return `Week ${state.week} of ${state.maxWeeks}`;
}
