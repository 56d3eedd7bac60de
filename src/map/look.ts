/**
 * The map's look in one place: colours (0xRRGGBB, matching the DOM's slate theme in
 * src/ui/tokens.css), line widths and the short names that fit on the map. Full names stay in the
 * DOM (place card, overlay buttons, text mirror).
 */
import type { CrossingId, DistrictId, WeekEventKind } from '../engine';

export const COLORS = {
  background: 0x1b2430,
  afghanLand: 0x222a35,
  afghanContextLine: 0x2b3441,
  province: 0x323c4a,
  provinceLine: 0x566273,
  pakistanLand: 0x273243,
  pakistanContextLine: 0x303d50,
  river: 0x4a7ca6,
  peakShade: 0x2e3847,
  peakLight: 0x3d4a5c,
  sea: 0x1d3550,
  seaLine: 0x3d6a93,
  seaLabel: '#7fa3c4',
  districtNeutral: 0x3b4657,
  districtLine: 0x0f151d,
  border: 0xf3ede2,
  borderCasing: 0x0b1016,
  hatch: 0x10161f,
  dots: 0xf3ede2,
  crossingOpen: 0x5fd0a8,
  crossingClosed: 0xffb000,
  crossingInk: 0x0b1016,
  focus: 0xffffff,
  target: 0x7fe0ff,
  dim: 0x121922,
  marker: 0xf3ede2,
  label: '#f3ede2',
  labelMuted: '#aeb8c6',
  labelRegion: '#3f4c60',
  labelCasing: '#0b1016',
  labelCasingInk: 0x0b1016,
  leader: 0xc8c0b2,
  legendText: '#c8c0b2',
  legendInk: 0xc8c0b2,
  crossingLabel: '#c8c0b2',
  insetFrame: 0x6a7789,
} as const;

/** The playback colour of each kind of event. */
export const EVENT_COLORS: Record<WeekEventKind, number> = {
  strike: 0xffd27a,
  attack: 0xff4d4d,
  operation: 0xd7e3f4,
  closure: 0xffb000,
  reopening: 0x5fd0a8,
  talks: 0x6fa8ff,
  truce: 0x6fa8ff,
  displacement: 0xe8dcc6,
  deportation: 0xe8dcc6,
  statement: 0xd7e3f4,
  attribution: 0xd7e3f4,
  policy: 0xd7e3f4,
  trade: 0x5fd0a8,
  incident: 0xff8a3d,
};

export const FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

/** Names as printed on the map where the full one does not fit. */
export const SHORT_NAMES: Partial<Record<DistrictId, string>> = {
  'north-waziristan': 'N. Waziristan',
  'south-waziristan-upper': 'S. Waziristan\n(Upper)',
  'south-waziristan-lower': 'S. Waziristan\n(Lower)',
  'dera-ismail-khan': 'D.I. Khan',
  'lakki-marwat': 'Lakki\nMarwat',
};

/** Crossing names as printed next to their icons. */
export const CROSSING_LABELS: Record<CrossingId, string> = {
  torkham: 'Torkham',
  chaman: 'Chaman',
  kharlachi: 'Kharlachi',
  'ghulam-khan': 'Ghulam Khan',
  'angoor-adda': 'Angoor Adda',
  arandu: 'Arandu',
};

/** How much larger the map's texts are drawn: with the text size setting, and most in projector mode. */
export function labelScale(settings: {
  textSize: 'normal' | 'large' | 'larger';
  projector: boolean;
}): number {
  if (settings.projector) return 1.45;
  return settings.textSize === 'larger' ? 1.25 : settings.textSize === 'large' ? 1.1 : 1;
}
