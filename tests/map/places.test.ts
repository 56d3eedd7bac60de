import { describe, expect, it } from 'vitest';
import {
  DISTRICT_IDS,
  PROVINCE_IDS,
  newGame,
  responsesFor,
  resolveTurn,
  type GameState,
} from '../../src/engine';
import { eventPlace } from '../../src/map/event-place';
import { MAP } from '../../src/map/geometry';
import { MAP_PLACES, mapPlace, placeKey } from '../../src/map/places';
import { validTargets } from '../../src/map/targets';

function opening(): GameState {
  const game = newGame({ scenario: 'seven-camps', seed: 1, difficulty: 'normal' });
  if (!game.ok) throw new Error(game.error);
  return game.value;
}

describe('validTargets', () => {
  it('is null when nothing waits for a target', () => {
    expect(validTargets(opening(), null)).toBeNull();
    expect(validTargets(null, 'jirga')).toBeNull();
    expect(validTargets(opening(), 'talks-qatar')).toBeNull();
  });

  it("repeats the engine's verdicts, as map keys", () => {
    const state = opening();
    for (const option of responsesFor(state).filter((r) => r.target !== 'none')) {
      const expected = option.targets
        .filter((t) => t.reason === null)
        .map((t) => `${option.target}:${t.id}`);
      expect([...validTargets(state, option.id)!].sort(), option.id).toEqual(expected.sort());
    }
  });

  it('marks only the crossings that can be reopened', () => {
    const keys = validTargets(opening(), 'reopen-crossing')!;
    expect(keys.has('district:khyber')).toBe(true);
    expect(keys.has('district:bannu')).toBe(false);
    expect([...keys].every((k) => k.startsWith('district:'))).toBe(true);
  });
});

describe('eventPlace', () => {
  it('shows an event at its crossing first, then its district or province', () => {
    expect(eventPlace({ crossing: 'torkham', district: 'khyber' })).toEqual({
      point: MAP.crossings.torkham,
      ring: null,
      national: false,
    });
    expect(eventPlace({ district: 'bannu' }).ring).toBe(MAP.districts.bannu.polygon);
    expect(eventPlace({ province: 'paktika' }).point).toBe(MAP.provinces.paktika.center);
  });

  it('shows an event with no place softly on Islamabad', () => {
    expect(eventPlace({})).toEqual({
      point: MAP.districts.islamabad.center,
      ring: null,
      national: true,
    });
  });

  it('has a place on the map for every event of a played week', () => {
    const turn = resolveTurn(opening(), [{ response: 'strike-camps', target: 'paktika' }]);
    if (!turn.ok) throw new Error(JSON.stringify(turn.error.reason));
    for (const event of turn.value.report.events) {
      const { point } = eventPlace(event);
      expect(point[0]).toBeGreaterThanOrEqual(0);
      expect(point[0]).toBeLessThanOrEqual(MAP.width);
      expect(point[1]).toBeGreaterThanOrEqual(0);
      expect(point[1]).toBeLessThanOrEqual(MAP.height);
    }
  });
});

describe('MAP_PLACES', () => {
  it('lists every province, then every district (drawn, named and hit over the provinces), each once', () => {
    expect(MAP_PLACES.map((p) => p.key)).toEqual([
      ...PROVINCE_IDS.map((id) => `province:${id}`),
      ...DISTRICT_IDS.map((id) => `district:${id}`),
    ]);
    for (const p of MAP_PLACES) {
      expect(placeKey(p.place)).toBe(p.key);
      expect(mapPlace(p.key)).toBe(p);
    }
    expect(mapPlace('district:nowhere')).toBeUndefined();
  });

  it('has a place for every target the opening week allows', () => {
    const state = opening();
    for (const option of responsesFor(state).filter((r) => r.target !== 'none'))
      for (const key of validTargets(state, option.id) ?? [])
        expect(mapPlace(key), `${option.id} → ${key}`).toBeDefined();
  });
});
