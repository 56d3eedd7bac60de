import { describe } from 'vitest';
import { noPureStrategyDominates } from './targets';

describe('balance target 1: no pure strategy dominates', () => noPureStrategyDominates('karachi'));
