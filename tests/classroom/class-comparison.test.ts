/**
 * The class comparison's model, on games played by the built-in strategies: the endings counted,
 * the class code taken from the most games and others flagged, every week's choices and plans
 * counted, the heat map summed per place and kind, the first divergence found; the pasted text
 * split into cells; the CSV quoted, defused and checked against the games themselves.
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

const OPTIONS = { scenario: 'karachi', seed: 41, difficulty: 'normal' } as const;

function replayed(weeks: Decision[][]): FullReplay {
  const game = replay(OPTIONS, weeks, { states: true, reports: true });
  if (!game.ok) throw new Error(game.error.message);
  return game.value;
}

function classGame(id: number, weeks: Decision[][], lessonCode: string | null): ClassGame {
  return { id, student: `Student ${id}`, origin: `File ${id}`, lessonCode, game: replayed(weeks) };
}

const strategies = ['balanced', 'hawk', 'dove', 'balanced'] as const;
const games = strategies.map((name, id) =>
  classGame(
    id,
    playGame(OPTIONS, STRATEGIES[name]).weeks,
    id === 2 ? 'DOH-1AB-2CD' : 'KAR-7Q3-F9X',
  ),
);

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
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell(-1)).toBe('-1');
    expect(decisionsText([])).toBe('No action');
  });
});
