import { describe, expect, it } from 'vitest';
import { newGame, validateDecisions, type GameState } from '../../src/engine';
import { Dice } from '../../src/engine/random';
import { evaluate } from '../../src/engine/search';
import { playGame, searchStrategy } from '../../src/engine/strategies';

function opening(scenario: 'karachi' | 'seven-camps', seed = 3): GameState {
  const game = newGame({ scenario, seed, difficulty: 'normal' });
  if (!game.ok) throw new Error(game.error);
  return game.value;
}

describe('the search bot', () => {
  it('chooses a legal week', () => {
    const state = opening('seven-camps');
    const plan = searchStrategy(state, new Dice(1));
    expect(validateDecisions(state, plan).ok).toBe(true);
  });

  it('never reads the game’s future dice: the generator state does not change its choice', () => {
    const state = opening('karachi');
    const other = { ...state, rng: (state.rng ^ 0xdeadbeef) >>> 0 };
    expect(searchStrategy(other, new Dice(9))).toEqual(searchStrategy(state, new Dice(9)));
  });

  it('plays a whole game to an ending without an illegal move', () => {
    const played = playGame(
      { scenario: 'karachi', seed: 12, difficulty: 'normal' },
      searchStrategy,
    );
    expect(played.state.ending).not.toBeNull();
    expect(played.weeks.length).toBe(played.state.history.length);
  });
});

describe('how the search bot judges a state', () => {
  it('prefers a good ending to a mixed one, and a mixed one to a loss', () => {
    const state = opening('karachi');
    const ended = (grade: 'good' | 'mixed' | 'bad'): GameState => ({
      ...state,
      ending: { id: 'forever-frontier', title: '', grade, week: 5, summary: '', causes: [] },
    });
    expect(evaluate(ended('good'))).toBeGreaterThan(evaluate(ended('mixed')));
    expect(evaluate(ended('mixed'))).toBeGreaterThan(evaluate(state));
    expect(evaluate(state)).toBeGreaterThan(evaluate(ended('bad')));
  });

  it('scores a higher ladder and more public pressure lower', () => {
    const state = opening('karachi');
    expect(evaluate({ ...state, ladder: 4 })).toBeLessThan(evaluate(state));
    const angry = { ...state, meters: { ...state.meters, publicPressure: 95 } };
    expect(evaluate(angry)).toBeLessThan(evaluate(state));
  });

  it('is pinned on one opening state (a change to the judgement shows here)', () => {
    expect(evaluate(opening('seven-camps'))).toMatchInlineSnapshot(`71`);
  });
});
