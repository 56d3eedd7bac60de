/**
 * Response previews: the figures are the engine's own week played on the preview's copies, with
 * and without the response; the game's dice are never read and the game's state never changes;
 * a response that cannot be played is refused with the engine's reason; and over hundreds of
 * openings the previews point the way the model says (strikes restore deterrence and anger
 * Kabul; the apex committee holds the cabinet together).
 */
import { describe, expect, it } from 'vitest';
import {
  fingerprint,
  newGame,
  previewResponse,
  resolveTurn,
  responsesFor,
  type Decision,
  type GameState,
} from '../../src/engine';
import { PREVIEW_SAMPLES, previewDice } from '../../src/engine/preview';

function opening(seed: number, scenario: 'karachi' | 'doha-truce' = 'karachi'): GameState {
  const game = newGame({ scenario, seed, difficulty: 'normal' });
  if (!game.ok) throw new Error(game.error);
  return game.value;
}

/** A valid target for a targeted response in this state, else none. */
function withTarget(state: GameState, response: string): Decision {
  const option = responsesFor(state).find((o) => o.id === response)!;
  const target = option.targets.find((t) => t.reason === null);
  return target ? { response, target: target.id } : { response };
}

describe('a response preview', () => {
  const state = opening(11);
  const chosen: Decision[] = [{ response: 'apex-committee' }];
  const strike = withTarget(state, 'strike-camps');

  it('is the engine’s week on its own copies, with the response against without it', () => {
    const preview = previewResponse(state, chosen, strike);
    if (!preview.ok) throw new Error(JSON.stringify(preview.error));
    expect(preview.value.samples).toBe(PREVIEW_SAMPLES);
    const differences = Array.from({ length: PREVIEW_SAMPLES }, (_, sample) => {
      const copy = { ...state, rng: previewDice(state, sample) };
      const a = resolveTurn(copy, [...chosen, strike]);
      const b = resolveTurn(copy, chosen);
      if (!a.ok || !b.ok) throw new Error('a preview copy could not be played');
      return {
        deterrence: a.value.state.meters.deterrence - b.value.state.meters.deterrence,
        afghanHarm:
          a.value.state.tally.civiliansAfghanistan > b.value.state.tally.civiliansAfghanistan,
      };
    });
    const sorted = differences.map((d) => d.deterrence).sort((x, y) => x - y);
    expect(preview.value.meters.deterrence.median).toBe(
      sorted[Math.floor((PREVIEW_SAMPLES - 1) / 2)],
    );
    expect(preview.value.meters.deterrence.low).toBeLessThanOrEqual(
      preview.value.meters.deterrence.median,
    );
    expect(preview.value.meters.deterrence.high).toBeGreaterThanOrEqual(
      preview.value.meters.deterrence.median,
    );
    expect(preview.value.afghanCivilianHarm).toBe(differences.filter((d) => d.afghanHarm).length);
  });

  it('never reads the game’s dice and leaves the game’s state as it was', () => {
    const before = fingerprint(state);
    const first = previewResponse(state, chosen, strike);
    expect(fingerprint(state)).toBe(before);
    // Other dice in the game, the same preview: it tells nothing of the real roll.
    const otherDice = previewResponse(
      { ...state, rng: (state.rng ^ 0xdeadbeef) >>> 0 },
      chosen,
      strike,
    );
    expect(otherDice).toEqual(first);
    // And the real week, played after the preview, is the week played without one.
    const played = resolveTurn(state, [...chosen, strike]);
    const fresh = resolveTurn(opening(11), [...chosen, strike]);
    expect(played.ok && fresh.ok && fingerprint(played.value.state)).toBe(
      fresh.ok && fingerprint(fresh.value.state),
    );
  });

  it('is refused with the engine’s reason when the response cannot be played', () => {
    const twice = previewResponse(state, chosen, { response: 'apex-committee' });
    expect(twice.ok).toBe(false);
    const unknown = previewResponse(state, [], { response: 'no-such-response' });
    expect(unknown.ok).toBe(false);
  });

  it('points the way the model does, over 200 openings of two scenarios', () => {
    let strikesDeter = 0;
    let strikesAngerKabul = 0;
    let apexHolds = 0;
    let games = 0;
    for (let seed = 1; seed <= 100; seed++)
      for (const scenario of ['karachi', 'doha-truce'] as const) {
        const game = opening(seed * 7919, scenario);
        const target = withTarget(game, 'strike-camps');
        if (!target.target) continue;
        games++;
        const strikeSeen = previewResponse(game, [], target, 8);
        const apex = previewResponse(game, [], { response: 'apex-committee' }, 8);
        if (!strikeSeen.ok || !apex.ok) throw new Error('an opening preview was refused');
        if (strikeSeen.value.meters.deterrence.median > 0) strikesDeter++;
        if (strikeSeen.value.kabulHostility.median > 0) strikesAngerKabul++;
        if (apex.value.meters.cohesion.median > 0) apexHolds++;
      }
    expect(games).toBeGreaterThan(150);
    expect(strikesDeter / games).toBeGreaterThan(0.9);
    expect(strikesAngerKabul / games).toBeGreaterThan(0.9);
    expect(apexHolds / games).toBeGreaterThan(0.9);
  });
});
