// The stylesheets lay out by the writing direction (logical properties), so the interface mirrors
// when the document runs right to left. The map keeps its geography by its own `dir`, not by
// physical properties here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

/** Every declaration that names a physical side: `left: 0`, `padding-right`, `text-align: left`. */
function physicalDeclarations(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const found: string[] = [];
  for (const match of withoutComments.matchAll(/([a-z-]+)\s*:\s*([^;{}]+)[;}]/g)) {
    const property = match[1] ?? '';
    const value = (match[2] ?? '').trim();
    const sided = /(^|-)(left|right)(-|$)/.test(property);
    const sidedValue =
      /^(text-align|float|clear|caption-side|resize)$/.test(property) &&
      /\b(left|right)\b/.test(value);
    if (sided || sidedValue) found.push(`${property}: ${value}`);
  }
  return found;
}

describe('stylesheets use logical properties', () => {
  it('the scanner finds physical sides', () => {
    expect(
      physicalDeclarations(
        '.a { left: 0; padding-right: 1rem } .b { text-align: right; float: left; border-top-left-radius: 2px; }',
      ),
    ).toEqual([
      'left: 0',
      'padding-right: 1rem',
      'text-align: right',
      'float: left',
      'border-top-left-radius: 2px',
    ]);
    expect(
      physicalDeclarations(
        '.a { inset-inline-start: 0; text-align: start; grid-template-areas: "left right"; }',
      ),
    ).toEqual([]);
  });

  it('no stylesheet in src names a left or right side', () => {
    const sheets = stylesheets(join(root, 'src'));
    expect(sheets.length).toBeGreaterThan(10);
    const offending = sheets.flatMap((path) =>
      physicalDeclarations(readFileSync(path, 'utf8')).map(
        (declaration) => `${relative(root, path)}: ${declaration}`,
      ),
    );
    expect(offending).toEqual([]);
  });
});
