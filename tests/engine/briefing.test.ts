// The weekly briefing: forecasts that preview each actor's doctrine without dice, with a confidence
// that follows intelligence coverage (and reads vaguer when low), and headlines taken from last
// week's events by deaths and kind.
import { describe, expect, it } from 'vitest';
import {
  DISTRICTS,
  GROUP_IDS,
  PROVINCE_IDS,
  SCENARIO_IDS,
  briefingFor,
  fingerprint,
  isDistrictId,
  resolveTurn,
  type Briefing,
  type Decision,
  type GameState,
  type IntelReport,
  type WeekEvent,
  type WeekReport,
} from '../../src/engine';
import { STRATEGIES, playGame } from '../../src/engine/strategies';
import { EN } from '../../src/text';
import { game, withState } from './fixtures';

function turn(state: GameState, decisions: Decision[] = []) {
  const result = resolveTurn(state, decisions);
  if (!result.ok) throw new Error(JSON.stringify(result.error.reason));
  return result.value;
}

const withIntel = (state: GameState, intel: number) =>
  withState(state, (s) => {
    for (const id of PROVINCE_IDS) s.provinces[id].intel = intel;
  });

const isGroup = (about: string) => (GROUP_IDS as readonly string[]).includes(about);
const groupItems = (b: Briefing) => b.intelligence.filter((i) => isGroup(i.about));
const about = (b: Briefing, subject: string): IntelReport => {
  const found = b.intelligence.find((i) => i.about === subject);
  if (!found) throw new Error(`No report about ${subject}`);
  return found;
};

/** Every week of a balanced game in each scenario, with the report that led to it. */
const SAMPLES: { state: GameState; report?: WeekReport }[] = SCENARIO_IDS.flatMap((scenario) => {
  const played = playGame({ scenario, seed: 21, difficulty: 'normal' }, STRATEGIES.balanced);
  let state = game(scenario, 21);
  const samples: { state: GameState; report?: WeekReport }[] = [{ state }];
  for (const week of played.weeks.slice(0, -1)) {
    const next = turn(state, week);
    state = next.state;
    samples.push({ state, report: next.report });
  }
  return samples;
});

describe('briefing: intelligence', () => {
  it('gives three to six forecasts: groups, Kabul and the most exposed district', () => {
    expect(SAMPLES.length).toBeGreaterThan(30);
    for (const { state, report } of SAMPLES) {
      const { intelligence } = briefingFor(state, report);
      expect(intelligence.length).toBeGreaterThanOrEqual(3);
      expect(intelligence.length).toBeLessThanOrEqual(6);
      expect(intelligence.filter((i) => i.about === 'kabul')).toHaveLength(1);
      expect(intelligence.filter((i) => isDistrictId(i.about))).toHaveLength(1);
      expect(intelligence.filter((i) => isGroup(i.about)).length).toBeGreaterThanOrEqual(1);
      for (const text of intelligence.map((i) => EN.intelligence(i))) {
        expect(text).toMatch(/^[A-Z].*[.]$/);
        expect(text).not.toMatch(/undefined|NaN|null|\[object|\brolls?\b|\bdice\b|%|\bchance\b/);
      }
    }
  });

  it('confidence follows intelligence coverage across the line', () => {
    for (const scenario of SCENARIO_IDS) {
      const high = briefingFor(withIntel(game(scenario), 80));
      const medium = briefingFor(withIntel(game(scenario), 40));
      const low = briefingFor(withIntel(game(scenario), 10));
      for (const [briefing, confidence] of [
        [high, 'high'],
        [medium, 'medium'],
        [low, 'low'],
      ] as const) {
        for (const item of [...groupItems(briefing), about(briefing, 'kabul')])
          expect(item.confidence, EN.intelligence(item)).toBe(confidence);
      }
    }
  });

  it('a group is judged by coverage of the provinces where it has sanctuary', () => {
    // HGB's havens are Paktia, Khost and Paktika: seeing them well is seeing HGB well.
    const state = withState(withIntel(game('sandbox'), 10), (s) => {
      for (const id of ['paktia', 'khost', 'paktika'] as const) s.provinces[id].intel = 60;
    });
    const items = briefingFor(state).intelligence;
    expect(items.find((i) => i.about === 'hgb')?.confidence).toBe('high');
    expect(items.find((i) => i.about === 'bla')?.confidence).toBe('low');
  });

  it('low confidence reads vaguer: no place names, no signs', () => {
    const names = Object.values(DISTRICTS).map((d) => d.name);
    const low = groupItems(briefingFor(withIntel(game('sandbox'), 10)));
    const high = groupItems(briefingFor(withIntel(game('sandbox'), 80)));
    for (const item of low) {
      expect(
        names.some((n) => EN.intelligence(item).includes(n)),
        EN.intelligence(item),
      ).toBe(false);
      expect(EN.intelligence(item)).not.toContain('Signs:');
    }
    expect(high.some((item) => names.some((n) => EN.intelligence(item).includes(n)))).toBe(true);
    expect(high.some((item) => EN.intelligence(item).includes('Signs:'))).toBe(true);
  });

  it("previews each group's doctrine: the first rule whose conditions hold", () => {
    // Struck at the opening of Seven camps: the TTP means to prove it survived.
    const struck = briefingFor(withIntel(game('seven-camps'), 80));
    expect(EN.intelligence(about(struck, 'ttp'))).toContain('strike back to prove it survived');
    // In the sandbox nobody struck it, and police are weak where it operates.
    const sandbox = briefingFor(withIntel(game('sandbox'), 80));
    expect(EN.intelligence(about(sandbox, 'ttp'))).toContain('hit the police where they are weak');
    // Weak and demoralised, it falls back to regroup (and the others, weaker still, are quiet).
    const beaten = withState(withIntel(game('sandbox'), 80), (s) => {
      for (const group of GROUP_IDS)
        Object.assign(s.groups[group], { morale: 20, strength: 10, grievance: 30 });
      s.groups.ttp.strength = 20;
    });
    const items = briefingFor(beaten).intelligence;
    expect(EN.intelligence(items.find((i) => i.about === 'ttp')!)).toContain('regroup');
  });

  it("previews Kabul's doctrine, and what a strike this week would change", () => {
    const calm = about(briefingFor(withIntel(game('sandbox'), 80)), 'kabul');
    expect(EN.intelligence(calm)).toContain('deny harbouring anyone');
    expect(EN.intelligence(calm)).toContain('If we strike across the line this week');
    const struck = withState(withIntel(game('sandbox'), 80), (s) => {
      s.provinces.khost.lastStruckWeek = s.week - 1;
    });
    const kabul = about(briefingFor(struck), 'kabul');
    expect(EN.intelligence(kabul)).toContain('answer strikes with fire on border posts');
    expect(EN.intelligence(kabul)).not.toContain('If we strike');
  });

  it('names the district where militant presence most outweighs police and security', () => {
    const state = withState(game('sandbox'), (s) => {
      s.districts['lakki-marwat'].presence.ttp = 95;
      s.districts['lakki-marwat'].trust = 60;
    });
    const item = about(briefingFor(state), 'lakki-marwat');
    expect(EN.intelligence(item)).toContain('Lakki Marwat');
    expect(EN.intelligence(item)).toContain('militant presence 105');
    expect(item.confidence).toBe('high');
  });

  it('is deterministic and leaves the state untouched', () => {
    for (const { state, report } of SAMPLES.filter((_, i) => i % 5 === 0)) {
      const before = fingerprint(state);
      const first = briefingFor(state, report);
      expect(briefingFor(structuredClone(state), report)).toEqual(first);
      expect(fingerprint(state)).toBe(before);
    }
  });
});

describe('briefing: headlines', () => {
  it('there are none before the first week', () => {
    expect(briefingFor(game('karachi')).headlines).toEqual([]);
  });

  it("come from last week's events, three to five of them when there are enough", () => {
    for (const { state, report } of SAMPLES) {
      if (!report) continue;
      const { headlines } = briefingFor(state, report);
      for (const headline of headlines) expect(report.events).toContain(headline);
      expect(headlines.length).toBeLessThanOrEqual(5);
      expect(headlines.length).toBeGreaterThanOrEqual(Math.min(3, report.events.length));
    }
  });

  it('rank by deaths, then by kind; routine news only fills up to three', () => {
    const start = game('sandbox');
    const { state, report } = turn(start);
    const event = (order: number, kind: WeekEvent['kind'], deaths?: number): WeekEvent => ({
      order,
      kind,
      actor: 'pakistan',
      words: { id: 'apex-committee' },
      cause: 'test',
      ...(deaths === undefined ? {} : { deaths }),
    });
    const events = [
      event(1, 'policy'),
      event(2, 'talks'),
      event(3, 'strike', 3),
      event(4, 'statement'),
      event(5, 'attack', 12),
      event(6, 'closure'),
      event(7, 'policy'),
    ];
    expect(briefingFor(state, { ...report, events }).headlines.map((h) => h.order)).toEqual([
      5, 3, 2, 6,
    ]);
    const quiet = [
      event(1, 'policy'),
      event(2, 'statement'),
      event(3, 'policy'),
      event(4, 'trade'),
    ];
    expect(briefingFor(state, { ...report, events: quiet }).headlines.map((h) => h.order)).toEqual([
      2, 4, 1,
    ]);
  });
});
