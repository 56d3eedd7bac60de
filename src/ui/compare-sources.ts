/**
 * The games the compare screen can pick from: the game in play, the autosave and every save slot
 * (files imported on the screen are added there). A source is read and checked only when picked,
 * through the persistence layer's own checks, so a save that fails them is refused with that
 * layer's message and nothing changes.
 */
import { newGame, type Result } from '../engine';
import { AUTOSAVE_KEY, readAutosave } from '../persistence/autosave';
import { parseCheckedSave, type CheckedSave } from '../persistence/save-format';
import { listSlots, loadSlot } from '../persistence/slots';
import { readKey, type KeyValueStore } from '../persistence/storage';
import type { CompareGame, Session } from '../store/game-store';
import { describeGame, describeWhen, suggestedName } from './saved-games';

export interface SourceOption {
  id: string;
  label: string;
}

/** Every source that can be picked, in the order offered; `problem` when the slots cannot be read. */
export function listSources(
  storage: KeyValueStore | null,
  session: Session | null,
): { options: SourceOption[]; problem: string | null } {
  const options: SourceOption[] = [];
  if (session)
    options.push({ id: 'current', label: `The game in play: ${suggestedName(session.state)}` });
  const autosave = readAutosave(storage);
  if (!autosave.ok) options.push({ id: 'autosave', label: 'Autosave (cannot be read)' });
  else if (autosave.value) {
    const { game, weeks } = autosave.value;
    const about = describeGame(game.scenario, weeks.length, game.difficulty);
    options.push({ id: 'autosave', label: `Autosave: ${about}` });
  }
  const slots = listSlots(storage);
  for (const slot of slots.ok ? slots.value : [])
    options.push({
      id: `slot:${slot.index}`,
      label: `${slot.name} (${describeGame(slot.scenario, slot.weeksPlayed, slot.difficulty)})`,
    });
  return { options, problem: slots.ok ? null : slots.error };
}

function fromSave(checked: CheckedSave, source: string, origin: string): CompareGame {
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
export function loadSource(
  id: string,
  storage: KeyValueStore | null,
  session: Session | null,
): Result<CompareGame, string> {
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
    const text = readKey(storage, AUTOSAVE_KEY);
    if (!text.ok) return { ok: false, error: `The autosave cannot be compared. ${text.error}` };
    if (text.value === null) return { ok: false, error: 'There is no autosave in this browser.' };
    const save = parseCheckedSave(text.value);
    if (!save.ok) return { ok: false, error: `The autosave cannot be compared. ${save.error}` };
    return { ok: true, value: fromSave(save.value, 'autosave', 'The autosave in this browser') };
  }
  const index = Number(id.slice('slot:'.length));
  const slots = listSlots(storage);
  const slot = slots.ok ? slots.value[index] : undefined;
  if (!id.startsWith('slot:') || !slot)
    return { ok: false, error: 'That save is no longer there (it may have been deleted).' };
  const save = loadSlot(storage, index);
  if (!save.ok) return { ok: false, error: `“${slot.name}” cannot be compared. ${save.error}` };
  const when = describeWhen(slot.createdAt);
  return { ok: true, value: fromSave(save.value, id, when ? `Save slot, ${when}` : 'Save slot') };
}

/** A file's text, checked week by week like any import; `id` names it among the screen's files. */
export function loadFile(id: string, fileName: string, text: string): Result<CompareGame, string> {
  const save = parseCheckedSave(text);
  if (!save.ok) return { ok: false, error: `“${fileName}” cannot be compared. ${save.error}` };
  return { ok: true, value: fromSave(save.value, id, `File “${fileName}”`) };
}
