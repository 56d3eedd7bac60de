/** The install icons, rendered from public/favicon.svg (see src/cli/icons.ts). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import { ICONS } from './icon-list';

export { ICONS, ICONS_DIR } from './icon-list';

/** The ground colour of the logo and of the app's theme. */
const GROUND = '#1b2430';
/** A maskable icon's artwork must fit the central circle of 80 % of its width. */
const SAFE_ZONE_SCALE = 0.72;

/**
 * The logo redrawn for a maskable icon: a square ground to the edges (platforms cut their own
 * shape from it) and the logo's artwork scaled into the safe zone.
 */
export function maskableSvg(favicon: string): string {
  const inner = favicon
    .replace(/^[\s\S]*?<svg[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '')
    .replace(/<rect[^>]*\/>/, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${GROUND}"/><g transform="translate(32 32) scale(${SAFE_ZONE_SCALE}) translate(-32 -32)">${inner}</g></svg>`;
}

let ready: Promise<void> | null = null;
function loadResvg(): Promise<void> {
  const require = createRequire(import.meta.url);
  ready ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  return ready;
}

export async function renderIcons(root: string): Promise<{ file: string; png: Uint8Array }[]> {
  await loadResvg();
  const favicon = readFileSync(join(root, 'public/favicon.svg'), 'utf8');
  return ICONS.map(({ file, size, maskable }) => {
    const svg = maskable ? maskableSvg(favicon) : favicon;
    const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: size } });
    const png = resvg.render().asPng();
    resvg.free();
    return { file, png };
  });
}
