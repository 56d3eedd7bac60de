import { describe } from 'vitest';
import { criticOfScenario } from './critic';

describe('the model critic: exploit hunter and sensitivity', () => criticOfScenario('seven-camps'));
