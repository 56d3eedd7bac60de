// The week's digest and folded reactions agree with the engine's own record of every week, over
// hundreds of games of every scenario and several strategies.
import { describe, expect, it } from 'vitest';
import { DOCTRINES, SCENARIO_IDS } from '../../src/engine';
import { STRATEGIES, playGame } from '../../src/engine/strategies';
import { onlyWatched, reportDigest } from '../../src/ui/report-digest';

const STRATEGY_NAMES = ['balanced', 'hawk', 'dove'] as const;

describe('the report digest', () => {
  it.each(SCENARIO_IDS)('%s: its figures are the week record’s, over 60 games', (scenario) => {
    let weeks = 0;
    let quietWeeks = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const strategy = STRATEGIES[STRATEGY_NAMES[seed % STRATEGY_NAMES.length]!];
      playGame({ scenario, seed, difficulty: 'normal' }, strategy, (_before, report, after) => {
        const record = after.history.find((r) => r.week === report.week)!;
        const [violence, meters, ladder] = reportDigest(report);
        weeks++;
        if (record.attacks === 0) {
          quietWeeks++;
          expect(violence).toMatch(/^No militant attacks;/);
        } else {
          const attacks = `${record.attacks} militant attack${record.attacks === 1 ? '' : 's'}`;
          expect(violence.startsWith(attacks)).toBe(true);
          expect(violence.includes(`(${record.foiled} foiled)`)).toBe(record.foiled > 0);
        }
        const strikes = `${record.strikes} strike${record.strikes === 1 ? '' : 's'} across`;
        expect(violence).toContain(strikes);
        const deaths = report.events.reduce((sum, e) => sum + (e.deaths ?? 0), 0);
        expect(violence).toContain(
          deaths === 0
            ? 'no one killed'
            : deaths === 1
              ? '1 person killed'
              : `${deaths.toLocaleString('en-GB')} people killed`,
        );
        const moved = Object.keys(report.metersAfter).some(
          (id) =>
            report.metersAfter[id as 'deterrence'] !== report.metersBefore[id as 'deterrence'],
        );
        expect(meters.startsWith('Biggest change:')).toBe(moved);
        expect(ladder.startsWith('The ladder stays')).toBe(
          report.ladderAfter === report.ladderBefore,
        );
      });
    }
    expect(weeks).toBeGreaterThan(400);
    // Both kinds of week were seen, so both branches above were checked.
    expect(quietWeeks).toBeGreaterThan(0);
    expect(quietWeeks).toBeLessThan(weeks);
  });

  it('folds exactly the actors whose rule this week was to watch', () => {
    const watchRules = new Set(
      DOCTRINES.flatMap((d) =>
        d.rules.filter((r) => r.reaction.kind === 'watch').map((r) => `${d.actor}|${r.id}`),
      ),
    );
    let folded = 0;
    let shown = 0;
    for (let seed = 1; seed <= 40; seed++)
      playGame(
        { scenario: 'sandbox', seed, difficulty: 'normal' },
        STRATEGIES.hawk,
        (_b, report) => {
          for (const trace of report.traces) {
            const watching =
              trace.fired === 'none' || watchRules.has(`${trace.actor}|${trace.fired}`);
            expect(onlyWatched(trace)).toBe(watching);
            if (watching) folded++;
            else shown++;
          }
        },
      );
    expect(folded).toBeGreaterThan(0);
    expect(shown).toBeGreaterThan(0);
  });
});
