// Counts in the engine's words agree with their number ("1 soldier", never "1 soldiers") and large
// counts are grouped ("25,587", never "25587"), in everything a game says: events, reactions,
// advisors, unavailable responses and endings, over many games of every scenario.
import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS, adviceFor, responsesFor, type GameState } from '../../src/engine';
import { endingText } from '../../src/engine/ending-text';
import { counted, formatCount } from '../../src/engine/format';
import { STRATEGIES, playGame } from '../../src/engine/strategies';
import { EN } from '../../src/text';

const NOUNS =
  'soldiers|civilians|militants|police(?! officer)|weeks|attacks|people|Pakistanis|militant attacks|strikes';
/** "1 soldiers", "1 weeks" and the like. */
const ONE_WITH_PLURAL = new RegExp(`(?<![\\d,.])1 (${NOUNS})\\b`);
/** Four or more digits not grouped in thousands, years (19xx, 20xx) aside. */
const UNGROUPED = /(?<![\d,.])(?!(?:19|20)\d\d(?!\d))\d{4,}(?![\d,])/;

function wordsOf(state: GameState): string[] {
  return [
    ...adviceFor(state).map((a) => a.stance),
    ...responsesFor(state).flatMap((o) => (o.unavailable ? [o.unavailable.message] : [])),
  ];
}

describe('counts in words', () => {
  it('counted and formatCount put the noun in the right number and group the digits', () => {
    expect(counted(1, 'soldier', 'soldiers')).toBe('1 soldier');
    expect(counted(0, 'soldier', 'soldiers')).toBe('0 soldiers');
    expect(counted(25587, 'person', 'people')).toBe('25,587 people');
    expect(formatCount(-1234567)).toBe('-1,234,567');
  });

  it.each(SCENARIO_IDS)(
    '%s: no "1 soldiers" and no ungrouped large count, over 40 games',
    (scenario) => {
      const texts: string[] = [];
      for (let seed = 1; seed <= 40; seed++) {
        const strategy = seed % 2 === 0 ? STRATEGIES.hawk : STRATEGIES.balanced;
        const { state } = playGame(
          { scenario, seed, difficulty: 'normal' },
          strategy,
          (before, report) => {
            texts.push(...wordsOf(before), ...report.events.map((e) => EN.event(e.words)));
            texts.push(...report.traces.map((t) => EN.outcome(t.outcome)));
          },
        );
        if (state.ending) {
          const ending = endingText(state.ending);
          texts.push(ending.title, ending.summary, ...ending.causes);
        }
      }
      expect(texts.length).toBeGreaterThan(500);
      expect(texts.filter((t) => ONE_WITH_PLURAL.test(t))).toEqual([]);
      expect(texts.filter((t) => UNGROUPED.test(t))).toEqual([]);
    },
  );
});
