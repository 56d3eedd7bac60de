/**
 * npm run sounds
 * Synthesises every sound of the game (src/cli/sounds/recipes.ts), encodes the sprite as Ogg
 * Vorbis and MP3 and writes it with its map to assets/sounds/. No downloads, no recordings; a
 * second run writes the same bytes (tests/audio/sound-files.test.ts checks the committed files).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runTool } from './args';
import { SOUND_FILES_DIR, soundFilePaths } from './sounds/paths';
import { makeSoundFiles } from './sounds/sprite';

async function main(): Promise<number> {
  const files = await makeSoundFiles();
  const paths = soundFilePaths(process.cwd());
  mkdirSync(join(process.cwd(), SOUND_FILES_DIR), { recursive: true });
  writeFileSync(paths.ogg, files.ogg);
  writeFileSync(paths.mp3, files.mp3);
  writeFileSync(paths.map, files.map);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  process.stdout.write(
    `Wrote ${SOUND_FILES_DIR}/sounds.ogg (${kb(files.ogg.length)}), sounds.mp3 (${kb(files.mp3.length)}) and sounds.json\n`,
  );
  return 0;
}

runTool(main, 1);
