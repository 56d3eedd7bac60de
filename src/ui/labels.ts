/** Words the panels use for the engine's ids and numbers. */
import {
  DISTRICTS,
  PROVINCES,
  RESPONSES,
  isDistrictId,
  isProvinceId,
  METER_IDS,
  type MeterId,
  type WeekEventKind,
} from '../engine';
import { EN, type Words } from '../text';
import type { Format } from '../text/format';

/** Which way is good for each meter. */
export const HIGHER_IS_WORSE: Record<MeterId, boolean> = {
  publicPressure: true,
  cohesion: false,
  fiscalRoom: false,
  legitimacy: false,
  deterrence: false,
};

/** A meter's name and hint in a language's words. */
export function meterWords(id: MeterId, words: Words = EN): { label: string; hint: string } {
  const meter = words.ui.labels.meters[id];
  return { label: meter.label, hint: meter.hint(words.format) };
}

/** The meters in English, for the panels that do not yet read the language's words. */
export const METERS = Object.fromEntries(
  METER_IDS.map((id) => [id, { ...meterWords(id), higherIsWorse: HIGHER_IS_WORSE[id] }]),
) as Record<MeterId, { label: string; hint: string; higherIsWorse: boolean }>;

/** The kinds of event in English, for the panels that do not yet read the language's words. */
export const EVENT_KIND_LABEL: Record<WeekEventKind, string> = EN.ui.labels.eventKinds;

/** "+3", "−2" (with a real minus sign), "±0", in the language's digits. */
export function signed(value: number, t: Format = EN.format): string {
  if (value > 0) return `+${t.plain(value)}`;
  if (value < 0) return `−${t.plain(Math.abs(value))}`;
  return `±${t.plain(0)}`;
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
