/**
 * How the map reads a district: militant threat as the share of armed presence in the contest
 * between militants and the state, in bands with a colour-blind-safe sequential palette (lightness
 * rises steadily from calm slate to hot amber, so the order survives every kind of colour blindness
 * and greyscale), plus displacement levels for the dotted pattern. A reading for display, not a rule.
 */
import { GROUP_IDS, type DistrictState } from '../engine';

/** Threat 0..100: militant presence (all groups) as a share of presence plus state security. */
export function districtThreat(district: Pick<DistrictState, 'presence' | 'security'>): number {
  const presence = GROUP_IDS.reduce((sum, group) => sum + district.presence[group], 0);
  const total = presence + district.security;
  return total <= 0 ? 0 : Math.round((100 * presence) / total);
}

export interface ThreatBand {
  /** Lowest threat in the band. */
  from: number;
  label: string;
  /** Fill colour, 0xRRGGBB. */
  color: number;
  /** The same colour as CSS, for a legend in the DOM. */
  css: string;
}

const band = (from: number, label: string, color: number): ThreatBand => ({
  from,
  label,
  color,
  css: `#${color.toString(16).padStart(6, '0')}`,
});

/** Lowest band first. CIE lightness ≈ 31, 42, 51, 62, 76: an even step per band. */
export const THREAT_BANDS: readonly ThreatBand[] = [
  band(0, 'Low', 0x3a4868),
  band(25, 'Guarded', 0x5e5c96),
  band(40, 'Elevated', 0xa8609a),
  band(50, 'High', 0xe0786a),
  band(60, 'Severe', 0xf6ae4e),
];

/** The band index (0 = Low … 4 = Severe) of a threat value. */
export function threatBand(threat: number): number {
  let index = 0;
  THREAT_BANDS.forEach((b, i) => {
    if (threat >= b.from) index = i;
  });
  return index;
}

/** The threat as the map's legend and the text views name it: "High (54)". */
export function threatWords(district: Pick<DistrictState, 'presence' | 'security'>): string {
  const threat = districtThreat(district);
  return `${THREAT_BANDS[threatBand(threat)]!.label} (${threat})`;
}

export function threatColor(threat: number): number {
  return THREAT_BANDS[threatBand(threat)]!.color;
}

/** Bands from which the "high threat" hatching shows when patterns are on. */
export const HATCH_FROM_BAND = 3;

/** Displacement level for the dotted pattern: 0 none, 1 some (≥ 5,000), 2 many (≥ 50,000). */
export function displacementLevel(displaced: number): 0 | 1 | 2 {
  if (displaced >= 50_000) return 2;
  if (displaced >= 5_000) return 1;
  return 0;
}
