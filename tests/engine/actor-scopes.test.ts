// Readings and reactions belong to a kind of actor: a militant group's own readings (strength,
// morale…) exist only for groups, a power's stance only for powers. Naming one for the wrong actor
// is a type error (each `@ts-expect-error` below fails `tsc` if the error ever goes away), and at
// run time every actor reads its own numbers, never another's stand-in.
import { describe, expect, it } from 'vitest';
import { atLeast } from '../../src/engine/conditions';
import type { ScenarioEvent } from '../../src/engine/content/events';
import type { GroupDoctrine, KabulDoctrine, PowerDoctrine } from '../../src/engine/doctrine-types';
import { GROUP_IDS, POWER_IDS } from '../../src/engine/ids';
import { readAsGroup, readAsPower, readShared } from '../../src/engine/readers';
import { game, withState } from './fixtures';

describe('actor scopes (types)', () => {
  it('lets each kind of actor name only its own readings and reactions', () => {
    const kabul: KabulDoctrine<string> = {
      actor: 'kabul',
      rules: [
        {
          id: 'x',
          // @ts-expect-error Kabul is not a militant group: it has no strength of its own.
          when: [atLeast('strength', 30)],
          reaction: { kind: 'deny' },
          sources: [],
        },
      ],
    };
    const group: GroupDoctrine<string> = {
      actor: 'jua',
      rules: [
        {
          id: 'x',
          // @ts-expect-error A militant group has no stance toward Pakistan.
          when: [atLeast('stance', 60)],
          reaction: { kind: 'recruit' },
          sources: [],
        },
      ],
    };
    const power: PowerDoctrine<string> = {
      actor: 'china',
      rules: [
        {
          id: 'x',
          when: [atLeast('stance', 60)],
          // @ts-expect-error Only militant groups attack.
          reaction: { kind: 'attack', style: 'urban' },
          sources: [],
        },
      ],
    };
    const eventWithoutPower: Extract<ScenarioEvent<string>, { actor?: undefined }>['when'] = [
      // @ts-expect-error An event that names no power cannot read a power's stance.
      atLeast('stance', 60),
    ];
    const state = game('sandbox', 1);
    // Forced past the types, a wrong actor fails loudly instead of reading a stand-in.
    expect(() =>
      // @ts-expect-error Kabul is not a group.
      readAsGroup(state, 'kabul', 'strength'),
    ).toThrow(TypeError);
    expect(() =>
      // @ts-expect-error The TTP is not a power.
      readAsPower(state, 'ttp', 'stance'),
    ).toThrow(TypeError);
    expect(() =>
      // @ts-expect-error A militant group's own reading is not a reading of the world.
      readShared(state, 'morale'),
    ).toThrow(TypeError);
    expect([kabul.actor, group.actor, power.actor]).toEqual(['kabul', 'jua', 'china']);
    expect(eventWithoutPower).toHaveLength(1);
  });
});

describe('actor scopes (values)', () => {
  const state = withState(game('sandbox', 1), (s) => {
    GROUP_IDS.forEach((id, i) => (s.groups[id].strength = 11 + i));
    POWER_IDS.forEach((id, i) => (s.powers[id].stance = 21 + i));
  });

  it.each(GROUP_IDS.map((id, i) => [id, i] as const))('%s reads its own strength', (id, i) => {
    expect(readAsGroup(state, id, 'strength')).toBe(11 + i);
  });

  it.each(POWER_IDS.map((id, i) => [id, i] as const))('%s reads its own stance', (id, i) => {
    expect(readAsPower(state, id, 'stance')).toBe(21 + i);
  });

  it('reads the shared readings the same for every kind of actor', () => {
    const ladder = withState(state, (s) => (s.ladder = 3));
    expect(readShared(ladder, 'ladder')).toBe(3);
    expect(readAsGroup(ladder, 'bla', 'ladder')).toBe(3);
    expect(readAsPower(ladder, 'us', 'ladder')).toBe(3);
  });
});
