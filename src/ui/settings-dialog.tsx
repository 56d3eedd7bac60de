/** Settings: text size, projector mode, reduced motion, colour-blind patterns and sound; remembered between visits. */
import { closeDialog, setProjectorMode, updateSettings } from '../store/actions';
import type { TextSize } from '../store/game-store';
import { Dialog } from './dialog';
import { SoundSettingsFieldset } from './sound-settings';
import { useStore } from './use-store';
import { useWords } from './use-words';
import './settings-dialog.css';

const SIZES: readonly TextSize[] = ['normal', 'large', 'larger'];

export function SettingsDialog() {
  const settings = useStore((s) => s.settings);
  const problem = useStore((s) => s.settingsProblem);
  const words = useWords().ui.settings;
  return (
    <Dialog title={words.title} onClose={closeDialog}>
      <fieldset class="setting">
        <legend>{words.textSize}</legend>
        {SIZES.map((size) => (
          <label key={size} class="setting__option">
            <input
              type="radio"
              name="text-size"
              checked={settings.textSize === size}
              onChange={() => updateSettings({ textSize: size })}
            />{' '}
            {words.sizes[size]}
          </label>
        ))}
      </fieldset>
      <label class="setting setting--check">
        <input
          type="checkbox"
          checked={settings.projector}
          onChange={(event) => setProjectorMode((event.target as HTMLInputElement).checked)}
        />{' '}
        {words.projector}
      </label>
      <label class="setting setting--check">
        <input
          type="checkbox"
          checked={settings.reducedMotion}
          onChange={(event) =>
            updateSettings({ reducedMotion: (event.target as HTMLInputElement).checked })
          }
        />{' '}
        {words.reducedMotion}
      </label>
      <label class="setting setting--check">
        <input
          type="checkbox"
          checked={settings.patterns}
          onChange={(event) =>
            updateSettings({ patterns: (event.target as HTMLInputElement).checked })
          }
        />{' '}
        {words.patterns}
      </label>
      <SoundSettingsFieldset />
      {problem ? (
        <p class="notice" role="alert">
          {problem}
        </p>
      ) : (
        <p class="muted">{words.remembered}</p>
      )}
    </Dialog>
  );
}
