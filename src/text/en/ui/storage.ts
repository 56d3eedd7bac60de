/** What browser storage refused, and what that cost. */
export const storage = {
  blocked: 'This browser does not allow the game to store anything.',
  readRefused: 'The browser refused to read saved data.',
  /** "Browser storage is full, so <what was not kept>." */
  writeProblem: {
    unavailable: (notKept: string) =>
      `This browser does not let the game store anything, so ${notKept}.`,
    full: (notKept: string) => `Browser storage is full, so ${notKept}.`,
    refused: (notKept: string) =>
      `The browser refused to store anything for this game (its settings may block storage for this site), so ${notKept}.`,
  },
  settingsNotKept: 'your settings apply now but will not be remembered next time',
};
