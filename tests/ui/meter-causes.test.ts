// "Why did a meter change?": the causes the dialog lists add up to the change shown, and every
// cause the engine records has words of its own.
import { describe, expect, it } from 'vitest';
import { METER_IDS, SCENARIO_IDS, type WeekReport } from '../../src/engine';
import { STRATEGIES, playGame } from '../../src/engine/strategies';
import { causeText } from '../../src/ui/cause-words';
import { meterCauses, whyMeterTitle } from '../../src/ui/meter-why-dialog';

const reports: WeekReport[] = [];
for (const scenario of SCENARIO_IDS)
  for (const name of ['balanced', 'hawk', 'dove', 'random'] as const)
    for (let seed = 1; seed <= 6; seed++)
      playGame({ scenario, seed, difficulty: 'normal' }, STRATEGIES[name], (_before, report) =>
        reports.push(report),
      );

describe('the causes of a meter’s change', () => {
  it('add up to the change the meter shows, every meter, every week (96 games)', () => {
    expect(reports.length).toBeGreaterThan(500);
    for (const report of reports)
      for (const meter of METER_IDS) {
        const sum = meterCauses(report, meter).reduce((total, c) => total + c.delta, 0);
        expect(sum, `week ${report.week} ${meter}`).toBe(
          report.metersAfter[meter] - report.metersBefore[meter],
        );
      }
  });

  it('are listed largest first', () => {
    for (const report of reports.slice(0, 100)) {
      const sizes = meterCauses(report, 'publicPressure').map((c) => Math.abs(c.delta));
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    }
  });

  it('are each put in words of their own, never the engine’s raw id', () => {
    const causes = new Set(reports.flatMap((r) => r.changes.map((c) => c.cause)));
    expect(causes.size).toBeGreaterThan(40);
    for (const cause of causes) {
      const words = causeText(cause);
      expect(words, cause).not.toContain(cause);
      expect(words, cause).not.toMatch(/^A slow force/);
      expect(words, cause).not.toMatch(/“[a-z0-9/-]+”/);
    }
    expect(causeText('response:strike-camps')).toBe('Your response: “Strike militant camps”');
    expect(whyMeterTitle('publicPressure')).toBe('Why did public pressure change?');
  });
});
