// Everything the doctrines can show has words, and they read as words: every rule of every actor
// has a title; every condition of the content, and every reading under either operator and each
// of its wordings, renders from its data and names its threshold where the words give one; every
// outcome id renders for sample figures; every forecast of the briefing renders.
import { describe, expect, it } from 'vitest';
import {
  ACTOR_IDS,
  DISTRICT_IDS,
  DOCTRINES,
  EVENTS,
  PROVINCE_IDS,
  SCENARIO_IDS,
  briefingFor,
  type Condition,
  type OutcomeWords,
  type OutcomeWordsId,
  type ReaderId,
} from '../../src/engine';
import { READERS } from '../../src/engine/readers';
import { STRATEGIES, playGame } from '../../src/engine/strategies';
import { EN } from '../../src/text';
import { en } from '../../src/text/en';
import { game, withState } from '../engine/fixtures';
import { OUTCOME_SAMPLES as OUTCOMES, READER_IDS, WORDINGS } from './samples';
import { expectWords } from './words-check';

describe('rule titles', () => {
  it('every rule of every doctrine has a title, and the catalogue titles no other', () => {
    const keys = DOCTRINES.flatMap((d) => d.rules.map((r) => `${d.actor}/${r.id}`));
    expect(Object.keys(en.ruleTitles).sort()).toEqual([...keys].sort());
    for (const doctrine of DOCTRINES)
      for (const rule of doctrine.rules) {
        const title = EN.ruleTitle(doctrine.actor, rule.id);
        expect(title, `${doctrine.actor}/${rule.id}`).toMatch(/^[A-Z]/);
        expectWords(title ?? '', `${doctrine.actor}/${rule.id}`);
      }
  });
});

describe('conditions, worded from their data', () => {
  it('every condition of the doctrines and events renders', () => {
    const all: Condition[] = [
      ...DOCTRINES.flatMap((d) => d.rules.flatMap((r): readonly Condition[] => r.when)),
      ...EVENTS.flatMap((e): readonly Condition[] => e.when),
    ];
    expect(all.length).toBeGreaterThan(80);
    for (const condition of all) expectWords(EN.condition(condition), condition);
  });

  it('every reading renders under either operator, at several thresholds and in each wording', () => {
    for (const read of READER_IDS) {
      const yesNo = READERS[read].yesNo === true;
      const thresholds = yesNo ? [0, 1] : [0, 1, 2, 3, 4, 5, 30, 50, 65];
      const wordings = (WORDINGS as Partial<Record<ReaderId, readonly string[]>>)[read] ?? [];
      for (const op of ['>=', '<='] as const)
        for (const value of thresholds)
          for (const wording of [undefined, ...wordings]) {
            const condition = { read, op, value, ...(wording ? { wording } : {}) } as Condition;
            expectWords(EN.condition(condition), condition);
          }
    }
  });

  it('a numeric threshold changed in the data changes the words', () => {
    const changed: string[] = [];
    for (const read of READER_IDS) {
      if (READERS[read].yesNo) continue;
      for (const op of ['>=', '<='] as const) {
        const at = (value: number) => EN.condition({ read, op, value } as Condition);
        if (at(30) !== at(45)) changed.push(`${read} ${op}`);
      }
    }
    // Every numeric reading names its threshold, save "the TTP still has sanctuary to lose".
    expect(READER_IDS.filter((r) => !READERS[r].yesNo).length * 2 - changed.length).toBe(1);
    expect(changed).not.toContain('ttpSanctuary >=');
  });

  it('a yes/no condition reads the other way when it must be no', () => {
    for (const read of READER_IDS.filter((r) => READERS[r].yesNo)) {
      const yes = EN.condition({ read, op: '>=', value: 1 } as Condition);
      const no = EN.condition({ read, op: '<=', value: 0 } as Condition);
      expect(yes, read).not.toBe(no);
    }
  });
});

describe('outcomes', () => {
  it('the samples cover every entry of the English outcomes catalogue', () => {
    expect(Object.keys(OUTCOMES).sort()).toEqual(Object.keys(en.outcomes).sort());
  });

  it.each(Object.keys(OUTCOMES) as OutcomeWordsId[])('%s renders as words', (id) => {
    const samples: readonly OutcomeWords[] = OUTCOMES[id];
    for (const words of samples) expectWords(EN.outcome(words), words);
  });
});

describe('forecasts and "Why?" cards of real games', () => {
  it('every forecast, outcome and card of many weeks renders as words', () => {
    const seen = new Set<string>();
    for (const scenario of SCENARIO_IDS)
      for (const strategy of ['balanced', 'hawk', 'dove'] as const)
        playGame(
          { scenario, seed: 3, difficulty: 'normal' },
          STRATEGIES[strategy],
          (before, report) => {
            for (const item of briefingFor(before, report).intelligence) {
              seen.add(`intel:${item.words.id}:${item.words.confidence}`);
              expectWords(EN.intelligence(item), item.words);
            }
            for (const trace of report.traces) {
              seen.add(`outcome:${trace.outcome.id}`);
              expectWords(EN.whyInWords(trace), trace.outcome);
              for (const line of EN.why(trace).passedOver) expectWords(line, trace.actor);
            }
          },
        );
    // Coverage and trust set low, middling and high, so every forecast shows at each confidence.
    for (const scenario of SCENARIO_IDS)
      for (const level of [10, 40, 80]) {
        const state = withState(game(scenario), (s) => {
          for (const id of PROVINCE_IDS) s.provinces[id].intel = level;
          for (const id of DISTRICT_IDS) s.districts[id].trust = level;
        });
        for (const item of briefingFor(state).intelligence) {
          seen.add(`intel:${item.words.id}:${item.words.confidence}`);
          expectWords(EN.intelligence(item), item.words);
        }
      }
    for (const id of ['group', 'kabul', 'district'])
      for (const confidence of ['low', 'medium', 'high'])
        expect(seen, `${id} at ${confidence}`).toContain(`intel:${id}:${confidence}`);
    expect([...seen].filter((s) => s.startsWith('outcome:')).length).toBeGreaterThan(15);
    expect(ACTOR_IDS.length).toBe(DOCTRINES.length);
  });
});
