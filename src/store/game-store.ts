/**
 * The one store between the engine and everything that shows it: the map, the panels, the sound
 * and the autosave read it and call the actions in actions.ts; nothing else holds game state.
 */
import { createStore } from 'zustand/vanilla';
import type {
  Decision,
  DistrictId,
  GameOptions,
  GameState,
  MeterId,
  ProvinceId,
  WeekReport,
  ActorId,
} from '../engine';
import type { ClassGame } from '../classroom/class-comparison';
import type { SaveFile } from '../persistence/save-format';
import type { BranchOf } from '../model/branch';
import type { ClassroomDraft, ClassroomRecord, VoteOption } from '../model/classroom';
import type { Note } from '../model/notes';
import type { Language } from '../text';

export interface Session {
  /**
   * Which game this is (model/game-id.ts): new for each game started, loaded, branched or opened
   * from a link, kept when its autosave is continued. Its autosave is kept under it.
   */
  gameId: string;
  options: GameOptions;
  /** The state after the last resolved week (or the opening state). */
  state: GameState;
  /** The decisions of every resolved week, in order: with the options, the game's inputs. */
  weeks: Decision[][];
  /** The report of every resolved week, in order. */
  reports: WeekReport[];
  /** Set when this game was branched from another at one of its weeks. */
  branchOf?: BranchOf;
  /** The player's notes pinned to weeks (0 is the opening); saved with the game. */
  notes: Note[];
  /** Set for a classroom game: its class code, display name and each week's classroom entries. */
  classroom?: ClassroomRecord;
}

export type Place = { kind: 'district'; id: DistrictId } | { kind: 'province'; id: ProvinceId };

export type Dialog =
  | { kind: 'why'; week: number; actor: ActorId }
  | { kind: 'meter-why'; week: number; meter: MeterId }
  | { kind: 'how-to-play' }
  /** The glossary, open at the entry `term` (its catalogue key) when a marked term was chosen. */
  | { kind: 'glossary'; term?: string }
  | { kind: 'sources' }
  | { kind: 'settings' }
  | { kind: 'saves' }
  /**
   * Another game is about to take the place of one whose autosave failed: the player is told
   * what was not kept and chooses: `open` puts the other game in its place, `keep` keeps it.
   */
  | { kind: 'replace-unsaved'; open: () => void; keep: () => void };

/** Weeks per step when a replay plays: one week every 2 s, 1 s or 0.5 s. */
export const REPLAY_SPEEDS = [2000, 1000, 500] as const;
export type ReplaySpeed = (typeof REPLAY_SPEEDS)[number];

/**
 * A game being watched in the replay viewer, computed once when the viewer opens: every week's
 * state is kept (a 24-week game is small), so choosing a week is a lookup, not a replay.
 */
export interface Replay {
  name: string;
  options: GameOptions;
  weeks: Decision[][];
  /** states[0] is the opening; states[n] the state after week n. */
  states: GameState[];
  /** reports[n - 1] is week n's report. */
  reports: WeekReport[];
  /** fingerprints[n] identifies states[n]; for n ≥ 1 it is the save's recorded fingerprint. */
  fingerprints: string[];
  /** The turn shown: 0 for the opening, n for after week n. */
  selected: number;
  playing: boolean;
  /** Milliseconds per week while playing. */
  speed: ReplaySpeed;
  /** The screen that closing the viewer returns to. */
  returnTo: 'title' | 'game';
  /** Set when the viewer was opened from the class comparison: closing it goes back there. */
  returnToClass?: Extract<Screen, { kind: 'class' }>;
  /** Set when the game shown was branched from another: its original can be compared with it. */
  branchOf?: BranchOf;
  /** The game's notes pinned to weeks, as shown and edited in the viewer. */
  notes: Note[];
  /**
   * Where edited notes are kept: the running game (so the autosave and its saves carry them), a
   * save slot (by its place in the list), or nowhere (the notes are then read-only).
   */
  notesHome: { kind: 'game' } | { kind: 'slot'; id: string } | null;
  /** The game's classroom record, when it was played in a lesson (read-only here). */
  classroom?: ClassroomRecord;
}

/** A replayed game as the comparison reads it: its opening, last state and every week's report. */
export interface PlayedGame {
  opening: GameState;
  final: GameState;
  reports: WeekReport[];
}

/** A game picked for the compare screen: its inputs, its replay, and where it came from in words. */
export interface CompareGame {
  /** Which source it was picked from: 'current', 'autosave', 'slot:<index>', 'file:<n>' or 'replay'. */
  source: string;
  name: string;
  /** Where it comes from, as the screen says it: "Save slot, saved 2 Jan 2026, 10:04". */
  origin: string;
  options: GameOptions;
  weeks: Decision[][];
  branchOf?: BranchOf;
  /** The game replayed once, when it was picked. */
  played: PlayedGame;
}

/** Two games side by side; either may still be unpicked. */
export interface Compare {
  first: CompareGame | null;
  second: CompareGame | null;
  /** The screen that closing the comparison returns to, as it was (a replay paused). */
  returnTo: ReturnScreen;
}

/**
 * A game's debrief: the game with every week's state and report (replayed once when it opened),
 * its classroom record and notes, and the screen that closing it returns to, as it was.
 */
export interface Debrief {
  name: string;
  options: GameOptions;
  weeks: Decision[][];
  states: GameState[];
  reports: WeekReport[];
  classroom?: ClassroomRecord;
  notes: Note[];
  branchOf?: BranchOf;
  /** The class comparison when the debrief is a student's opened from it, kept as it was. */
  returnTo: Extract<Screen, { kind: 'title' | 'game' | 'replay' | 'class' }>;
}

/**
 * What the page shows. The replay viewer and the comparison carry their own state, so it exists
 * exactly while they are open; the running game (the session) outlives every screen.
 */
export type Screen =
  | { kind: 'title' }
  | { kind: 'game' }
  /** The replay viewer; the map shows its selected week, not the session's. */
  | { kind: 'replay'; replay: Replay }
  | { kind: 'compare'; compare: Compare }
  | { kind: 'debrief'; debrief: Debrief }
  | { kind: 'lab' }
  /** The facilitator guide; closing it returns to the screen it was opened from, as it was. */
  | { kind: 'guide'; returnTo: ReturnScreen }
  /** The class comparison (teacher): many students' games; it returns to where it was opened. */
  | { kind: 'class'; class: ClassComparison; returnTo: ReturnScreen };

/** The games loaded into the class comparison, each verified by replay, and those refused. */
export interface ClassComparison {
  games: ClassGame[];
  /** The save of each game, by its id (its place in `games`), to open it again. */
  saves: SaveFile[];
  /** Each refused file or pasted line, with its reason, in the order given. */
  problems: string[];
  /** The class code the teacher expects; null: the code most games carry. */
  lessonCode: string | null;
  /** True while files are being read. */
  busy: boolean;
}

/** A screen that another screen (the comparison, the guide) can return to as it was. */
export type ReturnScreen = Extract<Screen, { kind: 'title' | 'game' | 'replay' }>;

export type TextSize = 'normal' | 'large' | 'larger';

/** Sound: both volumes from 0 to 100, and one switch that silences everything. */
export interface SoundSettings {
  musicVolume: number;
  effectsVolume: number;
  muted: boolean;
}

export interface Settings {
  /** The language the game speaks; its catalogue sets the document's direction too. */
  language: Language;
  textSize: TextSize;
  /** Projector mode: large type (map labels too) and high contrast for a shared screen. */
  projector: boolean;
  reducedMotion: boolean;
  patterns: boolean;
  sound: SoundSettings;
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'en',
  textSize: 'normal',
  projector: false,
  reducedMotion: false,
  patterns: true,
  sound: { musicVolume: 60, effectsVolume: 80, muted: false },
};

/**
 * Where the page's audio stands: locked until the first gesture (browsers require one), loading
 * the sounds, playing, paused by the browser, or not possible here. Set by src/audio.
 */
export type AudioStatus =
  'waiting-for-gesture' | 'loading' | 'running' | 'suspended' | 'unavailable';

export interface StoreState {
  screen: Screen;
  session: Session | null;
  /** This week's choices so far, in the order they will be applied. */
  pending: Decision[];
  /**
   * This week's classroom entry being written (justification, prediction, class vote): it joins
   * the game's classroom record when the week ends. Empty outside classroom games.
   */
  classroomDraft: ClassroomDraft;
  /**
   * The class vote being held for a week: the options listed so far with their hands. Committing
   * it writes the vote into `classroomDraft`; a vote left open belongs to its week only.
   */
  classVote: { week: number; options: VoteOption[] } | null;
  /** A targeted response waiting for its district or province. */
  targeting: string | null;
  /** The place under the pointer or keyboard focus, shown in the place card. */
  focus: Place | null;
  /** The last week's events being played on the map: the index of the event now shown. */
  playback: { week: number; step: number } | null;
  dialog: Dialog | null;
  settings: Settings;
  /** A message for the player that is not an error of theirs (storage full, a refused choice). */
  notice: string | null;
  audio: AudioStatus;
  /**
   * In projector mode the meters are hidden while the class discusses, until the teacher reveals
   * them (one key); outside projector mode they are always shown. Not remembered.
   */
  metersRevealed: boolean;
  /** Set when a newer version of the game is downloaded and waiting: `reload` switches to it. */
  appUpdate: { reload: () => void } | null;
  /** Why the last autosave was not written, or null when it was. */
  autosaveProblem: string | null;
  /** Why the settings were not remembered, or null when they were. */
  settingsProblem: string | null;
  /** Counts changes another tab made to the saved games: open lists read them again. */
  storageChanges: number;
  /**
   * A game link that arrived while a game was in play (a hash change, or a page that opened this
   * one setting its address): checked, and offered beside the game in play, never opened over it.
   */
  linkOffer: LinkOffer | null;
}

/** A checked game from a link, waiting for the player to open it or not. */
export interface LinkOffer {
  name: string;
  scenario: GameOptions['scenario'];
  weeksPlayed: number;
  /** Opens it as a new game (the one in play is kept). */
  open: () => void;
}

export function initialState(settings: Settings = DEFAULT_SETTINGS): StoreState {
  return {
    screen: { kind: 'title' },
    session: null,
    pending: [],
    classroomDraft: {},
    classVote: null,
    targeting: null,
    focus: null,
    playback: null,
    dialog: null,
    settings,
    notice: null,
    audio: 'waiting-for-gesture',
    metersRevealed: false,
    appUpdate: null,
    autosaveProblem: null,
    settingsProblem: null,
    storageChanges: 0,
    linkOffer: null,
  };
}

export const store = createStore<StoreState>()(() => initialState());
export type GameStore = typeof store;
