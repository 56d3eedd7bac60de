/**
 * Response previews, worked out once per week state, other choices, response and target: each
 * plays the week many times over, so a preview seen before (the card shown again, a choice made
 * and undone) is read back rather than played again. A new week's state starts afresh (the cache
 * is keyed weakly by the state object), and one week keeps at most a few hundred.
 */
import { previewResponse, type Decision, type GameState } from '../engine';

type Preview = ReturnType<typeof previewResponse>;

const MOST_PER_WEEK = 300;
const byState = new WeakMap<GameState, Map<string, Preview>>();

const decisionKey = (d: Decision) => `${d.response}@${d.target ?? ''}`;

export function cachedPreview(
  state: GameState,
  chosen: readonly Decision[],
  added: Decision,
): Preview {
  let week = byState.get(state);
  if (!week) byState.set(state, (week = new Map()));
  const key = `${chosen.map(decisionKey).join(',')}+${decisionKey(added)}`;
  const known = week.get(key);
  if (known) return known;
  if (week.size >= MOST_PER_WEEK) week.clear();
  const preview = previewResponse(state, chosen, added);
  week.set(key, preview);
  return preview;
}
