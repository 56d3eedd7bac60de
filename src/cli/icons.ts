/**
 * npm run icons
 * Renders the app's install icons from public/favicon.svg (the one drawing of the logo) into
 * public/icons/: PNGs at the sizes the web app manifest and iOS ask for, and a maskable variant
 * with the artwork inside the safe zone on a full-bleed ground. resvg in WebAssembly renders the
 * same pixels on every machine; tests/build/generated-files.test.ts checks the
 * committed files against a fresh render.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runTool } from './args';
import { ICONS_DIR, renderIcons } from './icons/render-icons';

async function main(): Promise<number> {
  const root = process.cwd();
  const icons = await renderIcons(root);
  mkdirSync(join(root, ICONS_DIR), { recursive: true });
  for (const icon of icons) writeFileSync(join(root, ICONS_DIR, icon.file), icon.png);
  process.stdout.write(`Wrote ${icons.map((icon) => `${ICONS_DIR}/${icon.file}`).join(', ')}\n`);
  return 0;
}

runTool(main, 1);
