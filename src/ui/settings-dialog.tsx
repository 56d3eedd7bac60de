/** Settings: text size, projector mode, reduced motion, colour-blind patterns and sound; remembered between visits. */
import { closeDialog, setProjectorMode, updateSettings } from '../store/actions';
import type { TextSize } from '../store/game-store';
import { Dialog } from './dialog';
import { SoundSettingsFieldset } from './sound-settings';
import { useStore } from './use-store';
import './settings-dialog.css';

const SIZES: { id: TextSize; label: string }[] = [
  { id: 'normal', label: 'Normal' },
  { id: 'large', label: 'Large' },
  { id: 'larger', label: 'Larger (projector)' },
];

export function SettingsDialog() {
  const settings = useStore((s) => s.settings);
  const problem = useStore((s) => s.settingsProblem);
  return (
    <Dialog title="Settings" onClose={closeDialog}>
      <fieldset class="setting">
        <legend>Text size</legend>
        {SIZES.map((size) => (
          <label key={size.id} class="setting__option">
            <input
              type="radio"
              name="text-size"
              checked={settings.textSize === size.id}
              onChange={() => updateSettings({ textSize: size.id })}
            />{' '}
            {size.label}
          </label>
        ))}
      </fieldset>
      <label class="setting setting--check">
        <input
          type="checkbox"
          checked={settings.projector}
          onChange={(event) => setProjectorMode((event.target as HTMLInputElement).checked)}
        />{' '}
        Projector mode (large type and map labels, high contrast, meters hidden until you press M,
        sound muted)
      </label>
      <label class="setting setting--check">
        <input
          type="checkbox"
          checked={settings.reducedMotion}
          onChange={(event) =>
            updateSettings({ reducedMotion: (event.target as HTMLInputElement).checked })
          }
        />{' '}
        Reduced motion (no animations on the map)
      </label>
      <label class="setting setting--check">
        <input
          type="checkbox"
          checked={settings.patterns}
          onChange={(event) =>
            updateSettings({ patterns: (event.target as HTMLInputElement).checked })
          }
        />{' '}
        Patterns on the map as well as colours
      </label>
      <SoundSettingsFieldset />
      {problem ? (
        <p class="notice" role="alert">
          {problem}
        </p>
      ) : (
        <p class="muted">Settings are remembered in this browser.</p>
      )}
    </Dialog>
  );
}
