/** The autosave: what it is called, and what could not be autosaved or restored. */
import type { Format } from '../../format';

export const autosave = {
  /** The name a save file written as an autosave carries. */
  name: 'Autosave',
  /** The slot name of an autosave a newer version wrote, once this version can read it. */
  keptName: 'Autosave kept from a newer version',
  /** "Karachi aftermath — ended in week 9". */
  finishedName: (scenario: string, week: number, t: Format) =>
    `${scenario} — ended in week ${t.number(week)}`,
  newer:
    'The autosave was made by a newer version of Frontier Crisis than the one this page is running, so it cannot be continued here. It is kept as it is: reload the page (or choose Reload when "A new version is ready" shows) to continue it.',
  forked:
    'This game was also being played in another tab, so this tab now plays its own copy. Both are kept: the other is under Saves, Unfinished games, once that tab is closed.',
  noAutosave: 'This game has no autosave',
  keptFromWeek: (week: number, t: Format) =>
    `The autosave from week ${t.number(week)} of this game is kept`,
  weekNotAutosaved: (week: number, t: Format) =>
    `week ${t.number(week)} and its notes were not autosaved`,
  /** "<why>. <what is kept>: export the game …" */
  notWritten: (why: string, kept: string) =>
    `${why} ${kept}: export the game as a file (Save game, Export file) to keep it.`,
  keptNotMoved: (why: string) =>
    `An autosave kept from a newer version could not be moved into Saves yet. ${why}`,
  keptMoved: (name: string) =>
    `An autosave made by a newer version of the game, kept while an older copy was open, is now in Saves as "${name}".`,
  notRestored: (why: string) => `The autosave could not be restored. ${why}`,
  altered: (week: number, t: Format) =>
    `The autosave could not be restored: it has been altered or damaged (week ${t.number(week)} does not replay to the fingerprint recorded for it).`,
};
