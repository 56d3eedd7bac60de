// The Objectives panel's words carry the engine's own figures and thresholds.
import { describe, expect, it } from 'vitest';
import { goalConditions, lossWatch, newGame, type GameState } from '../../src/engine';
import { goalText, lossText, warningTexts } from '../../src/ui/objectives-words';

function opening(): GameState {
  const started = newGame({ scenario: 'karachi', seed: 3, difficulty: 'normal' });
  if (!started.ok) throw new Error(started.error);
  return started.value;
}

describe('objectives in words', () => {
  it('names each condition with its live figure and its limit', () => {
    const state = opening();
    const texts = goalConditions(state, 'fragile-containment').map((c) => goalText(c, state));
    expect(texts).toContain(`Public pressure: ${state.meters.publicPressure} — below 75.`);
    expect(texts).toContain(`International legitimacy: ${state.meters.legitimacy} — at least 30.`);
    // Before the closing weeks, the attacks are not yet counted and the text says from when.
    expect(texts[0]).toMatch(
      /^Successful attacks in weeks 9–12: \d+ or fewer \(counted from week 9\)\.$/,
    );
  });

  it('words the open-war warning from Kabul’s own rule, and warns only when near', () => {
    const state = opening();
    expect(warningTexts(state)).toEqual([]);
    const clashes = { ...state, ladder: 4 };
    const watch = lossWatch(clashes).find((w) => w.id === 'open-war')!;
    expect(watch.warning).toBe(true);
    const text = lossText(watch);
    expect(text).toContain('one step from open war');
    expect(text).toContain('hostility is at least 85');
    expect(warningTexts(clashes)).toEqual([text]);
  });

  it('counts this week’s spending into the fiscal warning', () => {
    const state = { ...opening(), meters: { ...opening().meters, fiscalRoom: 12 } };
    expect(warningTexts(state)).toEqual([]);
    const [warning] = warningTexts(state, 12);
    expect(warning).toMatch(/^Fiscal room would be 0 after this week's spending/);
  });
});
