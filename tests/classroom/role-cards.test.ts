/** The cabinet role cards: each seat gets its own slice of the week's briefing, from the state. */
import { describe, expect, it } from 'vitest';
import {
  ADVISOR_IDS,
  DISTRICTS,
  adviceFor,
  briefingFor,
  isDistrictId,
  newGame,
  resolveTurn,
  type GameState,
} from '../../src/engine';
import { roleCards } from '../../src/classroom/role-cards';
import { EN } from '../../src/text';

function opening(): GameState {
  const game = newGame({ scenario: 'karachi', seed: 7, difficulty: 'normal' });
  if (!game.ok) throw new Error(game.error);
  return game.value;
}

describe('role cards', () => {
  it('give the five seats in the advisors’ order, each with its advisor’s own advice', () => {
    const state = opening();
    const cards = roleCards(state);
    expect(cards.map((c) => c.seat)).toEqual([...ADVISOR_IDS]);
    const advice = adviceFor(state);
    for (const card of cards) {
      const advisor = advice.find((a) => a.advisor === card.seat)!;
      expect(card.title).toBe(EN.advisorTitle(advisor.advisor));
      expect(card.stance).toBe(EN.stance(advisor.stance));
      expect(card.recommendations).toEqual(advisor.recommendations);
    }
  });

  it('route each forecast only to the seats that deal with its subject', () => {
    const state = opening();
    const cards = Object.fromEntries(roleCards(state).map((c) => [c.seat, c]));
    const briefing = briefingFor(state);
    const kabul = briefing.intelligence.filter((r) => r.about === 'kabul');
    expect(kabul.length).toBeGreaterThan(0);
    expect(cards.foreign!.intelligence).toEqual(kabul);
    expect(cards.finance!.intelligence).toEqual([]);
    for (const report of cards.province!.intelligence) {
      expect(isDistrictId(report.about)).toBe(true);
      if (isDistrictId(report.about))
        expect(DISTRICTS[report.about].region).toBe('Khyber Pakhtunkhwa');
    }
    for (const report of cards.interior!.intelligence)
      expect(
        ['jua', 'iskp', 'bla'].includes(report.about) ||
          (isDistrictId(report.about) && DISTRICTS[report.about].urban),
      ).toBe(true);
  });

  it('show last week’s events to the seats whose field they are in, and the seat’s figures', () => {
    const start = opening();
    const turn = resolveTurn(start, [{ response: 'strike-camps', target: 'paktika' }]);
    if (!turn.ok) throw new Error(JSON.stringify(turn.error.reason));
    const { state, report } = turn.value;
    const cards = Object.fromEntries(roleCards(state, report).map((c) => [c.seat, c]));
    const strikes = report.events.filter((e) => e.kind === 'strike').map((e) => EN.event(e.words));
    expect(strikes.length).toBeGreaterThan(0);
    for (const text of strikes) expect(cards.military!.events).toContain(text);
    expect(cards.finance!.events.some((text) => strikes.includes(text))).toBe(false);
    expect(cards.finance!.figures).toContainEqual({ kind: 'meter', id: 'fiscalRoom' });
    expect(cards.military!.figures).toContainEqual({
      kind: 'fact',
      label: 'Soldiers killed so far',
      value: String(state.tally.soldiers),
    });
    // Before the first week there is nothing to report.
    expect(roleCards(start).every((card) => card.events.length === 0)).toBe(true);
  });
});
