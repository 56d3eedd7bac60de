/**
 * The class comparison's model, on games played by the built-in strategies: the endings counted,
 * the class code taken from the most games and others flagged, every week's choices and plans
 * counted, the heat map summed per place and kind, the first divergence found; the pasted text
 * split into cells; the predictions scored against the games' own reports; the CSV quoted, defused
 * and checked against the games themselves.
 */
import { describe, expect, it } from 'vitest';
import { replay, type Decision, type FullReplay } from '../../src/engine';
import { STRATEGIES, playGame } from '../../src/engine/strategies';
import {
  classCodeOf,
  heatKindOf,
  summariseClass,
  type ClassGame,
} from '../../src/classroom/class-comparison';
import { BOM, classCsv, csvCell, decisionsText } from '../../src/classroom/class-csv';
import { pastedEntries } from '../../src/classroom/pasted-games';
import type { ClassroomWeek, PredictionId } from '../../src/model/classroom';

const OPTIONS = { scenario: 'karachi', seed: 41, difficulty: 'normal' } as const;

function replayed(weeks: Decision[][]): FullReplay {
  const game = replay(OPTIONS, weeks, { states: true, reports: true });
  if (!game.ok) throw new Error(JSON.stringify(game.error.reason));
  return game.value;
}

function classGame(
  id: number,
  weeks: Decision[][],
  lessonCode: string | null,
  classroomWeeks: ClassroomWeek[] = [],
): ClassGame {
  const game = replayed(weeks);
  return { id, student: `Student ${id}`, origin: `File ${id}`, lessonCode, classroomWeeks, game };
}

/** One prediction a week, for weeks 1 to `weeks`, all of one reaction and confidence. */
function predicting(id: PredictionId, confidence: number, weeks: number): ClassroomWeek[] {
  return Array.from({ length: weeks }, (_, i) => ({ week: i + 1, prediction: { id, confidence } }));
}

const strategies = ['balanced', 'hawk', 'dove', 'balanced'] as const;
// Game 0 predicts the ladder climbs each of its first four weeks (80% sure), game 1 that public
// pressure rises in its first three (60%); the others predict nothing.
const predictions = [predicting('ladder-up', 80, 4), predicting('pressure-up', 60, 3), [], []];
const games = strategies.map((name, id) =>
  classGame(
    id,
    playGame(OPTIONS, STRATEGIES[name]).weeks,
    id === 2 ? 'DOH-1AB-2CD' : 'KAR-7Q3-F9X',
    predictions[id],
  ),
);

/** Which of a game's first `weeks` weeks saw its reaction, read straight from the reports. */
function happened(game: ClassGame, weeks: number, reaction: 'ladder' | 'pressure'): boolean[] {
  return game.game.reports
    .slice(0, weeks)
    .map((report) =>
      reaction === 'ladder'
        ? report.ladderAfter > report.ladderBefore
        : report.metersAfter.publicPressure > report.metersBefore.publicPressure,
    );
}

const brierOf = (confidence: number, outcomes: boolean[]) =>
  outcomes.reduce((sum, hit) => sum + (confidence - (hit ? 1 : 0)) ** 2, 0) / outcomes.length;

describe('the class summary', () => {
  const summary = summariseClass(games);

  it('counts every ending and flags the game of another class code', () => {
    const total =
      Object.values(summary.endings.counts).reduce((a, b) => a + b, 0) + summary.endings.unfinished;
    expect(total).toBe(games.length);
    for (const game of games) {
      const ending = game.game.final.ending;
      expect(ending).not.toBeNull();
      expect(summary.rows[game.id]!.ending).toBe(ending!.id);
    }
    expect(summary.lessonCode).toBe('KAR-7Q3-F9X');
    expect(summary.rows.map((r) => r.otherClass)).toEqual([false, false, true, false]);
    // A code the teacher gives wins over the most common one.
    expect(summariseClass(games, 'DOH-1AB-2CD').rows.map((r) => r.otherClass)).toEqual([
      true,
      true,
      false,
      true,
    ]);
    expect(classCodeOf([classGame(0, [], null)])).toBeNull();
  });

  it('counts what the class chose each week, and the different plans', () => {
    const first = summary.weeks[0]!;
    expect(first.games).toBe(games.length);
    for (const choice of first.choices) {
      const chose = games.filter((g) =>
        g.game.weeks[0]!.some(
          (d) => d.response === choice.response && (d.target ?? null) === choice.target,
        ),
      ).length;
      expect(choice.count).toBe(chose);
    }
    // Two games play the same strategy on the same seed: they agree, so at most three plans.
    const plans = new Set(games.map((g) => JSON.stringify(g.game.weeks[0])));
    expect(first.distinctPlans).toBe(plans.size);
    expect(summary.firstDivergence).toBe(1);
    expect(summariseClass([games[0]!, games[3]!]).firstDivergence).toBeNull();
  });

  it('sums the heat map per place from every targeted strike, policing and closure', () => {
    let struck = 0;
    for (const game of games)
      for (const week of game.game.weeks)
        for (const d of week) if (d.target && heatKindOf(d.response) === 'struck') struck++;
    const mapped = [
      ...Object.values(summary.heat.districts),
      ...Object.values(summary.heat.provinces),
    ].reduce((sum, heat) => sum + heat.struck, 0);
    expect(mapped).toBe(struck);
    expect(struck).toBeGreaterThan(0);
    expect(heatKindOf('close-crossing')).toBe('closed');
    expect(heatKindOf('police-capacity')).toBe('policed');
    expect(heatKindOf('strike-camps')).toBe('struck');
    expect(heatKindOf('talks-qatar')).toBeNull();
  });
});

describe('prediction accuracy', () => {
  const summary = summariseClass(games);
  const ladder = happened(games[0]!, 4, 'ladder');
  const pressure = happened(games[1]!, 3, 'pressure');
  const count = (outcomes: boolean[]) => outcomes.filter(Boolean).length;

  it('scores each game against what its own reports say happened', () => {
    expect(summary.rows[0]!.predictions).toEqual({
      made: 4,
      hits: count(ladder),
      brier: expect.closeTo(brierOf(0.8, ladder), 10),
    });
    expect(summary.rows[1]!.predictions).toEqual({
      made: 3,
      hits: count(pressure),
      brier: expect.closeTo(brierOf(0.6, pressure), 10),
    });
    expect(summary.rows[2]!.predictions).toEqual({ made: 0, hits: 0, brier: null });
  });

  it('sums the class, and each reaction predicted, over every prediction made', () => {
    const all = [
      ...ladder.map((hit) => [0.8, hit] as const),
      ...pressure.map((hit) => [0.6, hit] as const),
    ];
    expect(summary.predictions.games).toBe(2);
    expect(summary.predictions.made).toBe(7);
    expect(summary.predictions.hits).toBe(count(ladder) + count(pressure));
    expect(summary.predictions.brier).toBeCloseTo(
      all.reduce((sum, [p, hit]) => sum + (p - (hit ? 1 : 0)) ** 2, 0) / 7,
      10,
    );
    expect(summary.predictions.kinds.map((k) => [k.id, k.made, k.hits])).toEqual([
      ['ladder-up', 4, count(ladder)],
      ['pressure-up', 3, count(pressure)],
    ]); // in the prediction list's order, each reaction predicted once
    // A week predicted but not yet played is not scored.
    const unplayed = classGame(
      9,
      games[0]!.game.weeks.slice(0, 2),
      null,
      predicting('ladder-up', 80, 4),
    );
    expect(summariseClass([unplayed]).predictions.made).toBe(2);
  });
});

describe('pasted text', () => {
  it('keeps one cell per code, from lines, tabs and quotes, skipping headings and blanks', () => {
    const text =
      '\uFEFFResult code\tName\r\n"#save=1.abc"\tAli\n\n  https://x.test/#save=1.def  \r\n' +
      'save1eJyrVkrLz1eyUoKxUlIKzk5VcFGyUkrLTMtyU6oFAMxLCg ; 2026-01-02\n';
    expect(pastedEntries(text)).toEqual([
      { line: 2, text: '#save=1.abc' },
      { line: 4, text: 'https://x.test/#save=1.def' },
      { line: 5, text: 'save1eJyrVkrLz1eyUoKxUlIKzk5VcFGyUkrLTMtyU6oFAMxLCg' },
    ]);
  });
});

describe('the CSV export', () => {
  it('starts with a byte-order mark and holds one row per game with its decisions', () => {
    const named = games.map((g, i) =>
      i === 0 ? { ...g, student: '=HYPERLINK("x") "quoted", Ali' } : g,
    );
    const summary = summariseClass(named);
    const csv = classCsv(summary, named);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^Student,From,Class code,Another class,Ending,Grade,Weeks played,/);
    expect(lines[1]!.startsWith(`"'=HYPERLINK(""x"") ""quoted"", Ali"`)).toBe(true);
    for (const game of named) {
      const line = lines[1 + game.id]!;
      expect(line).toContain(csvCell(decisionsText(game.game.weeks[0]!)));
      expect(line).toContain(String(game.game.weeks.length));
    }
    expect(lines[3]).toContain(',yes,');
    // Game 0's predictions: made, came true and Brier's score beside its weeks played.
    const scored = summary.rows[0]!.predictions;
    expect(lines[1]).toContain(
      `,${games[0]!.game.weeks.length},4,${scored.hits},${scored.brier!.toFixed(3)},`,
    );
    expect(lines[3]).toContain(`,${games[2]!.game.weeks.length},0,0,,`);
    const all = lines.find((line) => line.startsWith('All predictions,'));
    expect(all).toBe(
      `All predictions,7,${summary.predictions.hits},${summary.predictions.brier!.toFixed(3)}`,
    );
    expect(
      lines.some((line) => line.startsWith('The escalation ladder climbs a rung or more,4,')),
    ).toBe(true);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell(-1)).toBe('-1');
    expect(decisionsText([])).toBe('No action');
  });
});
