/**
 * The shapes every language's catalogue fills: one entry per id the engine can emit, so a missing
 * entry fails `tsc`. Each entry is a function of the id's figures and the language's tools.
 */
import type {
  CrossingId,
  DistrictId,
  EventWords,
  GroupId,
  PowerId,
  ProvinceId,
  TalksHost,
} from '../engine';
import type { Format } from './format';

export interface Names {
  district(id: DistrictId): string;
  province(id: ProvinceId): string;
  crossing(id: CrossingId): string;
  /** A group's short name: "TTP". */
  group(id: GroupId): string;
  power(id: PowerId): string;
  /** Where a power hosts rounds of talks. */
  talksCity(host: TalksHost): string;
}

/** What a catalogue entry may use: the language's numbers and plurals, and its proper names. */
export type Tools = Format & Names;

/** The member of an id union whose id is K (members may share one entry for several ids). */
export type WordsWithId<U extends { id: string }, K extends U['id']> = U extends unknown
  ? K extends U['id']
    ? U
    : never
  : never;

/** One entry per id of the union U. */
export type EntriesFor<U extends { id: string }> = {
  readonly [K in U['id']]: (words: WordsWithId<U, K>, t: Tools) => string;
};

export type EventEntries = EntriesFor<EventWords>;
