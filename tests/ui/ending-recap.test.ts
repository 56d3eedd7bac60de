// The ending's recap: its timeline is the game's states week by week, its turning points are the
// weeks the debrief names, each headed by what moved most and the cause that moved it most.
import { describe, expect, it } from 'vitest';
import { LADDER_RUNGS, type GameState, type WeekReport } from '../../src/engine';
import { STRATEGIES, playGame } from '../../src/engine/strategies';
import { buildDebrief } from '../../src/classroom/debrief';
import { causeText } from '../../src/ui/cause-words';
import { endingRecap } from '../../src/ui/ending-recap';
import { meterCauses } from '../../src/ui/meter-why-dialog';

function played(seed: number, strategy: keyof typeof STRATEGIES) {
  const states: GameState[] = [];
  const reports: WeekReport[] = [];
  const game = playGame(
    { scenario: 'karachi', seed, difficulty: 'normal' },
    STRATEGIES[strategy],
    (before, report, after) => {
      if (states.length === 0) states.push(before);
      states.push(after);
      reports.push(report);
    },
  );
  return { weeks: game.weeks, final: game.state, states, reports };
}

describe('the ending’s recap', () => {
  for (const [seed, strategy] of [
    [1, 'hawk'],
    [2, 'dove'],
    [3, 'random'],
    [4, 'balanced'],
  ] as const) {
    it(`agrees with the game and the debrief (${strategy}, seed ${seed})`, () => {
      const { weeks, final, states, reports } = played(seed, strategy);
      const recap = endingRecap(final, reports);
      expect(recap.timeline).toEqual(
        states.map((state, week) => ({ week, meters: state.meters, ladder: state.ladder })),
      );
      const debrief = buildDebrief({ weeks, states, reports });
      expect(recap.turningPoints.map((p) => p.week)).toEqual(
        debrief.turningPoints.map((p) => p.week),
      );
      expect(recap.turningPoints.length).toBeGreaterThan(0);

      for (const point of recap.turningPoints) {
        const report = reports[point.week - 1]!;
        if (report.ladderAfter !== report.ladderBefore) {
          expect(point.headline).toContain(`“${LADDER_RUNGS[report.ladderAfter]}”`);
          const causes = report.changes
            .filter((c) => c.subject === 'ladder')
            .map((c) => causeText(c.cause));
          expect(causes).toContain(point.cause);
        } else {
          const meter = point.headline.startsWith('Public pressure') ? 'publicPressure' : null;
          if (meter) expect(point.cause).toBe(causeText(meterCauses(report, meter)[0]!.cause));
          expect(point.headline).toMatch(/ (rose|fell) by \d+ \(\d+ → \d+\)$/);
        }
      }
    });
  }
});
