// Words never reach the rules. Two proofs: (1) every string in a game's state, and in the parts of
// the week's report the catalogues word (events, changes, decisions), is an id from a known set or
// a figure, never prose; (2) replacing every entry of the English catalogue by other words leaves
// every fingerprint of every week of many seeded games exactly as it was.
import { afterEach, describe, expect, it } from 'vitest';
import {
  ACTOR_IDS,
  CROSSING_IDS,
  DIFFICULTIES,
  DISTRICT_IDS,
  DOCTRINES,
  EVENTS,
  GROUP_IDS,
  METER_IDS,
  POWER_IDS,
  PROVINCE_IDS,
  RESPONSES,
  SCENARIO_IDS,
  fingerprint,
  type EndingFact,
  type GameState,
  type WeekReport,
} from '../../src/engine';
import { ENDING_GRADES } from '../../src/engine/endings';
import { STRATEGIES, playGame } from '../../src/engine/strategies';
import { EN } from '../../src/text';
import { en } from '../../src/text/en';

/** Every kind of ending fact (tsc keeps the list whole: a fact missing here fails to compile). */
const FACTS: Record<EndingFact['fact'], true> = {
  'kabul-at-war': true,
  'pressure-crisis': true,
  'cohesion-collapse': true,
  'deterrence-worn': true,
  'treasury-dry': true,
  'closing-attacks': true,
  'closing-harm': true,
  'militant-strength': true,
  verification: true,
  crossings: true,
  'ladder-now': true,
  legitimacy: true,
  'ladder-peak': true,
  toll: true,
};

const KNOWN_IDS = new Set<string>([
  ...SCENARIO_IDS,
  ...DIFFICULTIES,
  ...DISTRICT_IDS,
  ...PROVINCE_IDS,
  ...CROSSING_IDS,
  ...GROUP_IDS,
  ...POWER_IDS,
  ...ACTOR_IDS,
  ...METER_IDS,
  ...RESPONSES.map((r) => r.id),
  ...EVENTS.map((e) => e.id),
  ...DOCTRINES.flatMap((d) => d.rules.map((r) => r.id)),
  ...Object.keys(ENDING_GRADES),
  ...Object.values(ENDING_GRADES),
  ...Object.keys(FACTS),
  ...Object.keys(en.events),
  // Small vocabularies of the state and the events: offers, sides, event kinds, strike targets,
  // attack styles and the 'none' of an empty choice.
  ...['none', 'mediation', 'funding', 'pakistan', 'world'],
  ...['strike', 'attack', 'operation', 'closure', 'reopening', 'talks', 'truce', 'displacement'],
  ...['deportation', 'statement', 'attribution', 'policy', 'trade', 'incident'],
  ...['camps', 'taliban-posts'],
  ...['security', 'police', 'urban', 'sectarian', 'cpec', 'quadcopter', 'spoiler'],
]);

/** A change's subject or cause: an id, or ids joined as the engine writes them ("rule:ttp/regroup"). */
const COMPOSITE = /^[a-z]+(?::[a-z0-9-]+(?:\/[a-z0-9-]+)?)?$/;

function stringsIn(value: unknown, path: string, found: { path: string; value: string }[]): void {
  if (typeof value === 'string') found.push({ path, value });
  else if (Array.isArray(value))
    value.forEach((item, i) => stringsIn(item, `${path}[${i}]`, found));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      found.push({ path: `${path} (key)`, value: key });
      stringsIn(item, `${path}.${key}`, found);
    }
}

/** Keys of the state are field names; only values (and record keys holding ids) can carry words. */
function proseIn(value: unknown, where: string, composite = false): string[] {
  const found: { path: string; value: string }[] = [];
  stringsIn(value, where, found);
  return found
    .filter(({ path, value }) => {
      // Keys, and a change's field, name a field of the state.
      if (path.endsWith('(key)') || path.endsWith('.field'))
        return !/^[a-zA-Z][a-zA-Z0-9-]*$/.test(value);
      if (KNOWN_IDS.has(value)) return false;
      return !(composite && COMPOSITE.test(value));
    })
    .map(({ path, value }) => `${path} = ${JSON.stringify(value)}`);
}

const GAMES = SCENARIO_IDS.flatMap((scenario) =>
  (['balanced', 'hawk', 'dove', 'random'] as const).flatMap((strategy) =>
    [1, 2].map((seed) => ({ scenario, strategy, seed })),
  ),
);

function playAll(observe?: (before: GameState, report: WeekReport, after: GameState) => void) {
  return GAMES.map(({ scenario, strategy, seed }) => {
    const prints: string[] = [];
    playGame(
      { scenario, seed, difficulty: 'normal' },
      STRATEGIES[strategy],
      (before, report, after) => {
        observe?.(before, report, after);
        prints.push(fingerprint(after));
      },
    );
    return prints;
  });
}

describe('words out of the rules', () => {
  it('the state, and the events, changes and decisions of every week, hold ids and figures only', () => {
    const prose: string[] = [];
    let weeks = 0;
    playAll((_, report, after) => {
      weeks += 1;
      prose.push(...proseIn(after, 'state', false));
      prose.push(...proseIn(report.events, 'events', true));
      prose.push(...proseIn(report.changes, 'changes', true));
      prose.push(...proseIn(report.decisions, 'decisions', false));
    });
    expect(weeks).toBeGreaterThan(GAMES.length * 5);
    expect([...new Set(prose)].slice(0, 20)).toEqual([]);
  });

  describe('changing every catalogue entry', () => {
    const original = { events: { ...en.events }, names: { ...en.names } };
    afterEach(() => {
      Object.assign(en.events, original.events);
      Object.assign(en.names, original.names);
    });

    it('leaves every fingerprint of every week unchanged', () => {
      const before = playAll();
      const events = en.events as Record<string, (...args: never[]) => string>;
      for (const id of Object.keys(events)) events[id] = () => `Other words for ${id}.`;
      const names = en.names as unknown as Record<string, () => string>;
      for (const key of Object.keys(names)) names[key] = () => 'Elsewhere';
      expect(EN.event({ id: 'curfew', district: 'karachi' })).toBe('Other words for curfew.');
      const after = playAll();
      expect(after).toEqual(before);
      expect(before.flat().length).toBeGreaterThan(GAMES.length * 5);
    });
  });
});
