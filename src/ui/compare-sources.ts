/**
 * The games the compare screen can pick from: the game in play, each autosaved game, every save
 * slot and every finished game (files imported on the screen are added there). Everything stored
 * is read through the saves service, each list once; a source's inputs are read as stored to
 * choose defaults (an original beside its branch), and a source is replayed and checked only when
 * picked, so opening the screen costs one read per list whatever their length, and a save that
 * fails its checks is refused with that check's message when picked, changing nothing.
 */
import { isDifficulty, isScenarioId, newGame, type Result } from '../engine';
import type { CheckedSave, SaveFile } from '../persistence/save-format';
import {
  describeUnfinished,
  listAutosaveFiles,
  listStoredGames,
  checkListedSave,
  loadCheckedAutosave,
  readSaveFile,
  type ListedSlot,
  type SaveFileSource,
} from '../store/actions';
import type { CompareGame, Session } from '../store/game-store';
import type { GameInputs } from './compare-model';
import { describeGame, describeWhen, suggestedName } from './saved-games';

export interface SourceOption {
  id: string;
  label: string;
  /** The game's inputs as stored, not yet checked (null when unreadable): for choosing only. */
  inputs: GameInputs | null;
  /** Replays and checks the game; the error says which game and why it cannot be compared. */
  load: () => Result<CompareGame, string>;
}

function inputsOf(save: SaveFile | null, name: string): GameInputs | null {
  if (!save) return null;
  const { scenario, seed, difficulty } = save.game;
  if (!isScenarioId(scenario) || !isDifficulty(difficulty)) return null;
  return {
    name,
    options: { scenario, seed, difficulty },
    weeks: save.weeks.map((week) => week.decisions),
    ...(save.meta.branchOf ? { branchOf: save.meta.branchOf } : {}),
  };
}

/** A checked save as one side of the comparison; `source` names it among the screen's choices. */
function compareGameOf(checked: CheckedSave, source: string, origin: string): CompareGame {
  const { save, game } = checked;
  return {
    source,
    name: save.meta.name.trim() || 'Unnamed save',
    origin,
    options: game.options,
    weeks: game.weeks,
    ...(save.meta.branchOf ? { branchOf: { ...save.meta.branchOf } } : {}),
    played: { opening: game.opening, final: game.final, reports: game.reports },
  };
}

function currentSource(session: Session): SourceOption {
  const name = suggestedName(session.state);
  return {
    id: 'current',
    label: `The game in play: ${name}`,
    inputs: { name, options: session.options, weeks: session.weeks, branchOf: session.branchOf },
    load: () => {
      // The running game holds every week's report; only its opening is built again.
      const opening = newGame(session.options);
      if (!opening.ok) return opening;
      return {
        ok: true,
        value: {
          source: 'current',
          name,
          origin: 'The game in play',
          options: session.options,
          weeks: session.weeks.map((w) => [...w]),
          ...(session.branchOf ? { branchOf: { ...session.branchOf } } : {}),
          played: { opening: opening.value, final: session.state, reports: session.reports },
        },
      };
    },
  };
}

function slotSource(kind: 'slot' | 'finished', listed: ListedSlot): SourceOption {
  const { slot, save } = listed;
  const id = `${kind}:${slot.id}`;
  const when = describeWhen(slot.createdAt);
  const holder = kind === 'slot' ? 'Save slot' : 'Finished game';
  return {
    id,
    label: `${slot.name} (${describeGame(slot.scenario, slot.weeksPlayed, slot.difficulty)})`,
    inputs: inputsOf(save.ok ? save.value : null, slot.name),
    load: () => {
      // The game as the list read it when the screen opened: the slot the player saw.
      const checked = checkListedSave(listed);
      if (!checked.ok)
        return { ok: false, error: `“${slot.name}” cannot be compared. ${checked.error}` };
      return {
        ok: true,
        value: compareGameOf(checked.value, id, when ? `${holder}, ${when}` : holder),
      };
    },
  };
}

/**
 * Every source that can be picked, in the order offered; `problem` when the slots cannot be read.
 * The game in play is not offered again as its own autosave.
 */
export function listSources(session: Session | null): {
  options: SourceOption[];
  problem: string | null;
} {
  const options: SourceOption[] = session ? [currentSource(session)] : [];
  for (const { entry, save } of listAutosaveFiles()) {
    if (entry.gameId === session?.gameId) continue;
    const id = `autosave:${entry.gameId}`;
    const about = describeUnfinished(entry);
    options.push({
      id,
      label: save ? `Autosave: ${about}` : 'Autosave (cannot be read)',
      inputs: inputsOf(save, 'Autosave'),
      load: () => {
        const checked = loadCheckedAutosave(entry.gameId);
        if (!checked.ok)
          return { ok: false, error: `The autosave cannot be compared. ${checked.error}` };
        if (!checked.value) return { ok: false, error: 'That autosave is no longer there.' };
        return {
          ok: true,
          value: compareGameOf(checked.value, id, 'An autosave in this browser'),
        };
      },
    });
  }
  const { saved, finished } = listStoredGames();
  for (const listed of saved.ok ? saved.value : []) options.push(slotSource('slot', listed));
  for (const listed of finished.ok ? finished.value : [])
    options.push(slotSource('finished', listed));
  return { options, problem: saved.ok ? null : saved.error };
}

/** A file read like any import (size, text, every week checked); `id` names it among the files. */
export async function loadFile(
  id: string,
  file: SaveFileSource,
): Promise<Result<CompareGame, string>> {
  const save = await readSaveFile(file, 'cannot be compared');
  return save.ok ? { ok: true, value: compareGameOf(save.value, id, `File “${file.name}”`) } : save;
}
