import { describe } from 'vitest';
import { BALANCE_PLAN } from '../../src/cli/balance-report';
import { difficultyOrdersOutcomes } from './difficulty';

describe('balance target 4: difficulty orders the outcomes', () =>
  difficultyOrdersOutcomes(
    'search',
    [BALANCE_PLAN.searchDifficultyScenario],
    BALANCE_PLAN.searchGames,
  ));
