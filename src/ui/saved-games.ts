/**
 * What the Saves dialog and the page's address share: opening a checked save as the running game,
 * naming and describing saves, downloading a file and opening a game link from the address.
 */
import {
  DIFFICULTY,
  SCENARIOS,
  isDifficulty,
  isScenarioId,
  type GameState,
  type Result,
} from '../engine';
import type { CheckedSave } from '../persistence/save-format';
import { decodeShareLink } from '../persistence/share-link';
import { openReplayed, resumeReplayed } from '../store/actions';

/** Opens a checked save at the start of its next week (its replay is the one the check made). */
export function openSave(checked: CheckedSave): void {
  resumeReplayed(checked.game, checked.save.meta.branchOf, checked.save.notes);
}

/**
 * Opens a checked save in the replay viewer (its replay is the one the check made); notes edited
 * there are kept in `notesHome` (a slot), or are read-only without one.
 */
export function replaySave(
  checked: CheckedSave,
  notesHome: { kind: 'slot'; index: number } | null = null,
): void {
  const { save, game } = checked;
  openReplayed(game, {
    name: save.meta.name.trim() || 'Unnamed save',
    branchOf: save.meta.branchOf,
    notes: save.notes,
    notesHome,
  });
}

/** Opens the game a link's fragment carries, or says why it cannot. */
export function openShareHash(hash: string): Result<null, string> {
  const save = decodeShareLink(hash);
  if (!save.ok) return save;
  openSave(save.value);
  return { ok: true, value: null };
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
