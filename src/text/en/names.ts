/**
 * Proper names as the English texts use them. They are still read from the engine's content
 * tables (which keep one English name per place and actor); another language gives its own.
 */
import {
  CROSSINGS,
  DISTRICTS,
  GROUPS,
  LADDER_RUNGS,
  POWERS,
  PROVINCES,
  RESPONSES,
  actorName,
} from '../../engine';
import type { ResponseId } from '../../engine';
import type { TalksHost } from '../../engine';
import type { Names } from '../catalogue-types';

const RESPONSE_TITLES = Object.fromEntries(RESPONSES.map((r) => [r.id, r.title])) as Record<
  ResponseId,
  string
>;

const TALKS_CITIES: Record<TalksHost, string> = {
  qatar: 'Doha',
  turkiye: 'Istanbul',
  saudi: 'Riyadh',
  china: 'Urumqi',
};

export const names: Names = {
  district: (id) => DISTRICTS[id].name,
  region: (id) => DISTRICTS[id].region,
  province: (id) => PROVINCES[id].name,
  crossing: (id) => CROSSINGS[id].name,
  group: (id) => GROUPS[id].short,
  power: (id) => POWERS[id].name,
  actor: actorName,
  talksCity: (host) => TALKS_CITIES[host],
  rung: (level) => LADDER_RUNGS[level] ?? String(level),
  response: (id) => RESPONSE_TITLES[id],
};
