// Every event id the engine can emit has English words, and they read as words: every entry renders
// for sample figures (none, one, many, thousands) without "undefined", "NaN", an object or a raw
// id, with the noun in the number of its count. A catalogue that lacks an entry is no Catalogue.
import { describe, expect, it } from 'vitest';
import { type EventWords, type EventWordsId } from '../../src/engine';
import { EN, type Catalogue } from '../../src/text';
import { en } from '../../src/text/en';
import { expectWords } from './words-check';

import { EVENT_SAMPLES as SAMPLES } from './samples';

describe('event words', () => {
  it('the samples cover every entry of the English events catalogue, and only those', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(en.events).sort());
  });

  it.each(Object.keys(SAMPLES) as EventWordsId[])('%s renders as words for every sample', (id) => {
    const samples: readonly EventWords[] = SAMPLES[id];
    expect(samples.length).toBeGreaterThan(0);
    for (const words of samples) expectWords(EN.event(words), words);
  });

  it('a catalogue without an entry is not a Catalogue (checked by tsc)', () => {
    const { attack: _dropped, ...withoutAttack } = en.events;
    // @ts-expect-error a catalogue that does not word 'attack' must not type-check
    const incomplete: Catalogue = { ...en, events: withoutAttack };
    expect(Object.keys(incomplete.events)).not.toContain('attack');
  });
});
