/** What the difficulty levels change: the player's weekly capacity and the militants' aggressiveness. */
import type { Difficulty } from '../ids';

interface DifficultyInfo {
  title: string;
  description: string;
  /** Action points a week. */
  capacity: number;
  /** Added to the chance (percent) of every hostile doctrine rule that rolls dice. */
  aggression: number;
  /** Added to the fiscal room at the start. */
  fiscalBonus: number;
}

export const DIFFICULTY: Record<Difficulty, DifficultyInfo> = {
  easy: {
    title: 'Steady',
    description: 'More capacity each week, calmer militants and more fiscal room.',
    capacity: 5,
    aggression: -10,
    fiscalBonus: 10,
  },
  normal: {
    title: 'Tense',
    description: 'The crisis as it was.',
    capacity: 4,
    aggression: 0,
    fiscalBonus: 0,
  },
  hard: {
    title: 'Unforgiving',
    description: 'Less capacity, bolder militants and a thinner budget.',
    capacity: 3,
    aggression: 10,
    fiscalBonus: -10,
  },
};
