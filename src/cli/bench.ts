/**
 * npm run bench [-- --json]
 * Engine benchmarks: time per turn (median, p95), full games per second per strategy, time to
 * replay a 24-week save, time per fingerprint and its share of the median turn. Medians of several
 * runs; it never fails on time.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  PREVIEW_SAMPLES,
  fingerprint,
  previewResponse,
  replay,
  resolveTurn,
  type Decision,
  type GameState,
} from '../engine';
import { createState } from '../engine/state';
import { Dice } from '../engine/random';
import { STRATEGIES, playGame, searchStrategy, type StrategyName } from '../engine/strategies';
import { makeSave, serialiseSave } from '../persistence/save-format';
import { encodeShareLink } from '../persistence/share-link';
import { UsageError, runTool } from './args';
import { EN } from '../text';

const LONG_SCENARIO = 'doha-truce' as const;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** Recorded (state, decisions) pairs from real games, to time resolveTurn on realistic weeks. */
function sampleTurns(games: number): [GameState, Decision[]][] {
  const turns: [GameState, Decision[]][] = [];
  for (let seed = 1; seed <= games; seed++) {
    for (const name of ['random', 'balanced'] as const) {
      const options = { scenario: LONG_SCENARIO, seed, difficulty: 'normal' } as const;
      const played = playGame(options, STRATEGIES[name]);
      let state = createState(LONG_SCENARIO, seed, 'normal');
      for (const decisions of played.weeks) {
        turns.push([state, decisions]);
        const turn = resolveTurn(state, decisions);
        if (!turn.ok) throw new Error(EN.unavailable(turn.error.reason));
        state = turn.value.state;
      }
    }
  }
  return turns;
}

function timeTurns(turns: [GameState, Decision[]][], rounds: number): number[] {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const [state, decisions] of turns) {
      const start = performance.now();
      resolveTurn(state, decisions);
      times.push((performance.now() - start) * 1000);
    }
  }
  return times;
}

function gamesPerSecond(
  name: StrategyName,
  runs: number,
): { perSecond: number; meanWeeks: number } {
  const rates: number[] = [];
  let weeks = 0;
  let games = 0;
  let seed = 1;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    let played = 0;
    while (performance.now() - start < 400) {
      const game = playGame(
        { scenario: LONG_SCENARIO, seed: seed++, difficulty: 'normal' },
        STRATEGIES[name],
      );
      weeks += game.state.history.length;
      played++;
    }
    games += played;
    rates.push((played * 1000) / (performance.now() - start));
  }
  return { perSecond: round(median(rates), 0), meanWeeks: round(weeks / games) };
}

function main(): number {
  let json = false;
  try {
    json =
      parseArgs({ options: { json: { type: 'boolean', default: false } }, strict: true }).values
        .json ?? false;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const turns = sampleTurns(6);
  timeTurns(turns, 3); // warm up
  const turnTimes = timeTurns(turns, 10);

  const perStrategy: Record<string, number> = {};
  const weeksPerGame: Record<string, number> = {};
  for (const name of Object.keys(STRATEGIES) as StrategyName[]) {
    const result = gamesPerSecond(name, 5);
    perStrategy[name] = result.perSecond;
    weeksPerGame[name] = result.meanWeeks;
  }

  const longGame = playGame(
    { scenario: LONG_SCENARIO, seed: 7, difficulty: 'normal' },
    STRATEGIES.balanced,
  );
  // replay() computes the fingerprint of every week, as a replay check does.
  const replayTimes: number[] = [];
  for (let run = 0; run < 30; run++) {
    const start = performance.now();
    const result = replay(
      { scenario: LONG_SCENARIO, seed: 7, difficulty: 'normal' },
      longGame.weeks,
    );
    if (!result.ok) throw new Error(EN.unavailable(result.error.reason));
    replayTimes.push(performance.now() - start);
  }

  // The search bot's time to choose one week, over the weeks of the long game.
  const searchTimes: number[] = [];
  const searchDice = new Dice(7);
  for (const [state] of turns.slice(0, 24)) {
    const start = performance.now();
    searchStrategy(state, searchDice);
    searchTimes.push(performance.now() - start);
  }

  // One response's preview (the decisions panel shows one per response with "Show previews").
  const previewTimes: number[] = [];
  for (const [state] of turns.slice(0, 24)) {
    const start = performance.now();
    previewResponse(state, [], { response: 'apex-committee' });
    previewTimes.push(performance.now() - start);
  }

  const fingerprintTimes: number[] = [];
  for (let run = 0; run < 2000; run++) {
    const start = performance.now();
    fingerprint(longGame.state);
    fingerprintTimes.push((performance.now() - start) * 1000);
  }

  // Sizes of that game as a save file (as exported) and as a share link's fragment.
  const save = makeSave(
    { scenario: LONG_SCENARIO, seed: 7, difficulty: 'normal' },
    longGame.weeks,
    {
      name: 'Doha truce — week 25',
      createdAt: '2026-01-01T00:00:00.000Z',
    },
  );
  if (!save.ok) throw new Error(save.error);
  const link = encodeShareLink(save.value);
  if (!link.ok) throw new Error(link.error);

  const figures = {
    turnMedianUs: round(median(turnTimes)),
    turnP95Us: round(percentile(turnTimes, 95)),
    gamesPerSecond: perStrategy,
    replay24Ms: round(median(replayTimes), 2),
    fingerprintUs: round(median(fingerprintTimes)),
    /** One fingerprint's time over the median turn's, both measured in this run (target ≤ 0.25). */
    fingerprintPerTurn: round(median(fingerprintTimes) / median(turnTimes), 2),
    searchDecisionMs: round(median(searchTimes)),
    previewMs: round(median(previewTimes), 2),
    saveBytes: new TextEncoder().encode(serialiseSave(save.value)).length,
    shareLinkChars: link.value.length,
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    return 0;
  }
  const lines = [
    `Frontier Crisis engine benchmark (Node ${process.version}, ${turns.length} sampled weeks of ${LONG_SCENARIO}; medians of repeated runs)`,
    `  one turn:          median ${figures.turnMedianUs} µs, p95 ${figures.turnP95Us} µs`,
    `  full games/second (${LONG_SCENARIO}, up to 24 weeks):`,
    ...Object.entries(perStrategy).map(
      ([name, rate]) =>
        `    ${name.padEnd(18)} ${String(rate).padStart(7)} games/s  (mean ${weeksPerGame[name]} weeks a game)`,
    ),
    `  replay a ${longGame.state.history.length}-week save with fingerprints: ${figures.replay24Ms} ms`,
    `  one fingerprint:   ${figures.fingerprintUs} µs (${figures.fingerprintPerTurn} of a median turn)`,
    `  search bot, one week's decision: ${figures.searchDecisionMs} ms (median)`,
    `  one response's preview (${PREVIEW_SAMPLES} futures, with and without it): ${figures.previewMs} ms (median)`,
    `  the ${longGame.weeks.length}-week ${LONG_SCENARIO} game as a save file: ${figures.saveBytes} bytes; as a share link: ${figures.shareLinkChars} characters after the address`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

runTool(main);
