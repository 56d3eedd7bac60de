/** The Settings dialog and its Sound part. */
import type { AudioStatus } from '../../../store/game-store';

export const settings = {
  title: 'Settings',
  textSize: 'Text size',
  sizes: { normal: 'Normal', large: 'Large', larger: 'Larger (projector)' },
  projector:
    'Projector mode (large type and map labels, high contrast, meters hidden until you press M, sound muted)',
  reducedMotion: 'Reduced motion (no animations on the map)',
  patterns: 'Patterns on the map as well as colours',
  remembered: 'Settings are remembered in this browser.',
  sound: {
    legend: 'Sound',
    mute: 'Mute all sound',
    music: 'Music volume',
    effects: 'Effects volume',
    status: {
      'waiting-for-gesture':
        'Sound starts with your first click, tap or key press (browsers ask for that).',
      loading: 'Sound is loading.',
      running: 'Sound is on.',
      suspended: 'The browser has paused sound; it resumes with your next click or key press.',
      unavailable:
        'This browser cannot play the game’s sound. Everything it says is also on screen.',
    } satisfies Record<AudioStatus, string>,
    onScreen:
      'Every sound has its sign on screen: a choice in the list, an event on the map and in the report, the ladder at the top.',
  },
};
