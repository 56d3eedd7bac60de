/**
 * What the Saves dialog and the page's address share: opening a checked save as the running game,
 * naming and describing saves, downloading a file and opening a game link from the address.
 */
import {
  DIFFICULTY,
  SCENARIOS,
  checkOptions,
  isDifficulty,
  isScenarioId,
  type GameState,
  type Result,
} from '../engine';
import type { SaveFile } from '../persistence/save-format';
import { decodeShareLink } from '../persistence/share-link';
import { openReplay, resumeGame } from '../store/actions';

/** Opens a save at the start of its next week (replaying every week it holds). */
export function openSave(save: SaveFile): Result<null, string> {
  const options = checkOptions(save.game);
  if (!options.ok) return options;
  return resumeGame(
    options.value,
    save.weeks.map((w) => w.decisions),
    save.meta.branchOf,
    save.notes,
  );
}

/**
 * Opens a checked save in the replay viewer, against its recorded fingerprints; notes edited there
 * are kept in `notesHome` (a slot), or are read-only without one.
 */
export function replaySave(
  save: SaveFile,
  notesHome: { kind: 'slot'; index: number } | null = null,
): Result<null, string> {
  const options = checkOptions(save.game);
  if (!options.ok) return options;
  return openReplay({
    name: save.meta.name.trim() || 'Unnamed save',
    options: options.value,
    weeks: save.weeks.map((w) => w.decisions),
    fingerprints: save.weeks.map((w) => w.fingerprint),
    branchOf: save.meta.branchOf,
    notes: save.notes,
    notesHome,
  });
}

/** Opens the game a link's fragment carries, or says why it cannot. */
export function openShareHash(hash: string): Result<null, string> {
  const save = decodeShareLink(hash);
  if (!save.ok) return save;
  const opened = openSave(save.value);
  return opened.ok
    ? opened
    : { ok: false, error: `This game link cannot be opened. ${opened.error}` };
}

/** The name a new slot is offered: "Karachi aftermath — week 3". */
export function suggestedName(state: GameState): string {
  const title = SCENARIOS[state.scenario].title;
  return state.ending
    ? `${title} — ended in week ${state.ending.week}`
    : `${title} — week ${state.week}`;
}

/** "Karachi aftermath · week 3 of 12 · Normal", from whatever a save or slot records. */
export function describeGame(
  scenario: string | null,
  weeksPlayed: number | null,
  difficulty: string | null,
): string {
  if (scenario === null || weeksPlayed === null || !isScenarioId(scenario)) return 'Damaged save';
  const info = SCENARIOS[scenario];
  const week =
    weeksPlayed >= info.weeks
      ? `all ${info.weeks} weeks played`
      : `week ${weeksPlayed + 1} of ${info.weeks}`;
  const level = difficulty !== null && isDifficulty(difficulty) ? DIFFICULTY[difficulty].title : '';
  return [info.title, week, level].filter(Boolean).join(' · ');
}

const WHEN = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "saved 2 Jan 2026, 10:04", or nothing when the date is missing or unreadable. */
export function describeWhen(createdAt: string | null): string {
  if (!createdAt) return '';
  const date = new Date(createdAt);
  return Number.isNaN(date.getTime()) ? '' : `saved ${WHEN.format(date)}`;
}

/** Offers text as a file download, through a Blob and a temporary link. */
export function downloadText(fileName: string, text: string, within: Element | null): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  // Inside the open modal dialog: the rest of the page is inert while it is open.
  (within ?? document.body).append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
