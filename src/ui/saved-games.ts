/**
 * What the Saves dialog and the comparison share: naming and describing saves in words, and
 * offering a file for download. Opening, importing and keeping saves are store actions (saves.ts).
 */
import { DIFFICULTY, SCENARIOS, isDifficulty, isScenarioId, type GameState } from '../engine';

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

/**
 * How full the saved games are, in words: "12 of 50 slots used.", and when no slot is left, what
 * the player can do instead (`playing`: a game is open, so it can be saved over a slot or exported).
 */
export function describeSlotUse(
  count: number,
  max: number,
  playing: boolean,
): { used: string; full: string | null } {
  const used =
    count > max
      ? `${count} saved games: more than the ${max} slots this browser keeps.`
      : `${count} of ${max} slots used.`;
  if (count < max) return { used, full: null };
  const free = count === max ? 'delete one' : `delete ${count - max + 1}`;
  return {
    used,
    full:
      (count === max ? `All ${max} slots are in use. ` : '') +
      (playing
        ? `To keep this game, save it over a saved game (Overwrite), ${free} first, or export it as a file.`
        : `To keep another game in a slot, ${free} first.`),
  };
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
export function downloadText(
  fileName: string,
  text: string,
  within: Element | null,
  type = 'application/json',
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
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
