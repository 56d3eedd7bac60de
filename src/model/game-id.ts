/**
 * A game's id: one for each game started, loaded, branched or opened from a link, kept when its
 * autosave is continued. It names the game's autosave and its place among the finished games, so
 * two games (in two tabs, or one set aside for another) never share either.
 */
const GAME_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function newGameId(): string {
  return crypto.randomUUID();
}

export function isGameId(text: string): boolean {
  return GAME_ID.test(text);
}
