/** Words many screens share: dialog controls and the like. */
export const common = {
  close: 'Close',
};
