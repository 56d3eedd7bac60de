import { describe, expect, it } from 'vitest';
import { newGame, type DistrictState } from '../../src/engine';
import {
  THREAT_BANDS,
  displacementLevel,
  districtThreat,
  threatBand,
  threatColor,
  threatWords,
} from '../../src/map/threat';

const presence = (ttp: number, jua = 0, iskp = 0, hgb = 0, bla = 0) => ({
  ttp,
  jua,
  iskp,
  hgb,
  bla,
});

describe('districtThreat', () => {
  it.each([
    // presence by group, security → threat
    [presence(0), 0, 0],
    [presence(0), 70, 0],
    [presence(15), 55, 21],
    [presence(5, 8, 8), 70, 23],
    [presence(20), 50, 29],
    [presence(15, 20, 10), 55, 45],
    [presence(25, 25), 45, 53],
    [presence(40, 10, 20), 40, 64],
    [presence(30, 0, 0, 45), 40, 65],
    [presence(50), 50, 50],
    [presence(100, 100, 100, 100, 100), 0, 100],
    [presence(60), 0, 100],
  ] as const)('presence %o against security %i reads %i', (p, security, expected) => {
    expect(districtThreat({ presence: p, security })).toBe(expected);
  });

  it('is named in words by the band the map colours it with', () => {
    expect(threatWords({ presence: presence(15), security: 55 })).toBe('Low (21)');
    expect(threatWords({ presence: presence(20), security: 50 })).toBe('Guarded (29)');
    expect(threatWords({ presence: presence(15, 20, 10), security: 55 })).toBe('Elevated (45)');
    expect(threatWords({ presence: presence(25, 25), security: 45 })).toBe('High (53)');
    expect(threatWords({ presence: presence(40, 10, 20), security: 40 })).toBe('Severe (64)');
  });

  it('rises with presence and falls with security', () => {
    const base: Pick<DistrictState, 'presence' | 'security'> = {
      presence: presence(30),
      security: 50,
    };
    expect(districtThreat({ ...base, presence: presence(40) })).toBeGreaterThan(
      districtThreat(base),
    );
    expect(districtThreat({ ...base, security: 60 })).toBeLessThan(districtThreat(base));
  });

  it('spreads the opening of "Seven Camps" over every band', () => {
    const game = newGame({ scenario: 'seven-camps', seed: 1, difficulty: 'normal' });
    if (!game.ok) throw new Error(game.error);
    const bands = new Set(
      Object.values(game.value.districts).map((d) => threatBand(districtThreat(d))),
    );
    expect([...bands].sort()).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('bands and colours', () => {
  it.each([
    [0, 0, 'Low'],
    [24, 0, 'Low'],
    [25, 1, 'Guarded'],
    [39, 1, 'Guarded'],
    [40, 2, 'Elevated'],
    [49, 2, 'Elevated'],
    [50, 3, 'High'],
    [59, 3, 'High'],
    [60, 4, 'Severe'],
    [100, 4, 'Severe'],
  ] as const)('threat %i is band %i (%s)', (threat, index, label) => {
    expect(threatBand(threat)).toBe(index);
    expect(THREAT_BANDS[index]!.label).toBe(label);
    expect(threatColor(threat)).toBe(THREAT_BANDS[index]!.color);
  });

  it('gets lighter with every band (readable without hue)', () => {
    const lightness = (color: number) => {
      const channel = (shift: number) => {
        const c = ((color >> shift) & 0xff) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      const y = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
      return 116 * Math.cbrt(y) - 16;
    };
    const values = THREAT_BANDS.map((b) => lightness(b.color));
    for (let i = 1; i < values.length; i++) expect(values[i]! - values[i - 1]!).toBeGreaterThan(8);
    expect(THREAT_BANDS.map((b) => b.css)).toEqual([
      '#3a4868',
      '#5e5c96',
      '#a8609a',
      '#e0786a',
      '#f6ae4e',
    ]);
  });
});

describe('displacementLevel', () => {
  it.each([
    [0, 0],
    [4_999, 0],
    [5_000, 1],
    [49_999, 1],
    [50_000, 2],
    [400_000, 2],
  ] as const)('%i displaced is level %i', (displaced, level) => {
    expect(displacementLevel(displaced)).toBe(level);
  });
});
