/** The Sound part of Settings: music and effects volume and mute, remembered with the rest. */
import type { AudioStatus, SoundSettings } from '../store/game-store';
import { updateSettings } from '../store/actions';
import { useStore } from './use-store';

const STATUS: Record<AudioStatus, string> = {
  'waiting-for-gesture':
    'Sound starts with your first click, tap or key press (browsers ask for that).',
  loading: 'Sound is loading.',
  running: 'Sound is on.',
  suspended: 'The browser has paused sound; it resumes with your next click or key press.',
  unavailable: 'This browser cannot play the game’s sound. Everything it says is also on screen.',
};

function Volume(props: {
  id: string;
  label: string;
  value: number;
  onInput: (value: number) => void;
}) {
  return (
    <div class="setting__volume">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="range"
        min={0}
        max={100}
        step={5}
        value={props.value}
        aria-valuetext={`${props.value}%`}
        onInput={(event) => props.onInput(Number((event.target as HTMLInputElement).value))}
      />
      <output for={props.id}>{props.value}%</output>
    </div>
  );
}

export function SoundSettingsFieldset() {
  const sound = useStore((s) => s.settings.sound);
  const status = useStore((s) => s.audio);
  const change = (patch: Partial<SoundSettings>) =>
    updateSettings({ sound: { ...sound, ...patch } });
  return (
    <fieldset class="setting">
      <legend>Sound</legend>
      <label class="setting--check">
        <input
          type="checkbox"
          checked={sound.muted}
          onChange={(event) => change({ muted: (event.target as HTMLInputElement).checked })}
        />{' '}
        Mute all sound
      </label>
      <Volume
        id="music-volume"
        label="Music volume"
        value={sound.musicVolume}
        onInput={(musicVolume) => change({ musicVolume })}
      />
      <Volume
        id="effects-volume"
        label="Effects volume"
        value={sound.effectsVolume}
        onInput={(effectsVolume) => change({ effectsVolume })}
      />
      <p class="muted setting__note">
        {STATUS[status]} Every sound has its sign on screen: a choice in the list, an event on the
        map and in the report, the ladder at the top.
      </p>
    </fieldset>
  );
}
