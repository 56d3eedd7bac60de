/**
 * npm run sim -- --scenario <id> --seed <n> --strategy <name> --games <k> [--difficulty d] [--json] [--save-dir dir]
 * Plays k games (seeds n, n+1, …) with a built-in strategy and prints what happened. A difficulty
 * is named by its id (easy, normal, hard) or as the game's pages name it (steady, tense, unforgiving).
 * npm run sim -- --balance [--games k]
 * Prints the balance report (every target's figures; k: the search bot's games per scenario).
 */
import { mkdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DIFFICULTY,
  LADDER_RUNGS,
  MAX_SEED,
  SCENARIOS,
  checkOptions,
  scorecard,
  type EndingId,
  type Scorecard,
  ENDING_GRADES,
  ENDING_IDS,
} from '../engine';
import { EN } from '../text';
import { summariseGame } from '../engine/game-summary';
import { STRATEGIES, isStrategyName, playGame } from '../engine/strategies';
import { makeSave, serialiseSave } from '../persistence/save-format';
import { quoteUntrusted } from '../model/text-checks';
import { UsageError, joinNegativeNumbers, runTool, systemProblem, wholeNumber } from './args';
import { BALANCE_PLAN } from './balance-report';
import { balanceReportOnWorkers } from './balance-pool';

/** A difficulty by its id ("hard") or by the name the game's pages give it ("Unforgiving"). */
function difficultyId(words: string): string {
  const named = Object.entries(DIFFICULTY).find(
    ([, level]) => level.title.toLowerCase() === words.toLowerCase(),
  );
  return named ? named[0] : words;
}

function main(): number | Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeNumbers(process.argv.slice(2)),
      options: {
        scenario: { type: 'string', default: 'karachi' },
        seed: { type: 'string' },
        strategy: { type: 'string', default: 'balanced' },
        games: { type: 'string' },
        difficulty: { type: 'string', default: 'normal' },
        json: { type: 'boolean', default: false },
        'save-dir': { type: 'string' },
        balance: { type: 'boolean', default: false },
      },
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const args = parsed.values;
  if (args.balance) return printBalance(args.games);
  const seed = wholeNumber('seed', args.seed, 1, 0, MAX_SEED);
  const games = wholeNumber('games', args.games, 1, 1, 100000);
  const strategyName = args.strategy;
  if (!isStrategyName(strategyName))
    throw new UsageError(
      `Unknown strategy ${quoteUntrusted(strategyName)}; choose one of ${Object.keys(STRATEGIES).join(', ')}.`,
    );
  const checked = checkOptions({
    scenario: args.scenario,
    seed,
    difficulty: difficultyId(args.difficulty),
  });
  if (!checked.ok) throw new UsageError(checked.error);
  const { scenario, difficulty } = checked.value;
  const saveDir = args['save-dir'] === undefined ? null : prepareSaveDir(args['save-dir']);

  const endings = new Map<EndingId, number>();
  const totals = new Map<keyof Scorecard, number>();
  let ladderPeaks = 0;
  let turns = 0;
  for (let game = 0; game < games; game++) {
    const gameSeed = (seed + game) % (MAX_SEED + 1);
    const played = playGame({ scenario, seed: gameSeed, difficulty }, STRATEGIES[strategyName]);
    const { state } = played;
    const ending = state.ending!;
    const score = scorecard(state);
    endings.set(ending.id, (endings.get(ending.id) ?? 0) + 1);
    for (const [key, value] of Object.entries(score) as [keyof Scorecard, number][]) {
      totals.set(key, (totals.get(key) ?? 0) + value);
    }
    ladderPeaks += state.tally.ladderPeak;
    turns += state.history.length;
    if (saveDir !== null) {
      const save = makeSave({ scenario, seed: gameSeed, difficulty }, played.weeks, {
        name: `${strategyName} ${scenario} ${gameSeed}`,
      });
      if (!save.ok) throw new Error(save.error);
      const file = join(saveDir, `${scenario}-${strategyName}-${gameSeed}.json`);
      try {
        writeFileSync(file, serialiseSave(save.value));
      } catch (error) {
        throw new Error(`--save-dir: could not write ${file}: ${systemProblem(error)}.`);
      }
    }
    if (args.json) {
      const summary = summariseGame({ scenario, seed: gameSeed, difficulty }, strategyName, state);
      process.stdout.write(`${JSON.stringify(summary)}\n`);
    }
  }
  if (!args.json) {
    const lines = [
      `Frontier Crisis simulator — ${SCENARIOS[scenario].title} (${scenario}), ${DIFFICULTY[difficulty].title.toLowerCase()} (${difficulty}), strategy ${strategyName}, ${games} game${games === 1 ? '' : 's'} from seed ${seed}`,
      '',
      'Endings',
    ];
    for (const id of [...ENDING_IDS]) {
      const n = endings.get(id) ?? 0;
      const share = ((100 * n) / games).toFixed(1).padStart(5);
      lines.push(
        `  ${EN.endingTitle(id).padEnd(26)} ${ENDING_GRADES[id].padEnd(5)} ${String(n).padStart(6)}  ${share}%`,
      );
    }
    lines.push('', 'Mean scorecard per game');
    for (const [key, total] of totals)
      lines.push(`  ${key.padEnd(26)} ${(total / games).toFixed(1).padStart(10)}`);
    const meanPeak = ladderPeaks / games;
    lines.push(
      '',
      `Mean ladder peak: ${meanPeak.toFixed(2)} (${LADDER_RUNGS[Math.round(meanPeak)]})`,
      `Mean weeks played: ${(turns / games).toFixed(1)} of ${SCENARIOS[scenario].weeks}`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return 0;
}

/**
 * The --save-dir directory, made ready to write into, or a UsageError naming the option. Missing
 * directories are created one at a time: mkdirSync's recursive mode never returns for some
 * paths (under /proc, for one), so it is not used.
 */
function prepareSaveDir(dir: string): string {
  const fail = (why: string): never => {
    throw new UsageError(`--save-dir ${quoteUntrusted(dir, 200)}: ${why}.`);
  };
  if (dir === '') fail('give a directory to write the saves into');
  const target = resolve(dir);
  const missing: string[] = [];
  for (let path = target; ; path = dirname(path)) {
    try {
      if (!statSync(path).isDirectory())
        fail(path === target ? 'this is a file, not a directory' : `${path} is not a directory`);
      break;
    } catch (error) {
      if (error instanceof UsageError) throw error;
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(path) === path)
        fail(`cannot use ${path}: ${systemProblem(error)}`);
      missing.unshift(path);
    }
  }
  for (const path of missing) {
    try {
      mkdirSync(path);
    } catch (error) {
      fail(`cannot create ${path}: ${systemProblem(error)}`);
    }
  }
  // A file written and removed: permissions alone do not tell (root may not write into /proc).
  const probe = join(target, `.frontier-crisis-write-check-${process.pid}`);
  try {
    writeFileSync(probe, '');
    unlinkSync(probe);
  } catch (error) {
    fail(`cannot write into this directory: ${systemProblem(error)}`);
  }
  return target;
}

async function printBalance(games: string | undefined): Promise<number> {
  const given = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
  const other = given.find((arg) => !/^--(balance|games)(=|$)/.test(arg));
  if (other)
    throw new UsageError(
      `--balance runs its own plan of games and takes only --games, not ${other.split('=')[0]}.`,
    );
  const searchGames = wholeNumber('games', games, BALANCE_PLAN.searchGames, 1, 10000);
  process.stdout.write(await balanceReportOnWorkers(searchGames));
  return 0;
}

runTool(main);
