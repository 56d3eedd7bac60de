// The panels' number words: grouped digits and the noun in the right number.
import { describe, expect, it } from 'vitest';
import { formatCounted, formatNumber } from '../../src/ui/format';

describe('panel number formatting', () => {
  it('groups digits and agrees the noun with the count', () => {
    expect(formatNumber(25587)).toBe('25,587');
    expect(formatCounted(1, 'week', 'weeks')).toBe('1 week');
    expect(formatCounted(0, 'week', 'weeks')).toBe('0 weeks');
    expect(formatCounted(25587, 'person', 'people')).toBe('25,587 people');
  });
});
