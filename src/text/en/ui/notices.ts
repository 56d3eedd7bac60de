/**
 * Notices and small parts shared by the screens: the skip links, "A new version is ready", a game
 * link that arrived mid-play, the question before replacing a game not fully autosaved, and the
 * Import file button.
 */
import type { Format } from '../../format';

export const notices = {
  skipLinks: 'Skip links',
  update: {
    text: 'A new version is ready. Reload to use it: your saves stay as they are, and a game in play resumes at the start of its week.',
    reload: 'Reload',
    later: 'Later',
  },
  linkOffer: {
    label: 'A game link',
    text: (name: string, scenario: string, week: number, weeks: number, t: Format) =>
      `A link to another game was opened: “${name}” (${scenario}, week ${t.number(week)} of ${t.number(weeks)}). Open it as a new game? The game you are playing is kept either way.`,
    open: 'Open the linked game',
    keep: 'Keep playing',
  },
  replaceUnsaved: {
    title: 'This game is not fully autosaved',
    ended: (scenario: string, week: number, t: Format) =>
      `${scenario}, ended in week ${t.number(week)}`,
    playing: (scenario: string, week: number, weeks: number, t: Format) =>
      `${scenario}, week ${t.number(week)} of ${t.number(weeks)}`,
    lost: (game: string) =>
      `If another game opens now, whatever of “${game}” the autosave did not keep is lost. Export it as a file first to keep all of it.`,
    exported: (fileName: string) =>
      `Exported as ${fileName}: Import file in Saves opens it again, every week of it.`,
    export: 'Export this game',
    open: 'Open the other game',
    keep: 'Keep this game',
  },
  importFile: 'Import file',
};
