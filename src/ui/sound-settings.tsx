/** The Sound part of Settings: music and effects volume and mute, remembered with the rest. */
import type { SoundSettings } from '../store/game-store';
import { updateSettings } from '../store/actions';
import { useStore } from './use-store';
import { useWords } from './use-words';

function Volume(props: {
  id: string;
  label: string;
  value: number;
  onInput: (value: number) => void;
}) {
  const percent = useWords().format.percent(props.value);
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
        aria-valuetext={percent}
        onInput={(event) => props.onInput(Number((event.target as HTMLInputElement).value))}
      />
      <output for={props.id}>{percent}</output>
    </div>
  );
}

export function SoundSettingsFieldset() {
  const sound = useStore((s) => s.settings.sound);
  const status = useStore((s) => s.audio);
  const words = useWords().ui.settings.sound;
  const change = (patch: Partial<SoundSettings>) =>
    updateSettings({ sound: { ...sound, ...patch } });
  return (
    <fieldset class="setting">
      <legend>{words.legend}</legend>
      <label class="setting--check">
        <input
          type="checkbox"
          checked={sound.muted}
          onChange={(event) => change({ muted: (event.target as HTMLInputElement).checked })}
        />{' '}
        {words.mute}
      </label>
      <Volume
        id="music-volume"
        label={words.music}
        value={sound.musicVolume}
        onInput={(musicVolume) => change({ musicVolume })}
      />
      <Volume
        id="effects-volume"
        label={words.effects}
        value={sound.effectsVolume}
        onInput={(effectsVolume) => change({ effectsVolume })}
      />
      <p class="muted setting__note">
        {words.status[status]} {words.onScreen}
      </p>
    </fieldset>
  );
}
