/** Words the panels use for the engine's ids and numbers. */
import {
  DISTRICTS,
  PROVINCES,
  RESPONSES,
  isDistrictId,
  isProvinceId,
  type MeterId,
  type WeekEventKind,
} from '../engine';

export const METERS: Record<MeterId, { label: string; hint: string; higherIsWorse: boolean }> = {
  publicPressure: {
    label: 'Public pressure',
    hint: 'Demand for a response. At 90 or more for four weeks running, public confidence breaks.',
    higherIsWorse: true,
  },
  cohesion: {
    label: 'Institutional cohesion',
    hint: 'How well federal, provincial and military institutions pull together.',
    higherIsWorse: false,
  },
  fiscalRoom: {
    label: 'Fiscal room',
    hint: 'Money left for operations, programmes and relief. At zero, a fiscal crisis ends the game.',
    higherIsWorse: false,
  },
  legitimacy: {
    label: 'International legitimacy',
    hint: "How the world judges Pakistan's conduct.",
    higherIsWorse: false,
  },
  deterrence: {
    label: 'Deterrence credibility',
    hint: 'Whether militants and Kabul believe attacks will be answered.',
    higherIsWorse: false,
  },
};

export const EVENT_KIND_LABEL: Record<WeekEventKind, string> = {
  strike: 'Strike',
  attack: 'Attack',
  operation: 'Operation',
  closure: 'Closure',
  reopening: 'Reopening',
  talks: 'Talks',
  truce: 'Truce',
  displacement: 'Displacement',
  deportation: 'Deportation',
  statement: 'Statement',
  attribution: 'Attribution',
  policy: 'Policy',
  trade: 'Trade',
  incident: 'Border incident',
};

/** "+3", "−2" (with a real minus sign), "±0". */
export function signed(value: number): string {
  if (value > 0) return `+${value}`;
  if (value < 0) return `−${Math.abs(value)}`;
  return '±0';
}

const RESPONSE_TITLES = new Map<string, string>(RESPONSES.map((r) => [r.id, r.title]));

/** A response's title ("Strike militant camps"); an unknown id is shown as it is. */
export function responseTitle(response: string): string {
  return RESPONSE_TITLES.get(response) ?? response;
}

/** A district's or province's name; an unknown id is shown as it is. */
export function placeName(target: string): string {
  if (isDistrictId(target)) return DISTRICTS[target].name;
  if (isProvinceId(target)) return PROVINCES[target].name;
  return target;
}
