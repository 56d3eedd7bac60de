// Words never reach the rules. Two proofs: (1) every string in a game's state, in the week's report
// (events, changes, decisions, the actors' traces) and in the briefing's forecasts is an id from a
// known set, never prose; (2) replacing every entry of the English catalogue by other words leaves
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
  briefingFor,
  fingerprint,
  type EndingFact,
  type GameState,
  type WeekReport,
} from '../../src/engine';
import { ENDING_GRADES } from '../../src/engine/endings';
import { READERS } from '../../src/engine/readers';
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
  ...Object.keys(en.outcomes),
  ...Object.keys(en.why.modifiers),
  ...Object.keys(READERS),
  ...['>=', '<=', 'or-worse', 'warm', 'neutral-warm', 'lapsed', 'yet', 'not-extreme'],
  ...['low', 'medium', 'high', 'will', 'likely', 'may', 'group', 'district'],
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
  it('the state, the report and the briefing of every week hold ids and figures only', () => {
    const prose: string[] = [];
    let weeks = 0;
    playAll((before, report, after) => {
      weeks += 1;
      prose.push(...proseIn(after, 'state', false));
      prose.push(...proseIn(report.events, 'events', true));
      prose.push(...proseIn(report.changes, 'changes', true));
      prose.push(...proseIn(report.decisions, 'decisions', false));
      prose.push(...proseIn(report.traces, 'traces', false));
      prose.push(...proseIn(briefingFor(after, report), 'briefing', true));
      prose.push(...proseIn(briefingFor(before), 'briefing', true));
    });
    expect(weeks).toBeGreaterThan(GAMES.length * 5);
    expect([...new Set(prose)].slice(0, 20)).toEqual([]);
  });

  describe('changing every catalogue entry', () => {
    type Section = Record<string, unknown>;
    const sections = en as unknown as Record<string, unknown>;
    const original = Object.fromEntries(
      Object.entries(sections).map(([key, value]) => [
        key,
        value && typeof value === 'object' ? { ...(value as Section) } : value,
      ]),
    );
    afterEach(() => {
      for (const [key, value] of Object.entries(original))
        if (value && typeof value === 'object') Object.assign(sections[key] as Section, value);
        else sections[key] = value;
    });

    /** Every string and every function of the catalogue, at any depth, gives other words. */
    function reword(section: Section, path: string): number {
      let changed = 0;
      for (const [key, value] of Object.entries(section)) {
        if (typeof value === 'function') section[key] = () => `Other words for ${path}${key}.`;
        else if (typeof value === 'string') section[key] = `Other words for ${path}${key}`;
        else if (value && typeof value === 'object') {
          changed += reword(value as Section, `${path}${key}.`);
          continue;
        } else continue;
        changed += 1;
      }
      return changed;
    }

    it('leaves every fingerprint of every week unchanged', () => {
      const before = playAll();
      const entries = Object.entries(sections).filter(([key]) => key !== 'locale');
      let changed = 0;
      for (const [key, value] of entries)
        if (value && typeof value === 'object') changed += reword(value as Section, `${key}.`);
        else if (typeof value === 'function') {
          sections[key] = () => `Other words for ${key}.`;
          changed += 1;
        }
      expect(changed).toBeGreaterThan(200);
      expect(EN.event({ id: 'curfew', district: 'karachi' })).toBe(
        'Other words for events.curfew.',
      );
      expect(EN.outcome({ id: 'watched' })).toBe('Other words for outcomes.watched.');
      const after = playAll();
      expect(after).toEqual(before);
      expect(before.flat().length).toBeGreaterThan(GAMES.length * 5);
    });
  });
});
