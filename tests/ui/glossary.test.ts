/**
 * The glossary's marking: each term is marked where it first appears in a panel's texts, in the
 * order they are read, and left plain after; whole words only; the terms a newcomer meets in the
 * game are all there.
 */
import { describe, expect, it } from 'vitest';
import { EN, type Words } from '../../src/text';
import { formatFor } from '../../src/text/format';
import { glossary as urdu } from '../../src/text/ur/ui/glossary';
import { GLOSSARY, glossaryIn, termMarker } from '../../src/ui/glossary';

const marksOf = (pieces: ReturnType<ReturnType<typeof termMarker>>) =>
  pieces.filter((piece) => typeof piece !== 'string').map((piece) => piece.text);

describe('the glossary', () => {
  it('has every term the game names without explaining', () => {
    const marks = new Set(GLOSSARY.flatMap((entry) => entry.marks.map((m) => m.toLowerCase())));
    for (const term of ['TTP', 'JuA', 'ISKP', 'HGB', 'BLA', 'CTD', 'CPEC', 'KP', 'PoR'])
      expect(marks.has(term.toLowerCase()), term).toBe(true);
    expect(marks.has('apex committee')).toBe(true);
    expect(new Set(GLOSSARY.map((entry) => entry.term)).size).toBe(GLOSSARY.length);
  });

  it('marks a term the first time a panel shows it, and only then', () => {
    const mark = termMarker();
    const first = mark('TTP fighters cross from Paktika; the TTP denies it.');
    expect(first).toEqual([
      { text: 'TTP', entry: GLOSSARY.find((e) => e.marks.includes('TTP')) },
      ' fighters cross from Paktika; the TTP denies it.',
    ]);
    expect(marksOf(mark('The TTP and JuA claim it.'))).toEqual(['JuA']);
    // A new drawing of the panel starts again.
    expect(marksOf(termMarker()('The TTP and JuA claim it.'))).toEqual(['TTP', 'JuA']);
  });

  it('reads whole words in any case, the longest spelling first', () => {
    const mark = termMarker();
    expect(marksOf(mark('Convene the Apex Committee now.'))).toEqual(['Apex Committee']);
    expect(mark('Blame Kabul; the BLAST was felt in Peshawar.')).toEqual([
      'Blame Kabul; the BLAST was felt in Peshawar.',
    ]);
    expect(marksOf(mark('CTD units and PoR cards; CPEC and KP.'))).toEqual([
      'CTD',
      'PoR',
      'CPEC',
      'KP',
    ]);
    expect(mark('')).toEqual([]);
  });

  it('marks the Urdu text by its own spellings, whole words only, the same entries by key', () => {
    const words: Words = { ...EN, ui: { ...EN.ui, glossary: urdu }, format: formatFor('ur-PK') };
    expect(glossaryIn(words).map((entry) => entry.id)).toEqual(GLOSSARY.map((entry) => entry.id));
    const mark = termMarker(words);
    expect(marksOf(mark('ٹی ٹی پی کے جنگجو پکتیکا سے آئے؛ ٹی ٹی پی انکار کرتی ہے۔'))).toEqual([
      'ٹی ٹی پی',
    ]);
    expect(marksOf(mark('سی پیکر اور سی ٹی ڈی'))).toEqual(['سی ٹی ڈی']);
    expect(glossaryIn(words)[0]?.meaning).toMatch(/^\S+ کی وہ لکیر/);
  });
});
