/**
 * Fixture builders for the engine tests: states come from the real scenarios through createState
 * and are then patched, never written out by hand; turn contexts get dice whose rolls the test
 * scripts, so a rule's outcome is exact rather than likely.
 */
import { newContext, type TurnContext } from '../../src/engine/context';
import { Dice } from '../../src/engine/random';
import { cloneState, createState } from '../../src/engine/state';
import type { Difficulty, GameState, MeterId, ScenarioId, WeekRecord } from '../../src/engine';

/** A fresh game at its first week, exactly as newGame would start it. */
export function game(
  scenario: ScenarioId = 'sandbox',
  seed = 1,
  difficulty: Difficulty = 'normal',
): GameState {
  return createState(scenario, seed, difficulty);
}

/** A copy of `state` with `patch` applied to the copy; the original is left untouched. */
export function withState(state: GameState, patch: (draft: GameState) => void): GameState {
  const draft = cloneState(state);
  patch(draft);
  return draft;
}

/** One recorded draw of the scripted dice. */
export interface Draw {
  n: number;
  value: number;
  scripted: boolean;
}

/**
 * Dice whose d100 rolls (draws below 100) come from `rolls` and whose other draws (below n for any
 * other n) come from `draws`, in order. When a script runs out, the real seeded generator takes
 * over, so a test only scripts the rolls it cares about. A scripted value outside [0, n) is a
 * mistake in the test and throws at once.
 */
export class ScriptedDice extends Dice {
  readonly log: Draw[] = [];
  private readonly rolls: number[];
  private readonly draws: number[];

  constructor(state: number, rolls: readonly number[] = [], draws: readonly number[] = []) {
    super(state);
    this.rolls = [...rolls];
    this.draws = [...draws];
  }

  override below(n: number): number {
    const script = n === 100 ? this.rolls : this.draws;
    const value = script.shift();
    if (value === undefined) {
      const real = super.below(n);
      this.log.push({ n, value: real, scripted: false });
      return real;
    }
    if (!Number.isInteger(value) || value < 0 || value >= n)
      throw new Error(`Scripted draw ${value} is not a whole number below ${n}.`);
    this.log.push({ n, value, scripted: true });
    return value;
  }

  /** Scripted values not yet used: [d100 rolls, other draws]. */
  get unused(): [number, number] {
    return [this.rolls.length, this.draws.length];
  }
}

/** A turn context over a copy of `state`, with scripted d100 `rolls` and other `draws`. */
export function context(
  state: GameState,
  rolls: readonly number[] = [],
  draws: readonly number[] = [],
): TurnContext & { dice: ScriptedDice } {
  const ctx = newContext(cloneState(state));
  return { ...ctx, dice: new ScriptedDice(state.rng, rolls, draws) };
}

/** A line of history for the week `week`, with the state's meters and ladder unless overridden. */
export function weekRecord(
  state: GameState,
  week: number,
  patch: Partial<Omit<WeekRecord, 'week' | 'meters'>> & {
    meters?: Partial<Record<MeterId, number>>;
  } = {},
): WeekRecord {
  return {
    week,
    ladder: patch.ladder ?? state.ladder,
    attacks: patch.attacks ?? 0,
    foiled: patch.foiled ?? 0,
    harm: patch.harm ?? 0,
    strikes: patch.strikes ?? 0,
    deaths: patch.deaths ?? 0,
    incidents: patch.incidents ?? 0,
    militantStrength: patch.militantStrength ?? state.openingStrength,
    meters: { ...state.meters, ...patch.meters },
  };
}

/** A readable, aligned text table for golden files: a title, a header row and rows of cells. */
export function table(
  title: string,
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, column) =>
    Math.max(...cells.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [title, '', line(cells[0]!), rule, ...cells.slice(1).map(line), ''].join('\n');
}
