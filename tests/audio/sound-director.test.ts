// The sound subscriber's logic in Node (no AudioContext): which cue each store change plays, that
// nothing plays while audio is locked (and nothing is kept to play later), the score's layers by
// rung of the ladder, and the player's volume and mute settings.
import { beforeEach, describe, expect, it } from 'vitest';
import { responsesFor } from '../../src/engine';
import { LAYERS_BY_RUNG, SILENCE, musicLevels } from '../../src/audio/sound-cues';
import { musicVolumes, startSound, type SoundOutput } from '../../src/audio/sound-director';
import type { EffectSound, MusicLayer } from '../../src/audio/sound-names';
import {
  advancePlayback,
  chooseResponse,
  endWeek,
  quitToTitle,
  removeChoice,
  setNotice,
  skipPlayback,
  startGame,
  updateSettings,
} from '../../src/store/actions';
import { DEFAULT_SETTINGS, initialState, store } from '../../src/store/game-store';

const KARACHI = { scenario: 'karachi', seed: 11, difficulty: 'normal' } as const;

/** A SoundOutput that records what it is asked to do; `unlocked` stands for the browser's lock. */
function recorder() {
  const played: { name: EffectSound; volume: number }[] = [];
  const music: Record<MusicLayer, number>[] = [];
  const output: SoundOutput & { unlocked: boolean } = {
    unlocked: true,
    ready() {
      return this.unlocked;
    },
    playEffect: (name, volume) => played.push({ name, volume }),
    setMusic: (levels) => music.push(levels),
  };
  return { output, played, music, names: () => played.map((p) => p.name) };
}

/** The first untargeted response that can be chosen now and is not chosen yet. */
function anyUntargeted(): string {
  const { session, pending } = store.getState();
  const option = responsesFor(session!.state).find(
    (r) =>
      r.unavailable === null &&
      r.target === 'none' &&
      !pending.some((decision) => decision.response === r.id),
  );
  if (!option) throw new Error('No untargeted response available');
  return option.id;
}

let stop: (() => void) | null = null;
beforeEach(() => {
  stop?.();
  stop = null;
  store.setState(initialState(), true);
});

describe('sound cues', () => {
  it('choosing, undoing and ending the week each have their cue; the week plays its alerts', () => {
    const { output, names } = recorder();
    startGame(KARACHI);
    stop = startSound(store, output);
    expect(chooseResponse(anyUntargeted()).ok).toBe(true);
    expect(names()).toEqual(['choose']);
    removeChoice(0);
    expect(names()).toEqual(['choose', 'undo']);
    expect(endWeek().ok).toBe(true);
    // The week's events then play one by one; each alert kind sounds as its event is shown.
    while (store.getState().playback) advancePlayback();
    const alertKinds: string[] = ['attack', 'strike', 'incident', 'closure', 'talks', 'truce'];
    const alerts = store
      .getState()
      .session!.reports.at(-1)!
      .events.map((event) => event.kind)
      .filter((kind) => alertKinds.includes(kind));
    expect(alerts.length).toBeGreaterThan(0);
    expect(names()).toEqual(['choose', 'undo', 'end-week', ...alerts]);
  });

  it('a refusal sounds with its notice on screen; a cleared notice is silent', () => {
    const { output, names } = recorder();
    startGame(KARACHI);
    stop = startSound(store, output);
    setNotice('That response is not available this week.');
    expect(names()).toEqual(['refused']);
    setNotice(null);
    expect(names()).toEqual(['refused']);
  });

  it('the week that ends the game plays its grade sting, not the end-of-week chord', () => {
    const { output, names } = recorder();
    startGame(KARACHI);
    stop = startSound(store, output);
    for (let week = 0; week < 30 && !store.getState().session!.state.ending; week++) {
      skipPlayback();
      expect(endWeek().ok).toBe(true);
    }
    const ending = store.getState().session!.state.ending!;
    expect(ending).not.toBeNull();
    const cues = names();
    expect(cues.filter((n) => n.startsWith('ending-'))).toEqual([`ending-${ending.grade}`]);
    // Every resolved week but the last chimed.
    expect(cues.filter((n) => n === 'end-week')).toHaveLength(
      store.getState().session!.weeks.length - 1,
    );
  });

  it('drops every effect while audio is locked, and plays none of them when it unlocks', () => {
    const { output, names } = recorder();
    output.unlocked = false;
    startGame(KARACHI);
    stop = startSound(store, output);
    chooseResponse(anyUntargeted());
    endWeek();
    expect(names()).toEqual([]);
    output.unlocked = true;
    updateSettings({ textSize: 'large' });
    expect(names()).toEqual([]);
    chooseResponse(anyUntargeted());
    expect(names()).toEqual(['choose']);
  });

  it('plays effects at the effects volume; mute and a zero volume silence them', () => {
    const { output, played } = recorder();
    startGame(KARACHI);
    stop = startSound(store, output);
    updateSettings({ sound: { ...DEFAULT_SETTINGS.sound, effectsVolume: 40 } });
    chooseResponse(anyUntargeted());
    expect(played.at(-1)).toEqual({ name: 'choose', volume: 0.4 });
    updateSettings({ sound: { ...DEFAULT_SETTINGS.sound, muted: true } });
    removeChoice(0);
    updateSettings({ sound: { ...DEFAULT_SETTINGS.sound, effectsVolume: 0 } });
    chooseResponse(anyUntargeted());
    expect(played).toHaveLength(1);
  });
});

describe('the ambient score', () => {
  it('is silent on the title, follows the ladder in a game and stops at the title again', () => {
    const { output, music } = recorder();
    stop = startSound(store, output);
    expect(music.at(-1)).toEqual(SILENCE);
    startGame(KARACHI);
    const rung = store.getState().session!.state.ladder;
    const scale = DEFAULT_SETTINGS.sound.musicVolume / 100;
    expect(music.at(-1)!['ambient-calm']).toBeCloseTo(
      LAYERS_BY_RUNG[rung]!['ambient-calm'] * scale,
    );
    quitToTitle();
    expect(music.at(-1)).toEqual(SILENCE);
  });

  it('adds layers as the ladder climbs, never fewer on a higher rung', () => {
    for (let rung = 1; rung < LAYERS_BY_RUNG.length; rung++) {
      const lower = LAYERS_BY_RUNG[rung - 1]!;
      const higher = LAYERS_BY_RUNG[rung]!;
      expect(higher['ambient-tense'] + higher['ambient-crisis']).toBeGreaterThan(
        lower['ambient-tense'] + lower['ambient-crisis'],
      );
    }
    startGame(KARACHI);
    const base = store.getState();
    const at = (ladder: number) =>
      musicLevels({
        ...base,
        session: { ...base.session!, state: { ...base.session!.state, ladder } },
      });
    expect(at(0)['ambient-crisis']).toBe(0);
    expect(at(5)['ambient-crisis']).toBe(1);
  });

  it('scales by the music volume and is silent when muted; only changes are sent', () => {
    const { output, music } = recorder();
    startGame(KARACHI);
    stop = startSound(store, output);
    const sent = music.length;
    updateSettings({ textSize: 'larger' });
    expect(music).toHaveLength(sent);
    updateSettings({ sound: { ...DEFAULT_SETTINGS.sound, musicVolume: 50 } });
    const rung = store.getState().session!.state.ladder;
    expect(music.at(-1)!['ambient-calm']).toBeCloseTo(LAYERS_BY_RUNG[rung]!['ambient-calm'] * 0.5);
    updateSettings({ sound: { ...DEFAULT_SETTINGS.sound, musicVolume: 50, muted: true } });
    expect(music.at(-1)).toEqual(SILENCE);
    expect(musicVolumes(store.getState())).toEqual(SILENCE);
  });
});
