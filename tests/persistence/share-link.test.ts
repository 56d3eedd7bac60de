// Share links: encode/decode round-trips for every scenario, notes included; each kind of bad link (not ours,
// truncated, corrupt, mangled characters, newer link or save format, tampered, a compression bomb)
// is refused with its own sentence; and a seeded fuzz of mutated links shows each one either opens
// a save that replays to its fingerprints or is refused with a message — never a throw.
import { deflateSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCENARIO_IDS, type GameOptions } from '../../src/engine';
import { Dice } from '../../src/engine/random';
import { STRATEGIES, balancedStrategy, playGame } from '../../src/engine/strategies';
import { makeSave, verifySave, type SaveFile } from '../../src/persistence/save-format';
import {
  MAX_SHARE_CHARS,
  SHARE_HASH_PREFIX,
  decodeShareLink,
  encodeShareLink,
  isShareHash,
} from '../../src/persistence/share-link';

const GAME: GameOptions = { scenario: 'doha-truce', seed: 1, difficulty: 'normal' };
let save: SaveFile;
let link: string;

function encode(value: SaveFile): string {
  const encoded = encodeShareLink(value);
  if (!encoded.ok) throw new Error(encoded.error);
  return encoded.value;
}

/** A link whose payload is these bytes, deflated, as the encoder would write it. */
function linkOf(text: string, version = 1): string {
  const packed = deflateSync(new TextEncoder().encode(text));
  return `${SHARE_HASH_PREFIX}${version}.${Buffer.from(packed).toString('base64url')}`;
}

/** The save a link carries, without the replay its check made. */
function decoded(hash: string) {
  const result = decodeShareLink(hash);
  return result.ok ? { ok: true as const, value: result.value.save } : result;
}

function refusal(hash: string): string {
  const result = decodeShareLink(hash);
  if (result.ok) throw new Error(`expected ${hash.slice(0, 40)}… to be refused`);
  expect(result.error).not.toContain('\n');
  return result.error;
}

beforeAll(() => {
  const played = playGame(GAME, balancedStrategy);
  const made = makeSave(GAME, played.weeks, {
    name: 'Doha truce — week 25',
    createdAt: '2026-01-02T03:04:05.000Z',
  });
  if (!made.ok) throw new Error(made.error);
  save = made.value;
  link = encode(save);
});

describe('round trip', () => {
  it('a full 24-week game survives encode → decode unchanged, in a short link', () => {
    expect(save.weeks).toHaveLength(24);
    expect(link.startsWith('#save=1.')).toBe(true);
    expect(link).toMatch(/^#save=1\.[A-Za-z0-9_-]+$/);
    expect(isShareHash(link)).toBe(true);
    expect(decoded(link)).toEqual({ ok: true, value: save });
    // Measured for the README: characters in the fragment of a full 24-week game.
    console.info(
      `share link for a ${save.weeks.length}-week game: ${link.length} characters (save file ${JSON.stringify(save, null, 2).length + 1} bytes)`,
    );
    expect(link.length).toBeLessThan(2000);
  });

  it('a full 24-week game with a few notes stays well under 2,000 characters', () => {
    const notes = [
      { week: 0, text: 'Plan: keep Torkham open and talk through Doha before striking anything.' },
      { week: 4, text: 'The truce call came early; Kabul answered with a strike on a post.' },
      { week: 11, text: 'Trade is down a third. Was closing Chaman worth it?' },
      { week: 24, text: 'Ended with the talks alive — compare with the hawkish branch.' },
    ];
    const made = makeSave(
      GAME,
      save.weeks.map((w) => w.decisions),
      save.meta,
      notes,
    );
    if (!made.ok) throw new Error(made.error);
    const annotated = encode(made.value);
    expect(decoded(annotated)).toEqual({ ok: true, value: made.value });
    const opened = decoded(annotated);
    expect(opened.ok && opened.value.notes).toEqual(notes);
    // Measured for the README: the same game's link with four notes of 50 to 75 characters.
    console.info(
      `share link for a ${made.value.weeks.length}-week game with ${notes.length} notes: ${annotated.length} characters (${annotated.length - link.length} more than without)`,
    );
    expect(annotated.length).toBeGreaterThan(link.length);
    expect(annotated.length).toBeLessThan(2000);
  });

  it('every scenario and strategy, hostile names included', () => {
    let n = 0;
    for (const scenario of SCENARIO_IDS) {
      for (const strategy of ['random', 'hawk', 'dove'] as const) {
        const options = { scenario, seed: 100 + n, difficulty: 'hard' } as const;
        const played = playGame(options, STRATEGIES[strategy]);
        const name = n % 2 ? '<img src=x onerror=alert(1)>' : 'émoji 💥 “quotes” \u202e';
        const made = makeSave(options, played.weeks, { name }, [
          { week: played.weeks.length, text: name },
        ]);
        if (!made.ok) throw new Error(made.error);
        expect(decoded(encode(made.value))).toEqual({ ok: true, value: made.value });
        n++;
      }
    }
  });
});

describe('bad links are refused with a specific message', () => {
  it('not a game link at all', () => {
    expect(isShareHash('#about')).toBe(false);
    expect(isShareHash('')).toBe(false);
    expect(refusal('#about')).toMatch(/not a Frontier Crisis game link/);
  });

  it('truncated anywhere', () => {
    expect(refusal(SHARE_HASH_PREFIX)).toMatch(/incomplete: it was probably cut off/);
    expect(refusal(`${SHARE_HASH_PREFIX}1.`)).toMatch(/incomplete/);
    for (const keep of [0.9, 0.5, 0.2, 0.05]) {
      const cut = link.slice(0, SHARE_HASH_PREFIX.length + 2 + Math.floor(link.length * keep));
      expect(refusal(cut)).toMatch(/incomplete/);
    }
    expect(refusal(link.slice(0, -1))).toMatch(/incomplete|altered|corrupt/);
  });

  it('corrupt data', () => {
    const middle = Math.floor(link.length / 2);
    const flipped = `${link.slice(0, middle)}${link[middle] === 'A' ? 'B' : 'A'}${link.slice(middle + 1)}`;
    expect(refusal(flipped)).toMatch(/corrupt|incomplete|cannot be opened/);
    expect(refusal(`${SHARE_HASH_PREFIX}1.////`)).toMatch(/characters a game link never has/);
    expect(refusal(`${link.slice(0, 30)}%20${link.slice(30)}`)).toMatch(/characters/);
    expect(refusal(`${SHARE_HASH_PREFIX}1.________`)).toMatch(/corrupt: its data could not/);
    expect(refusal(`${SHARE_HASH_PREFIX}abc`)).toMatch(/does not say which link format/);
  });

  it('speak of the link, never of a file, and refuse bytes that are not UTF-8 as the import does', () => {
    expect(refusal(linkOf('hello'))).toBe(
      'This game link cannot be opened. This link is not a save: it is not valid JSON (it may be truncated or corrupted).',
    );
    const notUtf8 = `${SHARE_HASH_PREFIX}1.${Buffer.from(deflateSync(new Uint8Array([0x7b, 0xff, 0x7d]))).toString('base64url')}`;
    expect(refusal(notUtf8)).toMatch(/^This game link is corrupt/);
    const extra = refusal(linkOf(JSON.stringify({ ...save, extra: true })));
    expect(extra).toBe(
      'This game link cannot be opened. The save in this link is damaged: there is no field called "extra" in a save.',
    );
    for (const text of [extra, refusal(linkOf('{"format":"chess"}'))])
      expect(text).not.toMatch(/file|Invalid|Expected/);
  });

  it('not JSON, or not a save, once unpacked', () => {
    expect(refusal(linkOf('hello'))).toMatch(/cannot be opened\. .*not valid JSON/);
    expect(refusal(linkOf('{"format":"chess"}'))).toMatch(/not a Frontier Crisis save/);
    const bytes = deflateSync(new Uint8Array([0xff, 0xfe, 0x80]));
    expect(refusal(`${SHARE_HASH_PREFIX}1.${Buffer.from(bytes).toString('base64url')}`)).toMatch(
      /corrupt/,
    );
  });

  it('a newer link format, or a newer save format inside', () => {
    expect(refusal(link.replace('#save=1.', '#save=2.'))).toMatch(
      /newer version of Frontier Crisis \(link format 2; this game reads format 1\)/,
    );
    expect(refusal(link.replace('#save=1.', '#save=0.'))).toMatch(/link format 0/);
    expect(refusal(linkOf(JSON.stringify({ ...save, version: 7 })))).toMatch(
      /newer version of Frontier Crisis \(format 7/,
    );
    expect(refusal(linkOf(JSON.stringify({ ...save, rulesVersion: 999 })))).toMatch(
      /rules version 999/,
    );
  });

  it('tampered: a changed decision or fingerprint', () => {
    const forged = structuredClone(save);
    forged.weeks[5]!.fingerprint = 'ffffffffffffffff';
    expect(refusal(encode(forged))).toMatch(/altered or damaged: week 6 does not replay/);
    const cheated = structuredClone(save);
    cheated.weeks[3]!.decisions = [];
    expect(refusal(encode(cheated))).toMatch(/week 4/);
  });

  it('too long, or a compression bomb', () => {
    expect(refusal(`${link}${'A'.repeat(MAX_SHARE_CHARS)}`)).toMatch(/far too long/);
    const bomb = deflateSync(new Uint8Array(5_000_000).fill(32), { level: 9 });
    const hash = `${SHARE_HASH_PREFIX}1.${Buffer.from(bomb).toString('base64url')}`;
    expect(hash.length).toBeLessThan(MAX_SHARE_CHARS);
    expect(refusal(hash)).toMatch(/more than any save could hold/);
  });
});

/** One random edit of a string: replace, delete, insert or duplicate a run, or cut the end. */
function mutate(dice: Dice, text: string, alphabet: string): string {
  const at = dice.below(text.length + 1);
  const char = alphabet[dice.below(alphabet.length)]!;
  switch (dice.below(5)) {
    case 0:
      return text.slice(0, at) + char + text.slice(at + 1);
    case 1:
      return text.slice(0, at) + text.slice(at + 1 + dice.below(4));
    case 2:
      return text.slice(0, at) + char + text.slice(at);
    case 3:
      return text.slice(0, at) + text.slice(at, at + 1 + dice.below(6)) + text.slice(at);
    default:
      return text.slice(0, Math.max(at, text.length - 1 - dice.below(8)));
  }
}

describe('fuzz', () => {
  it('1000 mutated links: each opens a save that replays to its fingerprints, or is refused', () => {
    const dice = new Dice(0x11c4);
    const base64url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    // A shorter game than the round trip's, to keep a thousand replays quick.
    const options = { scenario: 'karachi', seed: 3, difficulty: 'normal' } as const;
    const played = playGame(options, balancedStrategy).weeks;
    const made = makeSave(options, played, { name: 'Fuzz' }, [
      { week: 0, text: 'First note' },
      { week: 2, text: 'Second note, on week 2' },
    ]);
    if (!made.ok) throw new Error(made.error);
    const link = encode(made.value);
    const json = JSON.stringify(made.value);
    const outcomes = { refused: 0, opened: 0 };
    for (let n = 0; n < 1000; n++) {
      // Half mutate the link itself; half mutate the save's JSON and pack it as a real link would.
      let hash: string;
      if (n % 2 === 0) {
        hash = link;
        for (let k = 1 + dice.below(3); k > 0; k--) hash = mutate(dice, hash, `${base64url}.=%`);
      } else {
        let text = json;
        for (let k = 1 + dice.below(2); k > 0; k--)
          text = mutate(dice, text, '0123456789abcf",:{}[]-');
        hash = linkOf(text);
      }
      const context = `mutation ${n}`;
      let result: ReturnType<typeof decodeShareLink>;
      expect(() => (result = decodeShareLink(hash)), context).not.toThrow();
      result = decodeShareLink(hash);
      if (result.ok) {
        const check = verifySave(result.value.save);
        expect(check.divergedAt, context).toBeNull();
        expect(check.problem, context).toBeNull();
        outcomes.opened++;
      } else {
        expect(result.error.length, context).toBeGreaterThan(20);
        expect(result.error, context).not.toContain('\n');
        expect(result.error, context).not.toMatch(/[\p{Cc}\p{Cf}]|Invalid \w+:|\bfile\b/u);
        outcomes.refused++;
      }
    }
    expect(outcomes.refused).toBeGreaterThan(500);
    expect(outcomes.refused + outcomes.opened).toBe(1000);
  }, 60_000);
});
