/** Words many screens share, in Urdu. */
export const common: typeof import('../../en/ui/common').common = {
  close: 'بند کریں',
};
