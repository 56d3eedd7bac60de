/**
 * The balance report: the figures behind each balance target (issue 5), as plain-text tables.
 * `npm run sim -- --balance` prints every section; the balance tests compute the same sections,
 * check the targets on their figures and keep the text as the committed baseline
 * (tests/balance/baseline/), so a balance change shows as a diff that must be accepted with -u.
 */
import { strategyGames, type StrategyGames } from '../engine/balance-games';
import {
  endingsOf,
  firstReach,
  idleWeekOneEndings,
  percent,
  pooled,
  retaliation,
  slowTools,
  type EndingTally,
  type Reach,
  type RetaliationFigures,
  type SlowToolFigures,
} from '../engine/balance';
import {
  DIFFICULTIES,
  SCENARIO_IDS,
  type Difficulty,
  type ScenarioId,
  ENDING_IDS,
} from '../engine';
import { EN } from '../text';
import type { EndingId } from '../engine';
import { huntExploits, type ExploitFigures } from '../engine/exploit-hunt';
import { sensitivity, type SensitivityFigures } from '../engine/sensitivity';
import { STRATEGIES, type StrategyName } from '../engine/strategies';
import {
  formatExploits,
  formatFiring,
  formatHarm,
  formatSensitivity,
  formatSkill,
} from './critic-report';
import { mean, pct, table } from './report-table';

/** How many games each measurement plays: the baseline's sample sizes, printed in every table. */
export const BALANCE_PLAN = {
  /** Games per scenario (and difficulty) for the fast strategies. */
  games: 200,
  /** Games per scenario for the search bot (it thinks for tens of milliseconds a week). */
  searchGames: 32,
  /** The scenario on which the search bot is measured at every difficulty (the shortest). */
  searchDifficultyScenario: 'karachi' as ScenarioId,
  /** Seeds tried per strategy and difficulty when looking for each ending. */
  reachSeeds: 100,
  reachStrategies: [
    'hawk',
    'dove',
    'balanced',
    'random',
    'advisor:military',
    'advisor:foreign',
    'advisor:province',
    'advisor:finance',
    'advisor:interior',
  ] as StrategyName[],
  /** Seeds per scenario and difficulty for the week-one check. */
  idleSeeds: 200,
  retaliation: { seeds: 100, branchWeeks: [2, 4, 6], window: 3, lateWeeks: [3, 6] as const },
  slowTools: { games: 100, blockWeeks: 4 },
  exploits: { screenSeeds: 30, pairedSingles: 8, finalists: 12, finalSeeds: 200 },
  /** Games per scenario and variable for the sensitivity table. */
  sensitivityGames: 200,
};

/** Every built-in strategy: the rule-firing, harm and skill tables read all of their games. */
export const ALL_STRATEGIES = Object.keys(STRATEGIES) as StrategyName[];

/** Games per scenario a strategy is measured on at normal difficulty. */
export const gamesFor = (strategy: StrategyName, searchGames: number) =>
  strategy === 'search' ? searchGames : BALANCE_PLAN.games;

/** "Much less often": a pure strategy's good-ending rate must sit this many points below search's. */
export const MUCH_LESS_POINTS = 25;

export const COMPARED: readonly StrategyName[] = ['hawk', 'dove', 'balanced', 'search'];

const SHORT: Record<EndingId, string> = {
  'open-war': 'war',
  'loss-of-confidence': 'conf',
  'fiscal-crisis': 'fisc',
  'strategic-reset': 'reset',
  'fragile-containment': 'contain',
  'forever-frontier': 'forever',
};

function endingCells(tally: EndingTally): string[] {
  return [
    String(tally.games),
    pct(percent(tally.good, tally.games)),
    pct(percent(tally.bad, tally.games)),
    ...ENDING_IDS.map((id) => String(tally.counts[id])),
  ];
}

const ENDING_HEADER = ['games', 'good', 'lost', ...ENDING_IDS.map((id) => SHORT[id])];

// --- Target 1: no pure strategy dominates --------------------------------------------------

export interface StrategyFigures {
  scenario: ScenarioId;
  rows: { strategy: StrategyName; tally: EndingTally }[];
}

/** Target 1's table: the compared strategies' endings, read from every strategy's games. */
export function strategyFigures(games: StrategyGamesFigures): StrategyFigures {
  return {
    scenario: games.scenario,
    rows: COMPARED.map((strategy) => ({
      strategy,
      tally: games.strategies[ALL_STRATEGIES.indexOf(strategy)]!.tally,
    })),
  };
}

export const goodRate = (tally: EndingTally) => percent(tally.good, tally.games);

export function formatStrategies(figures: StrategyFigures): string {
  const rate = (name: StrategyName) =>
    goodRate(figures.rows.find((r) => r.strategy === name)!.tally);
  const lines = [
    `Target 1 — no pure strategy dominates: ${figures.scenario}, normal difficulty, seeds from 1`,
    ...table([
      ['strategy', ...ENDING_HEADER],
      ...figures.rows.map((r) => [r.strategy, ...endingCells(r.tally)]),
    ]),
  ];
  for (const pure of ['hawk', 'dove'] as const) {
    lines.push(
      `  ${pure}: good ${pct(rate(pure))} vs balanced ${pct(rate('balanced'))} (must be lower); ` +
        `vs search ${pct(rate('search'))}: ${(rate('search') - rate(pure)).toFixed(1)} points lower (must be ${MUCH_LESS_POINTS} or more)`,
    );
  }
  return `${lines.join('\n')}\n`;
}

// --- Target 2: every ending reachable, none by idling in week one --------------------------

export interface ReachFigures {
  scenario: ScenarioId;
  reach: Record<EndingId, Reach | null>;
  /** Games ending after an idle first week, by difficulty, out of BALANCE_PLAN.idleSeeds. */
  idleEndings: Record<Difficulty, number>;
}

export function measureReach(scenario: ScenarioId): ReachFigures {
  return {
    scenario,
    reach: firstReach(scenario, BALANCE_PLAN.reachStrategies, BALANCE_PLAN.reachSeeds),
    idleEndings: Object.fromEntries(
      DIFFICULTIES.map((d) => [d, idleWeekOneEndings(scenario, d, BALANCE_PLAN.idleSeeds)]),
    ) as Record<Difficulty, number>,
  };
}

export function formatReach(figures: ReachFigures): string {
  const idle = DIFFICULTIES.map((d) => `${d} ${figures.idleEndings[d]}`).join(', ');
  return [
    `Target 2 — every ending reachable: ${figures.scenario}; the first game that reaches each ending (strategies in order ${BALANCE_PLAN.reachStrategies.join(', ')}; each at normal, easy, hard; seeds 1–${BALANCE_PLAN.reachSeeds})`,
    ...table([
      ['ending', 'strategy', 'difficulty', 'seed', 'week'],
      ...ENDING_IDS.map((id) => {
        const r = figures.reach[id];
        return r
          ? [EN.endingTitle(id), r.strategy, r.difficulty, String(r.seed), String(r.week)]
          : [EN.endingTitle(id), 'not reached', '-', '-', '-'];
      }),
    ]),
    `  Games ended by an idle first week (seeds 0–${BALANCE_PLAN.idleSeeds - 1}): ${idle} (must be 0)`,
  ]
    .join('\n')
    .concat('\n');
}

// --- Target 3: the retaliation cycle and the slow tools ------------------------------------

export function measureRetaliation(scenario: ScenarioId): RetaliationFigures {
  const { seeds, branchWeeks, window, lateWeeks } = BALANCE_PLAN.retaliation;
  return retaliation(scenario, seeds, branchWeeks, window, lateWeeks);
}

export function formatRetaliation(all: readonly RetaliationFigures[]): string {
  const { seeds, branchWeeks, window, lateWeeks } = BALANCE_PLAN.retaliation;
  const late = `wk +${lateWeeks[0]}–+${lateWeeks[1]}`;
  return [
    `Target 3a — the retaliation cycle: matched branches (seeds 1–${seeds}, branch weeks ${branchWeeks.join(', ')}; balanced play before and after; the branch week strikes militant camps or does nothing), normal difficulty`,
    ...table([
      [
        'scenario',
        'pairs',
        `attacks/${window}wk strike`,
        'none',
        'hostility next wk strike',
        'none',
        `after ${window}wk strike`,
        'none',
        'late pairs',
        `attacks ${late} strike`,
        'none',
      ],
      ...all.map((f) => [
        f.scenario,
        String(f.pairs),
        mean(f.attacks.strike, f.pairs),
        mean(f.attacks.none, f.pairs),
        mean(f.hostilityNext.strike, f.pairs),
        mean(f.hostilityNext.none, f.pairs),
        mean(f.hostilityLater.strike, f.pairs),
        mean(f.hostilityLater.none, f.pairs),
        String(f.latePairs),
        mean(f.lateAttacks.strike, f.latePairs),
        mean(f.lateAttacks.none, f.latePairs),
      ]),
    ]),
    '  Means per pair. Must hold in every scenario: more attacks after a strike, and Kabul more hostile the week after it.',
    `  The late columns: attacks ${lateWeeks[0]}–${lateWeeks[1]} weeks after the branch week, over the pairs whose two games both ran that long (deterrence). Target (rules version 2): fewer after the strike.`,
  ]
    .join('\n')
    .concat('\n');
}

export function measureSlowTools(scenario: ScenarioId): SlowToolFigures {
  const { games, blockWeeks } = BALANCE_PLAN.slowTools;
  return slowTools(scenario, games, blockWeeks);
}

export function formatSlowTools(all: readonly SlowToolFigures[]): string {
  const lines = [
    `Target 3b — the slow tools: ${BALANCE_PLAN.slowTools.games} games per scenario played to the last week (losses set aside), with only policing, coordination and trade ("steady") or with no decisions ("idle"); attacks per week, attempted / got through, by block of weeks`,
  ];
  for (const f of all) {
    const rows = [['arm', ...f.steady.map((b) => `wk ${b.from}-${b.to}`)]];
    for (const arm of ['steady', 'idle'] as const)
      rows.push([
        arm,
        ...f[arm].map((b) => `${mean(b.attempted, b.weeks)} / ${mean(b.through, b.weeks)}`),
      ]);
    lines.push(`  ${f.scenario}`, ...table(rows).map((line) => `  ${line}`));
  }
  lines.push(
    '  Must hold: from week 5 on, fewer attacks get through with the slow tools in every scenario; over the last 8 weeks of the 24-week scenarios, fewer are even attempted.',
  );
  return `${lines.join('\n')}\n`;
}

// --- Target 4: difficulty orders the outcomes ----------------------------------------------

export interface DifficultyFigures {
  strategy: StrategyName;
  rows: { scenario: ScenarioId; tallies: Record<Difficulty, EndingTally> }[];
}

export function measureDifficulty(
  strategy: StrategyName,
  scenarios: readonly ScenarioId[],
  games: number,
): DifficultyFigures {
  return {
    strategy,
    rows: scenarios.map((scenario) => ({
      scenario,
      tallies: Object.fromEntries(
        DIFFICULTIES.map((d) => [d, endingsOf(scenario, d, strategy, games)]),
      ) as Record<Difficulty, EndingTally>,
    })),
  };
}

export function formatDifficulty(figures: DifficultyFigures): string {
  const games = figures.rows[0]!.tallies.normal.games;
  const rows = [['scenario', ...DIFFICULTIES.flatMap((d) => [`${d} good`, 'lost'])]];
  const withTotal = [
    ...figures.rows,
    ...(figures.rows.length > 1
      ? [
          {
            scenario: 'all' as const,
            tallies: Object.fromEntries(
              DIFFICULTIES.map((d) => [d, pooled(figures.rows.map((r) => r.tallies[d]))]),
            ) as Record<Difficulty, EndingTally>,
          },
        ]
      : []),
  ];
  for (const row of withTotal)
    rows.push([
      row.scenario,
      ...DIFFICULTIES.flatMap((d) => [
        pct(goodRate(row.tallies[d])),
        pct(percent(row.tallies[d].bad, row.tallies[d].games)),
      ]),
    ]);
  return [
    `Target 4 — difficulty orders the outcomes: ${figures.strategy}, ${games} games per cell, seeds from 1`,
    ...table(rows),
    '  Must hold in every row: good endings easy ≥ normal ≥ hard, losses easy ≤ normal ≤ hard.',
  ]
    .join('\n')
    .concat('\n');
}

// --- The whole report, measured in parts ---------------------------------------------------

/** Every strategy's games at normal difficulty in one scenario. */
export interface StrategyGamesFigures {
  scenario: ScenarioId;
  /** In ALL_STRATEGIES order. */
  strategies: StrategyGames[];
}

/** Every strategy's games at normal difficulty, and the difficulty levels, for one scenario. */
export interface GamesFigures extends StrategyGamesFigures {
  balancedDifficulty: Record<Difficulty, EndingTally>;
  /** Only for BALANCE_PLAN.searchDifficultyScenario. */
  searchDifficulty: Record<Difficulty, EndingTally> | null;
}

export interface PartFigures {
  games: GamesFigures;
  reach: ReachFigures;
  retaliation: RetaliationFigures;
  slowTools: SlowToolFigures;
  exploits: ExploitFigures;
  sensitivity: SensitivityFigures;
}
export type ReportPart = keyof PartFigures;
/** The parts, costliest first (so a pool of workers finishes them about together). */
export const REPORT_PARTS: readonly ReportPart[] = [
  'games',
  'exploits',
  'sensitivity',
  'retaliation',
  'reach',
  'slowTools',
];

const byDifficulty = (tally: (d: Difficulty) => EndingTally) =>
  Object.fromEntries(DIFFICULTIES.map((d) => [d, tally(d)])) as Record<Difficulty, EndingTally>;

export function measureStrategyGames(
  scenario: ScenarioId,
  searchGames: number,
): StrategyGamesFigures {
  return {
    scenario,
    strategies: ALL_STRATEGIES.map((s) =>
      strategyGames(scenario, 'normal', s, gamesFor(s, searchGames)),
    ),
  };
}

export function measureGames(scenario: ScenarioId, searchGames: number): GamesFigures {
  return {
    ...measureStrategyGames(scenario, searchGames),
    balancedDifficulty: byDifficulty((d) => endingsOf(scenario, d, 'balanced', BALANCE_PLAN.games)),
    searchDifficulty:
      scenario === BALANCE_PLAN.searchDifficultyScenario
        ? byDifficulty((d) => endingsOf(scenario, d, 'search', searchGames))
        : null,
  };
}

export const measureExploits = (scenario: ScenarioId) =>
  huntExploits(scenario, BALANCE_PLAN.exploits);

export const measureSensitivity = (scenario: ScenarioId) =>
  sensitivity(scenario, BALANCE_PLAN.sensitivityGames);

/** Measures one part of the report for one scenario (what a worker does). */
export function measurePart<P extends ReportPart>(
  scenario: ScenarioId,
  part: P,
  searchGames: number,
): PartFigures[P] {
  const measures: { [Q in ReportPart]: () => PartFigures[Q] } = {
    games: () => measureGames(scenario, searchGames),
    reach: () => measureReach(scenario),
    retaliation: () => measureRetaliation(scenario),
    slowTools: () => measureSlowTools(scenario),
    exploits: () => measureExploits(scenario),
    sensitivity: () => measureSensitivity(scenario),
  };
  return measures[part]() as PartFigures[P];
}

/** Every part of every scenario, in SCENARIO_IDS order. */
export type ReportFigures = { [P in ReportPart]: PartFigures[P][] };

/** Every section of the report, in order (what `npm run sim -- --balance` prints). */
export function formatReport(figures: ReportFigures): string {
  const games = figures.games;
  const searchRows = games.filter((g) => g.searchDifficulty !== null);
  const sections = [
    ...games.map((g) => formatStrategies(strategyFigures(g))),
    ...figures.reach.map(formatReach),
    formatRetaliation(figures.retaliation),
    formatSlowTools(figures.slowTools),
    formatDifficulty({
      strategy: 'balanced',
      rows: games.map((g) => ({ scenario: g.scenario, tallies: g.balancedDifficulty })),
    }),
    formatDifficulty({
      strategy: 'search',
      rows: searchRows.map((g) => ({ scenario: g.scenario, tallies: g.searchDifficulty! })),
    }),
    ...figures.exploits.map((f) => formatExploits(f, BALANCE_PLAN.exploits)),
    ...figures.sensitivity.map(formatSensitivity),
    formatFiring(
      ALL_STRATEGIES,
      ALL_STRATEGIES.map((_, i) => games.map((g) => g.strategies[i]!)),
    ),
    formatHarm(games.map((g) => g.strategies)),
    formatSkill(
      ALL_STRATEGIES,
      games.map((g) => g.strategies),
    ),
  ];
  return sections.join('\n');
}

/** Measures every part in this thread, then formats the report. */
export function balanceReport(searchGames = BALANCE_PLAN.searchGames): string {
  const figures = Object.fromEntries(
    REPORT_PARTS.map((part) => [
      part,
      SCENARIO_IDS.map((scenario) => measurePart(scenario, part, searchGames)),
    ]),
  ) as ReportFigures;
  return formatReport(figures);
}
