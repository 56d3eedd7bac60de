/** What the game's actions say when they cannot be done, and what they tell the player. */
import type { Format } from '../../format';

export const actions = {
  noGame: 'No game is running.',
  nothingToDebrief: 'There is nothing to debrief before the first week is played.',
  noDebrief: 'No debrief is open.',
  cannotBranchAt: (week: number, t: Format) =>
    `The game cannot be branched at week ${t.number(week)}.`,
  diverged: (week: number, t: Format) =>
    `Week ${t.number(week)} does not replay to the fingerprint recorded for it.`,
  noReplay: 'No replay is open.',
  endedByThisWeek: 'The game had ended by this week; branch from an earlier week.',
  noTarget: 'No response is waiting for a target.',
  notStored: (why: string) => `The change is shown here but was not stored. ${why}`,
  notesFixed: 'These notes cannot be changed here.',
  /** "“Name” cannot be loaded. <why>" */
  slotNotLoaded: (name: string, why: string) => `“${name}” cannot be loaded. ${why}`,
  slotNotReplayed: (name: string, why: string) => `“${name}” cannot be replayed. ${why}`,
  slotNotExported: (name: string, why: string) => `“${name}” cannot be exported. ${why}`,
  unnamedSave: 'Unnamed save',
  importedGame: 'Imported game',
  sharedGame: 'A shared game',
  notALinkOrCode: 'It is not a game link or result code (it holds no “#save=”).',
  unreadableAutosave: 'An autosaved game that cannot be read',
  /** "Karachi aftermath, week 5 of 12". */
  unfinished: (scenario: string, week: number, weeks: number, t: Format) =>
    `${scenario}, week ${t.number(week)} of ${t.number(weeks)}`,
  gameNotStored: 'This game is not stored in this browser: export it as a file to keep it.',
  gameGone: 'That game is no longer there (it may have ended, or been deleted in another tab).',
  copyContinues:
    'This game is open in another tab, so a copy of it continues here. The other tab keeps its own.',
  inPlayNotDeleted: 'This is the game in play here, so it was not deleted.',
  openElsewhere: 'That game is open in another tab, so it was not deleted. Close it there first.',
  playedElsewhere:
    'That game was played on in another tab since this list was shown, so it was not deleted.',
  kept: (game: string) =>
    `Your game “${game}” is kept: continue it from Saves, under Unfinished games.`,
  /** The header's "Week 3 of 12", and once over "Week 9 of 12 · game over". */
  week: (week: number, weeks: number, t: Format) => `Week ${t.number(week)} of ${t.number(weeks)}`,
  weekOver: (week: number, weeks: number, t: Format) =>
    `Week ${t.number(week)} of ${t.number(weeks)} · game over`,
};
