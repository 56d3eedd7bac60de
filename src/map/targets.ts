/**
 * Which places the response waiting for a target may be aimed at, as `kind:id` keys: read from
 * the engine's responsesFor (the map only shows the verdicts, it never decides them).
 */
import { responsesFor, type GameState } from '../engine';

export function validTargets(
  game: GameState | null,
  targeting: string | null,
): ReadonlySet<string> | null {
  if (!game || !targeting) return null;
  const option = responsesFor(game).find((r) => r.id === targeting);
  if (!option || option.target === 'none') return null;
  return new Set(
    option.targets.filter((t) => t.reason === null).map((t) => `${option.target}:${t.id}`),
  );
}
