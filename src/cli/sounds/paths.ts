/** Where `npm run sounds` writes the sprite: a top-level folder the build imports from. */
import { join } from 'node:path';

export const SOUND_FILES_DIR = 'assets/sounds';

export function soundFilePaths(root: string): { ogg: string; mp3: string; map: string } {
  const dir = join(root, SOUND_FILES_DIR);
  return {
    ogg: join(dir, 'sounds.ogg'),
    mp3: join(dir, 'sounds.mp3'),
    map: join(dir, 'sounds.json'),
  };
}
