/**
 * The games the compare screen can pick from: the game in play, the autosave and every save slot
 * (files imported on the screen are added there). Everything stored is read through the saves
 * service, and a source is checked only when picked, so a save that fails its checks is refused
 * with that check's message and nothing changes.
 */
import { newGame, type Result } from '../engine';
import type { CheckedSave } from '../persistence/save-format';
import {
  listSaveSlots,
  loadCheckedAutosave,
  loadCheckedSlot,
  readAutosaveFile,
  readSaveFile,
  type SaveFileSource,
} from '../store/actions';
import type { CompareGame, Session } from '../store/game-store';
import { describeGame, describeWhen, suggestedName } from './saved-games';

export interface SourceOption {
  id: string;
  label: string;
}

/** Every source that can be picked, in the order offered; `problem` when the slots cannot be read. */
export function listSources(session: Session | null): {
  options: SourceOption[];
  problem: string | null;
} {
  const options: SourceOption[] = [];
  if (session)
    options.push({ id: 'current', label: `The game in play: ${suggestedName(session.state)}` });
  const autosave = readAutosaveFile();
  if (!autosave.ok) options.push({ id: 'autosave', label: 'Autosave (cannot be read)' });
  else if (autosave.value) {
    const { game, weeks } = autosave.value;
    const about = describeGame(game.scenario, weeks.length, game.difficulty);
    options.push({ id: 'autosave', label: `Autosave: ${about}` });
  }
  const slots = listSaveSlots();
  for (const slot of slots.ok ? slots.value : [])
    options.push({
      id: `slot:${slot.id}`,
      label: `${slot.name} (${describeGame(slot.scenario, slot.weeksPlayed, slot.difficulty)})`,
    });
  return { options, problem: slots.ok ? null : slots.error };
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

/** Reads and checks one source; the error says which game and why it cannot be compared. */
export function loadSource(id: string, session: Session | null): Result<CompareGame, string> {
  if (id === 'current') {
    if (!session) return { ok: false, error: 'No game is in play.' };
    // The running game holds every week's report; only its opening is built again.
    const opening = newGame(session.options);
    if (!opening.ok) return opening;
    return {
      ok: true,
      value: {
        source: 'current',
        name: suggestedName(session.state),
        origin: 'The game in play',
        options: session.options,
        weeks: session.weeks.map((w) => [...w]),
        ...(session.branchOf ? { branchOf: { ...session.branchOf } } : {}),
        played: { opening: opening.value, final: session.state, reports: session.reports },
      },
    };
  }
  if (id === 'autosave') {
    const save = loadCheckedAutosave();
    if (!save.ok) return { ok: false, error: `The autosave cannot be compared. ${save.error}` };
    if (!save.value) return { ok: false, error: 'There is no autosave in this browser.' };
    return {
      ok: true,
      value: compareGameOf(save.value, 'autosave', 'The autosave in this browser'),
    };
  }
  const slotId = id.slice('slot:'.length);
  const slots = listSaveSlots();
  const slot = slots.ok ? slots.value.find((s) => s.id === slotId) : undefined;
  if (!id.startsWith('slot:') || !slot)
    return { ok: false, error: 'That save is no longer there (it may have been deleted).' };
  const save = loadCheckedSlot(slot);
  if (!save.ok) return { ok: false, error: `“${slot.name}” cannot be compared. ${save.error}` };
  const when = describeWhen(slot.createdAt);
  return {
    ok: true,
    value: compareGameOf(save.value, id, when ? `Save slot, ${when}` : 'Save slot'),
  };
}

/** A file read like any import (size, text, every week checked); `id` names it among the files. */
export async function loadFile(
  id: string,
  file: SaveFileSource,
): Promise<Result<CompareGame, string>> {
  const save = await readSaveFile(file, 'cannot be compared');
  return save.ok ? { ok: true, value: compareGameOf(save.value, id, `File “${file.name}”`) } : save;
}
