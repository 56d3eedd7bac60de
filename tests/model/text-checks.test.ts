// The rules for players' text: characters counted as code points, blank meaning nothing visible,
// untrusted text quoted escaped and cut, and direction controls taken out of names shown in a sentence.
import { describe, expect, it } from 'vitest';
import {
  MAX_QUOTED_CHARS,
  characterCount,
  escapeUnprintable,
  firstCharacters,
  isBlank,
  quoteUntrusted,
  trimInvisible,
  withoutDirectionControls,
} from '../../src/model/text-checks';

describe('text checks', () => {
  it('count characters as code points, and cut without splitting one', () => {
    expect(characterCount('abc')).toBe(3);
    expect(characterCount('😀😀')).toBe(2);
    expect('😀😀'.length).toBe(4);
    expect(characterCount('e\u0301')).toBe(2); // a combining accent is a code point of its own
    expect(characterCount('\ud800x')).toBe(2); // a lone surrogate counts as one
    expect(firstCharacters('😀a😀b', 3)).toBe('😀a😀');
    expect(firstCharacters('short', 10)).toBe('short');
  });

  it('call text blank when nothing in it is visible', () => {
    for (const blank of [
      '',
      '   ',
      '\n\t',
      '\u200b\u200b\u200b',
      '\u200d\u2060\ufeff \u00ad',
      '\u202e\u2066',
    ])
      expect(isBlank(blank), JSON.stringify(blank)).toBe(true);
    for (const text of ['a', '\u200bx\u200b', '😀', 'ـ'])
      expect(isBlank(text), JSON.stringify(text)).toBe(false);
    expect(trimInvisible('\u200b  note\u200d text \ufeff')).toBe('note\u200d text');
  });

  it('quote untrusted text escaped and cut to a few dozen characters', () => {
    expect(quoteUntrusted('plain')).toBe('"plain"');
    expect(quoteUntrusted('\u001b[2Jgone\u202eevil\u200b')).toBe(
      '"\\u{1b}[2Jgone\\u{202e}evil\\u{200b}"',
    );
    const huge = 'k'.repeat(900_000);
    const quoted = quoteUntrusted(huge);
    expect(quoted).toBe(`"${'k'.repeat(MAX_QUOTED_CHARS)}…" (900000 characters)`);
    expect(escapeUnprintable('a\nb\u2028c')).toBe('a\\u{a}b\\u{2028}c');
  });

  it('take direction overrides, embeddings and isolates out of names, and nothing else', () => {
    expect(withoutDirectionControls('Game \u202egnp.exe\u202c')).toBe('Game gnp.exe');
    expect(withoutDirectionControls('\u2067کراچی\u2069 game')).toBe('کراچی game');
    expect(withoutDirectionControls('کراچی — week 3')).toBe('کراچی — week 3');
  });
});
