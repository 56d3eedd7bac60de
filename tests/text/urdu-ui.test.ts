// The Urdu interface sections: the same entries as the English ones, and every entry, called with
// sample figures, gives Urdu text with no Latin letters and no leftovers of the values behind it.
import { describe, expect, it } from 'vitest';
import { ui as english } from '../../src/text/en/ui';
import { formatFor, type Format } from '../../src/text/format';
import { actions } from '../../src/text/ur/ui/actions';
import { autosave } from '../../src/text/ur/ui/autosave';
import { common } from '../../src/text/ur/ui/common';
import { districtTable } from '../../src/text/ur/ui/district-table';
import { glossary } from '../../src/text/ur/ui/glossary';
import { labels } from '../../src/text/ur/ui/labels';
import { lesson } from '../../src/text/ur/ui/lesson';
import { links } from '../../src/text/ur/ui/links';
import { loading } from '../../src/text/ur/ui/loading';
import { meters } from '../../src/text/ur/ui/meters';
import { notes } from '../../src/text/ur/ui/notes';
import { notices } from '../../src/text/ur/ui/notices';
import { objectives } from '../../src/text/ur/ui/objectives';
import { saveFile } from '../../src/text/ur/ui/save-file';
import { saves } from '../../src/text/ur/ui/saves';
import { settings } from '../../src/text/ur/ui/settings';
import { storage } from '../../src/text/ur/ui/storage';

/** The Urdu sections written so far, by the English section they translate. */
const URDU: Partial<Record<keyof typeof english, unknown>> = {
  actions,
  autosave,
  common,
  districtTable,
  glossary,
  labels,
  lesson,
  links,
  loading,
  meters,
  notes,
  notices,
  objectives,
  saveFile,
  saves,
  settings,
  storage,
};

const format = formatFor('ur-PK');
/** Codes quoted as they are typed: a save file's field names ("notes.2.week"), a link's "#save=". */
const CODES = /\b(?:notes|classroom)(?:\.[^\s:]+)+|#save=/g;
const SAMPLE_WORD = 'نمونہ';

/**
 * One value that serves as any argument an entry takes: the number 3 where a figure is read, an
 * Urdu word where a text is, and the language's formats where the tools are.
 */
const sample: Format = new Proxy(format, {
  get(target, key, receiver) {
    if (key === Symbol.toPrimitive) return (hint: string) => (hint === 'number' ? 3 : SAMPLE_WORD);
    return Reflect.get(target, key, receiver) as unknown;
  },
});

/** Every text of a section, its entries called with the sample for each argument. */
function texts(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return texts(fn(...Array.from({ length: fn.length }, () => sample)), `${path}()`);
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => texts(item, `${path}.${key}`));
  throw new Error(`${path}: ${typeof value} is not words`);
}

/** The shape of a section: its keys, and for lists their length. */
function shape(value: unknown): unknown {
  if (typeof value === 'function') return 'entry';
  if (Array.isArray(value)) return value.map(shape);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shape(item)]));
  return typeof value;
}

describe.each(Object.entries(URDU))('the Urdu %s section', (name, urdu) => {
  const en = english[name as keyof typeof english];

  it('has every entry the English one has, and no other', () => {
    expect(shape(urdu)).toEqual(shape(en));
  });

  it('speaks Urdu only, with every figure in place', () => {
    const all = texts(urdu, name);
    expect(all.length).toBeGreaterThan(0);
    for (const [path, text] of all) {
      expect(text.trim(), path).not.toBe('');
      expect(text.replace(CODES, ''), path).not.toMatch(/[A-Za-z]/);
      expect(text, path).not.toMatch(/undefined|NaN|\[object/);
      expect(text, path).toMatch(/[\u0600-\u06ff]/);
    }
  });

  it('the checks find English and leftovers', () => {
    const leaks = texts({ a: 'Close', b: (n: number) => `${n} weeks` }, 'probe').filter(([, t]) =>
      /[A-Za-z]/.test(t),
    );
    expect(leaks).toHaveLength(2);
  });
});
