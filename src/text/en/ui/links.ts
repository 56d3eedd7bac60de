/** Why a game link or a result code cannot be made or opened. */
import type { Format } from '../../format';

export const links = {
  tooLongToShare: 'This game is too long to share as a link. Export it as a file instead.',
  incomplete:
    'This game link is incomplete: it was probably cut off when it was copied. Ask for the whole link again.',
  corrupt:
    'This game link is corrupt: its data could not be unpacked (it may have been changed when it was copied).',
  notALink: 'This is not a Frontier Crisis game link.',
  farTooLong: 'This game link is far too long to be one this game made.',
  noFormat: 'This game link is corrupt: it does not say which link format it uses.',
  newerFormat: (format: number, reads: number, t: Format) =>
    `This game link was made by a newer version of Frontier Crisis (link format ${t.plain(format)}; this game reads format ${t.plain(reads)}).`,
  unknownFormat: (format: number, t: Format) =>
    `This game link uses link format ${t.plain(format)}, which this game cannot read.`,
  strangeCharacters:
    'This game link is corrupt: it contains characters a game link never has (it may have been changed when it was copied).',
  unpacksTooLarge: 'This game link unpacks to more than any save could hold.',
  cannotOpen: (why: string) => `This game link cannot be opened. ${why}`,
  noResultCode: 'There is no result code here.',
  notAResultCode: (prefix: string) =>
    `This is not a Frontier Crisis result code: a result code starts with “${prefix}”.`,
};
