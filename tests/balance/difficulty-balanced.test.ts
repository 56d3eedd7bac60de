import { describe } from 'vitest';
import { BALANCE_PLAN } from '../../src/cli/balance-report';
import { SCENARIO_IDS } from '../../src/engine';
import { difficultyOrdersOutcomes } from './difficulty';

describe('balance target 4: difficulty orders the outcomes', () =>
  difficultyOrdersOutcomes('balanced', SCENARIO_IDS, BALANCE_PLAN.games));
