// The pure comparison of two games: timelines read from replays, lined up by week number,
// decisions compared week by week, the first difference, and how a branch relates to its original.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  METER_IDS,
  newGame,
  replay,
  resolveTurn,
  type Decision,
  type GameOptions,
  type GameState,
} from '../../src/engine';
import { parseCheckedSave } from '../../src/persistence/save-format';
import {
  SERIES_IDS,
  alignSeries,
  branchRelation,
  compareDecisions,
  decisionText,
  findOrigin,
  findPartner,
  firstDifferentWeek,
  isBranchOf,
  sameDecisions,
  sameGame,
  setupDifferences,
  timelineOf,
  type GameInputs,
  type Timeline,
} from '../../src/ui/compare-model';

function golden(file: string): GameInputs {
  const checked = parseCheckedSave(readFileSync(`tests/golden-saves/${file}.json`, 'utf8'));
  if (!checked.ok) throw new Error(checked.error);
  const { save } = checked.value;
  return {
    name: save.meta.name,
    options: save.game as GameOptions,
    weeks: save.weeks.map((w) => w.decisions),
  };
}

function timeline(game: GameInputs): Timeline {
  const played = replay(game.options, game.weeks, { reports: true });
  if (!played.ok) throw new Error(JSON.stringify(played.error.reason));
  return timelineOf(played.value);
}

/** The engine's own states, week by week, stepped here without the module under test. */
function engineStates(game: GameInputs): GameState[] {
  const start = newGame(game.options);
  if (!start.ok) throw new Error(start.error);
  const states = [start.value];
  for (const decisions of game.weeks) {
    const turn = resolveTurn(states[states.length - 1]!, decisions);
    if (!turn.ok) throw new Error(JSON.stringify(turn.error.reason));
    states.push(turn.value.state);
  }
  return states;
}

const ORIGINAL = { ...golden('karachi-balanced-1101'), name: 'Original' };
const BRANCH_WEEK = 4;
/** The original's first four weeks, then two weeks with nothing chosen. */
const BRANCH: GameInputs = {
  name: 'Branch',
  options: ORIGINAL.options,
  weeks: [...ORIGINAL.weeks.slice(0, BRANCH_WEEK), [], []],
  branchOf: { name: 'Original', week: BRANCH_WEEK },
};
const OTHER_SCENARIO = { ...golden('doha-truce-balanced-3303'), name: 'Doha' };

describe('timelines', () => {
  it('holds the engine’s meters and ladder after every week, from the opening', () => {
    for (const game of [ORIGINAL, BRANCH, OTHER_SCENARIO]) {
      const line = timeline(game);
      const states = engineStates(game);
      expect(line.weeksPlayed).toBe(game.weeks.length);
      for (const id of METER_IDS) expect(line.values[id]).toEqual(states.map((s) => s.meters[id]));
      expect(line.values.ladder).toEqual(states.map((s) => s.ladder));
      expect(line.final.ending).toEqual(states[states.length - 1]!.ending);
    }
  });
});

describe('a game and its branch', () => {
  const original = timeline(ORIGINAL);
  const branch = timeline(BRANCH);

  it('are identical up to the branch week and part after it', () => {
    for (const series of SERIES_IDS) {
      const rows = alignSeries(original, branch, series);
      for (const row of rows.slice(0, BRANCH_WEEK + 1)) expect(row.second).toBe(row.first);
    }
    const parted = SERIES_IDS.filter((series) =>
      alignSeries(original, branch, series)
        .slice(BRANCH_WEEK + 1, BRANCH.weeks.length + 1)
        .some((row) => row.first !== row.second),
    );
    expect(parted.length).toBeGreaterThan(0);
  });

  it('have the same decisions before the branch week and different ones after', () => {
    const rows = compareDecisions(ORIGINAL, BRANCH);
    expect(rows.slice(0, BRANCH_WEEK).map((r) => r.status)).toEqual(
      Array(BRANCH_WEEK).fill('same'),
    );
    expect(rows.slice(BRANCH_WEEK, BRANCH.weeks.length).map((r) => r.status)).toEqual([
      'different',
      'different',
    ]);
    expect(firstDifferentWeek(rows)).toBe(BRANCH_WEEK + 1);
    expect(rows[BRANCH_WEEK]).toMatchObject({
      week: BRANCH_WEEK + 1,
      first: ORIGINAL.weeks[BRANCH_WEEK],
      second: [],
    });
  });

  it('are recognised as branch and original, whichever side each is on', () => {
    expect(isBranchOf(BRANCH, ORIGINAL)).toBe(true);
    expect(isBranchOf(ORIGINAL, BRANCH)).toBe(false);
    expect(branchRelation(ORIGINAL, BRANCH)).toEqual({ branch: 'second', week: BRANCH_WEEK });
    expect(branchRelation(BRANCH, ORIGINAL)).toEqual({ branch: 'first', week: BRANCH_WEEK });
    expect(branchRelation(ORIGINAL, OTHER_SCENARIO)).toBeNull();
  });

  it('are not related when the shared weeks were changed', () => {
    const altered = {
      ...ORIGINAL,
      weeks: [[], ...ORIGINAL.weeks.slice(1)],
    };
    expect(isBranchOf(BRANCH, altered)).toBe(false);
    expect(isBranchOf(BRANCH, { ...ORIGINAL, options: { ...ORIGINAL.options, seed: 7 } })).toBe(
      false,
    );
  });

  it('find each other among other games, and never a copy of themselves', () => {
    const copy = { ...BRANCH, name: 'Branch, saved again', weeks: [...BRANCH.weeks, []] };
    const samesake = { ...ORIGINAL, name: 'Unrelated', options: { ...ORIGINAL.options, seed: 9 } };
    const candidates = [BRANCH, copy, samesake, OTHER_SCENARIO, ORIGINAL];
    expect(findPartner(BRANCH, candidates)).toBe(ORIGINAL);
    expect(findOrigin(BRANCH, candidates)).toBe(ORIGINAL);
    // From the original's side, its branch is the partner.
    expect(findPartner(ORIGINAL, [OTHER_SCENARIO, BRANCH, ORIGINAL])).toBe(BRANCH);
    expect(findPartner(BRANCH, [BRANCH, { ...BRANCH }, OTHER_SCENARIO])).toBeNull();
    expect(sameGame(BRANCH, { ...BRANCH, name: 'Autosave' })).toBe(true);
    expect(sameGame(BRANCH, copy)).toBe(false);
  });

  it('prefer the original with the recorded name when several fit', () => {
    const renamed = { ...ORIGINAL, name: 'Some other name' };
    expect(findOrigin(BRANCH, [renamed, ORIGINAL])).toBe(ORIGINAL);
    expect(findOrigin(BRANCH, [renamed])).toBe(renamed);
  });
});

describe('games of different lengths', () => {
  it('line up to the longer game, with nothing for weeks the shorter never reached', () => {
    const short = { ...ORIGINAL, weeks: ORIGINAL.weeks.slice(0, 3) };
    const rows = alignSeries(timeline(short), timeline(ORIGINAL), 'publicPressure');
    expect(rows).toHaveLength(ORIGINAL.weeks.length + 1);
    expect(rows.map((r) => r.week)).toEqual(rows.map((_, i) => i));
    expect(rows.slice(4).every((r) => r.first === null && r.second !== null)).toBe(true);
    const decisions = compareDecisions(short, ORIGINAL);
    expect(decisions.map((r) => r.status)).toEqual([
      'same',
      'same',
      'same',
      ...Array(ORIGINAL.weeks.length - 3).fill('only-second'),
    ]);
    expect(firstDifferentWeek(decisions)).toBeNull();
    expect(compareDecisions(ORIGINAL, short)[5]?.status).toBe('only-first');
  });
});

describe('games of different scenarios', () => {
  it('line up by week number and say which parts of the set-up differ', () => {
    expect(setupDifferences(ORIGINAL, OTHER_SCENARIO)).toEqual(['scenario', 'seed']);
    expect(setupDifferences(ORIGINAL, { ...ORIGINAL, name: 'x' })).toEqual([]);
    expect(
      setupDifferences(ORIGINAL, {
        ...ORIGINAL,
        options: { ...ORIGINAL.options, difficulty: 'hard' },
      }),
    ).toEqual(['difficulty']);
    const first = timeline(ORIGINAL);
    const second = timeline(OTHER_SCENARIO);
    const rows = alignSeries(first, second, 'ladder');
    const longest = Math.max(ORIGINAL.weeks.length, OTHER_SCENARIO.weeks.length);
    expect(rows).toHaveLength(longest + 1);
    rows.forEach((row) => {
      expect(row.first).toBe(first.values.ladder[row.week] ?? null);
      expect(row.second).toBe(second.values.ladder[row.week] ?? null);
    });
    expect(isBranchOf(OTHER_SCENARIO, ORIGINAL)).toBe(false);
  });
});

describe('decisions', () => {
  const strike: Decision = { response: 'strike-camps', target: 'nangarhar' };
  const talks: Decision = { response: 'talks-qatar' };

  it('are the same only with the same responses, targets and order', () => {
    expect(sameDecisions([strike, talks], [strike, talks])).toBe(true);
    expect(sameDecisions([strike, talks], [talks, strike])).toBe(false);
    expect(sameDecisions([strike], [{ ...strike, target: 'kunar' }])).toBe(false);
    expect(sameDecisions([], [talks])).toBe(false);
  });

  it('read in the Decide panel’s words', () => {
    expect(decisionText(strike)).toBe('Strike militant camps — Nangarhar');
    expect(decisionText({ response: 'reopen-crossing', target: 'khyber' })).toBe(
      'Reopen a crossing — Khyber',
    );
    expect(decisionText(talks)).toBe('Talks in Doha (Qatar)');
  });
});
