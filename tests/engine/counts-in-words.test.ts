// Counts in the engine's words agree with their number ("1 soldier", never "1 soldiers") and large
// counts are grouped ("25,587", never "25587"), in everything a game says: events, reactions,
// advisors, unavailable responses and endings, over many games of every scenario.
import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS, adviceFor, responsesFor, type GameState } from '../../src/engine';
import { formatFor } from '../../src/text/format';
import { en } from '../../src/text/en';
import { STRATEGIES, playGame } from '../../src/engine/strategies';
import { EN } from '../../src/text';
import { ONE_WITH_PLURAL, UNGROUPED } from '../text/words-check';

function wordsOf(state: GameState): string[] {
  return [
    ...adviceFor(state).flatMap((a) => [
      EN.stance(a.stance),
      ...a.recommendations.map((r) => EN.advice(r.reason)),
    ]),
    ...responsesFor(state).flatMap((o) => [
      ...(o.unavailable ? [EN.unavailable(o.unavailable)] : []),
      ...o.targets.flatMap((t) => (t.reason ? [EN.targetReason(t.reason)] : [])),
    ]),
  ];
}

const EN_LOCALE = en.locale;

describe('counts in words', () => {
  it('the English format puts the noun in the right number and groups the digits', () => {
    const { count, number } = formatFor(EN_LOCALE);
    expect(count(1, { one: 'soldier', other: 'soldiers' })).toBe('1 soldier');
    expect(count(0, { one: 'soldier', other: 'soldiers' })).toBe('0 soldiers');
    expect(count(25587, { one: 'person', other: 'people' })).toBe('25,587 people');
    expect(number(-1234567)).toBe('-1,234,567');
  });

  it('the check catches a count of one with a plural noun, a nationality between or not', () => {
    for (const wrong of ['1 soldiers', '1 Afghan civilians', 'fire: 1 Pakistani soldiers killed'])
      expect(ONE_WITH_PLURAL.test(wrong), wrong).toBe(true);
    for (const right of ['1 soldier', '11 Afghan civilians', '21 weeks', '1,001 people'])
      expect(ONE_WITH_PLURAL.test(right), right).toBe(false);
  });

  it('the catalogue words a count of one in the singular', () => {
    const texts = [
      EN.endingFact({
        fact: 'toll',
        attacks: 1,
        foiled: 1,
        civiliansPakistan: 1,
        civiliansAfghanistan: 1,
        police: 1,
        soldiers: 1,
      }),
      EN.endingFact({ fact: 'closing-attacks', weeks: 1, through: 1, foiled: 1, leftAlone: 10 }),
      EN.outcome({ id: 'fired-on-posts', district: 'kurram', soldiers: 1 }),
      EN.outcome({ id: 'reported-harm', civilians: 1 }),
    ];
    expect(texts.filter((t) => ONE_WITH_PLURAL.test(t))).toEqual([]);
    expect(texts[0]).toBe(
      '1 militant attack (1 foiled); 1 Pakistani civilian and 1 Afghan civilian, 1 police officer and 1 soldier killed.',
    );
    expect(texts[2]).toContain('1 Pakistani soldier killed');
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
          const ending = EN.ending(state.ending);
          texts.push(ending.title, ending.summary, ...ending.causes);
        }
      }
      expect(texts.length).toBeGreaterThan(500);
      expect(texts.filter((t) => ONE_WITH_PLURAL.test(t))).toEqual([]);
      expect(texts.filter((t) => UNGROUPED.test(t))).toEqual([]);
    },
  );
});
