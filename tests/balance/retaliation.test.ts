// Balance target 3: the retaliation cycle (a strike brings more attacks and a more hostile Kabul,
// on matched branches of the same games) and the slow tools (policing, coordination and trade
// bring attacks down over many weeks).
import { describe, expect, it } from 'vitest';
import {
  formatRetaliation,
  formatSlowTools,
  measureRetaliation,
  measureSlowTools,
} from '../../src/cli/balance-report';
import type { AttackBlock } from '../../src/engine/balance';
import { SCENARIO_IDS } from '../../src/engine';
import { SLOW } from './targets';

const perWeek = (blocks: readonly AttackBlock[], count: 'attempted' | 'through') =>
  blocks.reduce((sum, b) => sum + b[count], 0) / blocks.reduce((sum, b) => sum + b.weeks, 0);

describe('balance target 3: the retaliation cycle and the slow tools', () => {
  it(
    'after a cross-border strike, attacks rise over the next weeks and Kabul grows more hostile',
    async () => {
      const all = SCENARIO_IDS.map(measureRetaliation);
      for (const f of all) {
        expect(f.pairs, `${f.scenario}: matched pairs`).toBeGreaterThanOrEqual(250);
        // At least a tenth more attacks over the window, and five points of hostility.
        expect(f.attacks.strike, `${f.scenario}: attacks`).toBeGreaterThanOrEqual(
          f.attacks.none * 1.1,
        );
        expect(f.hostilityNext.strike, `${f.scenario}: hostility`).toBeGreaterThanOrEqual(
          f.hostilityNext.none + 5 * f.pairs,
        );
        expect(f.hostilityLater.strike, `${f.scenario}: hostility later`).toBeGreaterThan(
          f.hostilityLater.none,
        );
        // Deterrence: 3–6 weeks after the strike, fewer attacks than without it.
        expect(f.latePairs, `${f.scenario}: late pairs`).toBeGreaterThanOrEqual(200);
        expect(f.lateAttacks.strike, `${f.scenario}: attacks 3–6 weeks on`).toBeLessThan(
          f.lateAttacks.none,
        );
      }
      await expect(formatRetaliation(all)).toMatchFileSnapshot('./baseline/3a-retaliation.txt');
    },
    SLOW,
  );

  it(
    'sustained policing, coordination and trade bring attacks down over many weeks',
    async () => {
      const all = SCENARIO_IDS.map(measureSlowTools);
      for (const f of all) {
        // From week 5 on, at least a tenth fewer attacks get through than with no decisions.
        const later = (arm: 'steady' | 'idle') => f[arm].filter((b) => b.from >= 5);
        expect(perWeek(later('steady'), 'through'), `${f.scenario}: got through`).toBeLessThan(
          perWeek(later('idle'), 'through') * 0.9,
        );
        // And fewer than in the steady games' own first weeks.
        expect(perWeek(later('steady'), 'through')).toBeLessThan(
          perWeek(f.steady.slice(0, 1), 'through'),
        );
        if (f.steady.length < 6) continue;
        // Over the last eight weeks of a 24-week game, fewer attacks are even attempted.
        const last = (arm: 'steady' | 'idle') => f[arm].slice(-2);
        expect(perWeek(last('steady'), 'attempted'), `${f.scenario}: attempted`).toBeLessThan(
          perWeek(last('idle'), 'attempted'),
        );
      }
      await expect(formatSlowTools(all)).toMatchFileSnapshot('./baseline/3b-slow-tools.txt');
    },
    SLOW,
  );
});
