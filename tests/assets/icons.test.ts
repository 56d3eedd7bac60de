// The committed install icons are what `npm run icons` renders from public/favicon.svg now.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICONS, ICONS_DIR, maskableSvg, renderIcons } from '../../src/cli/icons/render-icons';

describe('install icons', () => {
  it('the committed PNGs equal a fresh render, byte for byte', async () => {
    const fresh = await renderIcons(process.cwd());
    expect(fresh.map((icon) => icon.file)).toEqual(ICONS.map((icon) => icon.file));
    for (const icon of fresh) {
      const committed = readFileSync(join(ICONS_DIR, icon.file));
      expect(Buffer.compare(committed, Buffer.from(icon.png)), icon.file).toBe(0);
      // The PNG's own header names the size the manifest promises.
      const size = ICONS.find((entry) => entry.file === icon.file)!.size;
      expect([committed.readUInt32BE(16), committed.readUInt32BE(20)]).toEqual([size, size]);
    }
  }, 60_000);

  it('the maskable drawing keeps the artwork and grounds the whole square', () => {
    const svg = maskableSvg(readFileSync('public/favicon.svg', 'utf8'));
    expect(svg).toContain('<rect width="64" height="64" fill="#1b2430"/>');
    expect(svg).not.toContain('rx=');
    expect(svg.match(/<path/g)).toHaveLength(4);
  });
});
