// The lab's game runner is the engine's playGame, reduced to the record `npm run sim --json`
// prints: compared with playGame directly and with the simulator run as a user runs it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fingerprint, scorecard } from '../../src/engine';
import { STRATEGIES, playGame } from '../../src/engine/strategies';
import { runGame } from '../../src/lab/game-runner';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('one lab game', () => {
  it.each([
    ['karachi', 'hawk', 3],
    ['seven-camps', 'dove', 11],
    ['doha-truce', 'balanced', 4],
    ['sandbox', 'random', 9],
  ] as const)('%s with %s, seed %i, is what playGame plays', (scenario, strategy, seed) => {
    const options = { scenario, seed, difficulty: 'normal' } as const;
    const { state } = playGame(options, STRATEGIES[strategy]);
    const game = runGame(options, strategy);
    expect(game.ending).toBe(state.ending!.id);
    expect(game.grade).toBe(state.ending!.grade);
    expect(game.turns).toBe(state.history.length);
    expect(game.fingerprint).toBe(fingerprint(state));
    expect(game.score).toEqual(scorecard(state));
    expect(game.final).toEqual({ ...state.meters, ladder: state.ladder });
  });

  it('equals the records npm run sim --json prints for the same seeds', () => {
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const result = spawnSync(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      [
        'src/cli/sim.ts',
        '--scenario',
        'karachi',
        '--difficulty',
        // As the lab's page names it (the command the lab prints): the same games as "hard".
        'unforgiving',
        '--strategy',
        'advisor:finance',
        '--seed',
        '40',
        '--games',
        '6',
        '--json',
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env },
    );
    expect(result.status, result.stderr).toBe(0);
    const fromSim = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    const fromLab = [40, 41, 42, 43, 44, 45].map((seed) =>
      runGame({ scenario: 'karachi', seed, difficulty: 'hard' }, 'advisor:finance'),
    );
    expect(fromLab).toEqual(fromSim);
  });
});
