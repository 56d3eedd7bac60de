// The measuring instruments of the balance report (issue 10) checked on their own: the exploit
// hunter's plans, pinning a variable, the rule-firing counter and the harm classes.
import { describe, expect, it } from 'vitest';
import { RESPONSES } from '../../src/engine/content/responses';
import { countFirings, eventKey, ruleKey, strategyGames } from '../../src/engine/balance-games';
import {
  fixedPlanStrategy,
  pairPlans,
  planLabel,
  singlePlans,
} from '../../src/engine/exploit-hunt';
import { candidatesOf, validateDecisions } from '../../src/engine/responses';
import { hooksOf } from '../../src/engine/response-types';
import { firers } from '../../src/engine/rule-firing';
import { PINNED_VARIABLES, PIN_LEVELS, playPinned } from '../../src/engine/sensitivity';
import { STRATEGIES, balancedStrategy, playGame } from '../../src/engine/strategies';
import { createState } from '../../src/engine/state';
import { resolveTurn } from '../../src/engine/turn';
import { Dice } from '../../src/engine/random';

describe('the exploit hunter’s plans', () => {
  it('cover every response at every target that suits it, once each', () => {
    const labels = singlePlans().map(planLabel);
    expect(new Set(labels).size).toBe(labels.length);
    const expected = RESPONSES.flatMap((def) =>
      def.target === 'none'
        ? [def.id]
        : candidatesOf(def)
            .filter((target) => !hooksOf(def).where?.(target))
            .map((target) => `${def.id}@${target}`),
    );
    expect(labels.sort()).toEqual(expected.sort());
    for (const def of RESPONSES) expect(labels.some((l) => l.split('@')[0] === def.id)).toBe(true);
  });

  it('pair two different responses, every such pair once', () => {
    const singles = singlePlans().filter((p) =>
      ['strike-camps', 'jirga', 'gulf-support'].includes(p.moves[0]!.response),
    );
    const pairs = pairPlans(singles);
    const count = (id: string) => singles.filter((p) => p.moves[0]!.response === id).length;
    const expected =
      count('strike-camps') * count('jirga') +
      count('strike-camps') * count('gulf-support') +
      count('jirga') * count('gulf-support');
    expect(pairs).toHaveLength(expected);
    for (const pair of pairs) expect(pair.moves[0]!.response).not.toBe(pair.moves[1]!.response);
  });

  it('take the move every week it is allowed and nothing otherwise', () => {
    const plan = { moves: [{ response: 'strike-camps', target: 'paktika' }] } as const;
    const strategy = fixedPlanStrategy(plan);
    let state = createState('sandbox', 4, 'normal');
    let used = 0;
    let idle = 0;
    while (!state.ending) {
      const decisions = strategy(state, new Dice(1));
      expect(validateDecisions(state, decisions).ok).toBe(true);
      const allowed = resolveTurn(state, plan.moves).ok;
      expect(decisions).toEqual(allowed ? plan.moves : []);
      if (allowed) used += 1;
      else idle += 1;
      const turn = resolveTurn(state, decisions);
      if (!turn.ok) throw new Error(JSON.stringify(turn.error.reason));
      state = turn.value.state;
    }
    // A strike has a cooldown, so the plan both acts and waits in one game.
    expect(used).toBeGreaterThan(0);
    expect(idle).toBeGreaterThan(0);
  });
});

describe('pinning a variable', () => {
  it.each(PINNED_VARIABLES.map((v) => [v.id, v] as const))(
    '%s holds at its level before every week, where unpinned play moves it',
    (_, variable) => {
      for (const level of [PIN_LEVELS.low, PIN_LEVELS.high]) {
        const seen: number[] = [];
        const end = playPinned('sandbox', 3, balancedStrategy, variable, level, (pinned) =>
          seen.push(variable.read(pinned)),
        );
        expect(seen.length).toBe(end.history.length);
        expect(new Set(seen)).toEqual(new Set([level]));
      }
      // Without the pin the value drifts away from both levels at some point of a game.
      const free: number[] = [];
      playGame({ scenario: 'sandbox', seed: 3, difficulty: 'normal' }, balancedStrategy, (b) =>
        free.push(variable.read(b)),
      );
      expect(free.some((v) => v !== PIN_LEVELS.low && v !== PIN_LEVELS.high)).toBe(true);
    },
  );
});

describe('the rule-firing counter', () => {
  it('counts the rule each actor’s trace says fired, once per actor and week', () => {
    const before = createState('sandbox', 2, 'normal');
    const turn = resolveTurn(before, [{ response: 'accelerate-deportations' }]);
    if (!turn.ok) throw new Error(JSON.stringify(turn.error.reason));
    const firings: Record<string, number> = {};
    countFirings(firings, before, turn.value.report, turn.value.state);
    const un = turn.value.report.traces.find((t) => t.actor === 'un')!;
    expect(firings[ruleKey('un', un.fired)]).toBe(1);
    expect(Object.values(firings).reduce((a, b) => a + b, 0)).toBe(
      turn.value.report.traces.length + turn.value.state.firedEvents.length,
    );
  });

  it('counts each scenario event once, in its game, and every counted key is a row', () => {
    const games = strategyGames('seven-camps', 'normal', 'hawk', 1);
    const fired = playGame(
      { scenario: 'seven-camps', seed: 1, difficulty: 'normal' },
      STRATEGIES.hawk,
    ).state.firedEvents;
    expect(fired.length).toBeGreaterThan(0);
    const events = Object.keys(games.firings).filter((key) => key.startsWith('event:'));
    expect(events.sort()).toEqual(fired.map(eventKey).sort());
    for (const id of fired) expect(games.firings[eventKey(id)]).toBe(1);
    const rows = new Set(firers().map((f) => f.key));
    for (const key of Object.keys(games.firings)) expect(rows.has(key)).toBe(true);
  });
});

describe('the harm classes', () => {
  it('count only full-length games, and the forever frontier with strikes inside the mixed', () => {
    const dove = strategyGames('karachi', 'normal', 'dove', 20);
    // Dove loses every game early: nothing is full length.
    expect(dove.harm.good.games + dove.harm.mixed.games).toBe(0);
    const balanced = strategyGames('karachi', 'normal', 'balanced', 40);
    const h = balanced.harm;
    expect(h.good.games).toBe(balanced.tally.good);
    expect(h.mixed.games).toBe(balanced.tally.counts['forever-frontier']);
    expect(h['forever-with-strikes'].games).toBeLessThanOrEqual(h.mixed.games);
    expect(h['forever-with-strikes'].games).toBeGreaterThan(0);
  });

  it('are played once per process: asking again returns the same figures', () => {
    const first = strategyGames('karachi', 'normal', 'balanced', 40);
    expect(strategyGames('karachi', 'normal', 'balanced', 40)).toBe(first);
  });
});
