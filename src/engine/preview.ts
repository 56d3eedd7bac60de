/**
 * What a response would do this week, before it is chosen: the week is played on copies of the
 * state with and without it, over dice of the preview's own (never the game's, so a preview
 * tells nothing of the real roll), and the paired differences are summed up as likely ranges.
 * Pure, like every engine module; the same state and decisions give the same preview anywhere.
 */
import { METER_IDS, type MeterId } from './ids';
import { seedState } from './random';
import type { DecisionError } from './responses';
import { resolveTurn } from './turn';
import type { Decision, GameState, Result } from './types';

/** Futures played for a preview: enough for a range, few enough to run as the player looks. */
export const PREVIEW_SAMPLES = 24;

/** Keeps the preview's dice apart from the game's and from the search bot's futures. */
const PREVIEW_SALT = 0x5eed_7a1e;

/** The difference a response makes to one figure, over the futures: low, middle and high. */
export interface PreviewRange {
  /** The futures' differences sorted, then the one a sixth of the way up: a likely low. */
  low: number;
  median: number;
  /** The one five sixths of the way up: a likely high. */
  high: number;
}

export interface ResponsePreview {
  samples: number;
  meters: Record<MeterId, PreviewRange>;
  kabulHostility: PreviewRange;
  /** The rung the ladder ends the week on. */
  ladder: PreviewRange;
  /** Militant attacks that get through (attempted less foiled). */
  attacksThrough: PreviewRange;
  /** Futures in which the response costs more Afghan civilian lives than the week without it. */
  afghanCivilianHarm: number;
  /** Futures in which more Pakistanis (civilians, police, soldiers) are killed with it. */
  pakistaniHarm: number;
}

/** The generator state of future `sample`: from the game's seed and week, never its dice. */
export function previewDice(state: GameState, sample: number): number {
  return seedState(
    (state.seed ^ Math.imul(state.week + 1, 0x85ebca6b) ^ PREVIEW_SALT ^ sample) >>> 0,
  );
}

function range(differences: number[]): PreviewRange {
  const sorted = [...differences].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.floor(share * (sorted.length - 1))]!;
  return { low: at(1 / 6), median: at(1 / 2), high: at(5 / 6) };
}

const pakistaniDead = (s: GameState) =>
  s.tally.civiliansPakistan + s.tally.police + s.tally.soldiers;
const through = (s: GameState) => s.tally.attacks - s.tally.foiled;

/**
 * The week played with `chosen` and with `chosen` plus `added`, on the same futures; each
 * figure is the difference (with − without) at the end of the week. Refused, with the engine's
 * reason, when the decisions with `added` cannot be played this week.
 */
export function previewResponse(
  state: GameState,
  chosen: readonly Decision[],
  added: Decision,
  samples = PREVIEW_SAMPLES,
): Result<ResponsePreview, DecisionError> {
  const meters = Object.fromEntries(METER_IDS.map((id) => [id, [] as number[]])) as Record<
    MeterId,
    number[]
  >;
  const hostility: number[] = [];
  const ladder: number[] = [];
  const attacks: number[] = [];
  let afghanCivilianHarm = 0;
  let pakistaniHarm = 0;
  for (let sample = 0; sample < samples; sample++) {
    const copy: GameState = { ...state, rng: previewDice(state, sample) };
    const without = resolveTurn(copy, chosen);
    const withIt = resolveTurn(copy, [...chosen, added]);
    if (!withIt.ok) return withIt;
    if (!without.ok) return without;
    const a = withIt.value.state;
    const b = without.value.state;
    for (const id of METER_IDS) meters[id].push(a.meters[id] - b.meters[id]);
    hostility.push(a.kabul.hostility - b.kabul.hostility);
    ladder.push(a.ladder - b.ladder);
    attacks.push(through(a) - through(b));
    if (a.tally.civiliansAfghanistan > b.tally.civiliansAfghanistan) afghanCivilianHarm++;
    if (pakistaniDead(a) > pakistaniDead(b)) pakistaniHarm++;
  }
  return {
    ok: true,
    value: {
      samples,
      meters: Object.fromEntries(METER_IDS.map((id) => [id, range(meters[id])])) as Record<
        MeterId,
        PreviewRange
      >,
      kabulHostility: range(hostility),
      ladder: range(ladder),
      attacksThrough: range(attacks),
      afghanCivilianHarm,
      pakistaniHarm,
    },
  };
}
