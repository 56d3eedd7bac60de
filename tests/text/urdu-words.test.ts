// The Urdu catalogue, section by section: every entry renders as Urdu words (no leftovers of ids
// or figures, no Latin letters) for the inputs the English tests use: sample figures for every event
// and outcome, every condition of the content, and the forecasts and "Why?" cards of many seeded
// games; and every Urdu section has exactly the keys of its English section. The interface's
// sections are held to theirs by urdu-ui.test.ts.
import { describe, expect, it } from 'vitest';
import {
  ACTOR_IDS,
  CROSSING_IDS,
  DISTRICT_IDS,
  DOCTRINES,
  EVENTS,
  GROUP_IDS,
  LADDER_RUNGS,
  POWER_IDS,
  PROVINCE_IDS,
  RESPONSES,
  SCENARIO_IDS,
  briefingFor,
  type ActorId,
  type Condition,
  type ConditionCheck,
  type EventWords,
  type EventWordsId,
  type IntelReport,
  type OutcomeWords,
  type OutcomeWordsId,
  type ReaderId,
  type RuleId,
  type RuleKey,
  type ActorTrace,
} from '../../src/engine';
import { READERS } from '../../src/engine/readers';
import { STRATEGIES, playGame } from '../../src/engine/strategies';
import type { Catalogue } from '../../src/text';
import type { IntelTools, Tools } from '../../src/text/catalogue-types';
import { en } from '../../src/text/en';
import { formatFor } from '../../src/text/format';
import { intelligence } from '../../src/text/ur/briefing';
import { conditions, ruleTitles } from '../../src/text/ur/doctrines';
import { events } from '../../src/text/ur/events';
import { language } from '../../src/text/ur/language';
import { names } from '../../src/text/ur/names';
import { outcomes } from '../../src/text/ur/outcomes';
import { why } from '../../src/text/ur/why';
import { explain } from '../../src/text/why';
import { game, withState } from '../engine/fixtures';
import { EVENT_SAMPLES, OUTCOME_SAMPLES, READER_IDS, WORDINGS } from './samples';

function expectUrdu(text: string, source: unknown): void {
  const where = `${JSON.stringify(source)}: ${text}`;
  expect(typeof text, where).toBe('string');
  expect(text.trim().length, where).toBeGreaterThan(0);
  for (const leftover of ['undefined', 'NaN', 'null', '[object', 'Infinity'])
    expect(text, where).not.toContain(leftover);
  // Group names and acronyms are written in Urdu letters, as the Urdu media write them.
  expect(text, where).not.toMatch(/\p{Script=Latin}/u);
  // Mostly Urdu: Arabic-script letters outnumber everything else that is a letter.
  expect(text, where).toMatch(/\p{Script=Arabic}/u);
  // Signs that a right-to-left line would carry to the far side of their number are not used.
  expect(text, where).not.toMatch(/[+−→]/);
}

// The Urdu tools, bound as src/text/index.ts binds a catalogue.
const tools: Tools = { ...formatFor(language.locale), ...names };
const conditionWords = (c: Condition) =>
  (conditions[c.read] as (c: Condition, t: Tools) => string)(c, tools);
const ruleTitle = (actor: ActorId, rule: RuleId | 'none') =>
  rule === 'none' ? null : (ruleTitles[`${actor}/${rule}` as RuleKey] ?? null);
const intelTools: IntelTools = {
  ...tools,
  ruleVerb: (actor, rule) => language.ruleVerb(ruleTitle(actor, rule) ?? rule),
  signs: (list) => language.signs(list.map(conditionWords)),
};
type Entry<W, T> = (words: W, t: T) => string;
const entry = <W extends { id: string }, T>(table: object, words: W): Entry<W, T> =>
  (table as Record<string, Entry<W, T>>)[words.id]!;
const eventWords = (w: EventWords) => entry<EventWords, Tools>(events, w)(w, tools);
const outcomeWords = (w: OutcomeWords) => entry<OutcomeWords, Tools>(outcomes, w)(w, tools);
const intelWords = (r: IntelReport) =>
  entry<IntelReport['words'], IntelTools>(intelligence, r.words)(r.words, intelTools);
/** explain() reads only the catalogue's "Why?" phrases. */
const whyCatalogue = { why } as unknown as Catalogue;
const whyCard = (trace: ActorTrace) =>
  explain(trace, whyCatalogue, tools, {
    condition: (check: Pick<ConditionCheck, 'condition'>) => conditionWords(check.condition),
    ruleTitle,
    outcome: (t) => outcomeWords(t.outcome),
  });

/** The key paths of a catalogue section: functions and strings are leaves. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, `${prefix}/${key}`));
}

describe('the Urdu sections have the keys of the English ones', () => {
  const sections: [string, unknown, unknown][] = [
    ['names', names, en.names],
    ['events', events, en.events],
    ['outcomes', outcomes, en.outcomes],
    ['ruleTitles', ruleTitles, en.ruleTitles],
    ['conditions', conditions, en.conditions],
    ['intelligence', intelligence, en.intelligence],
    ['why', why, en.why],
  ];
  it.each(sections)('%s', (_, urdu, english) => {
    // The Urdu names word the ladder's rungs and the responses already; the English ones are
    // about to gain theirs.
    const pending = (path: string) =>
      ['/rung', '/response'].includes(path) && !(path.slice(1) in en.names);
    expect(
      keyPaths(urdu)
        .filter((path) => !pending(path))
        .sort(),
    ).toEqual(keyPaths(english).sort());
  });

  it('the language settings are those of a right-to-left Urdu catalogue', () => {
    expect(Object.keys(language).sort()).toEqual(
      ['direction', 'lang', 'locale', 'ruleVerb', 'signs'].filter((k) => k in en).sort(),
    );
    expect(language.direction).toBe('rtl');
    expect(language.lang).toBe('ur');
    expect(language.signs([])).toBe('');
  });
});

describe('the Urdu check', () => {
  it('finds Latin letters, leftovers and signs that right-to-left text would move', () => {
    for (const bad of ['ٹی ٹی پی TTP', 'ٹانک undefined', 'حوصلہ +3', 'طاقت 20 → 26', ''])
      expect(() => expectUrdu(bad, 'probe'), bad).toThrow();
    expect(() => expectUrdu('ٹی ٹی پی نے ذمہ داری قبول کر لی۔', 'probe')).not.toThrow();
  });
});

/** The names as written, with the entries the English names are about to gain. */
const urduNames = names as typeof names & {
  rung(level: number): string;
  response(id: (typeof RESPONSES)[number]['id']): string;
};

describe('Urdu names', () => {
  it('every place, group, power and actor has its own Urdu name', () => {
    const all = [
      ...DISTRICT_IDS.flatMap((id) => [names.district(id), names.region(id)]),
      ...PROVINCE_IDS.map((id) => names.province(id)),
      ...CROSSING_IDS.map((id) => names.crossing(id)),
      ...GROUP_IDS.map((id) => names.group(id)),
      ...POWER_IDS.map((id) => names.power(id)),
      ...ACTOR_IDS.map((id) => names.actor(id)),
      ...(['qatar', 'turkiye', 'saudi', 'china'] as const).map((host) => names.talksCity(host)),
      ...LADDER_RUNGS.map((_, level) => urduNames.rung(level)),
      ...RESPONSES.map((r) => urduNames.response(r.id)),
    ];
    for (const name of all) expectUrdu(name, name);
    expect(new Set(DISTRICT_IDS.map((id) => names.district(id))).size).toBe(DISTRICT_IDS.length);
    expect(new Set(PROVINCE_IDS.map((id) => names.province(id))).size).toBe(PROVINCE_IDS.length);
    expect(new Set(CROSSING_IDS.map((id) => names.crossing(id))).size).toBe(CROSSING_IDS.length);
    expect(new Set(ACTOR_IDS.map((id) => names.actor(id))).size).toBe(ACTOR_IDS.length);
    expect(new Set(RESPONSES.map((r) => urduNames.response(r.id))).size).toBe(RESPONSES.length);
  });
});

describe('Urdu events', () => {
  it('the samples cover every entry of the Urdu events section', () => {
    expect(Object.keys(EVENT_SAMPLES).sort()).toEqual(Object.keys(events).sort());
  });

  it.each(Object.keys(EVENT_SAMPLES) as EventWordsId[])('%s renders in Urdu', (id) => {
    const samples: readonly EventWords[] = EVENT_SAMPLES[id];
    for (const words of samples) expectUrdu(eventWords(words), words);
  });

  it('a count takes the noun of its number: one person, many people', () => {
    const one = eventWords({ id: 'displacement', district: 'bannu', people: 1 });
    const many = eventWords({ id: 'displacement', district: 'bannu', people: 2 });
    expect(one).toContain('1 شخص');
    expect(one).toContain('مجبور ہوا');
    expect(many).toContain('2 افراد');
    expect(many).toContain('مجبور ہوئے');
    expect(eventWords({ id: 'truce-agreed', host: 'qatar', weeks: 6 })).toContain('6 ہفتوں کے لیے');
  });
});

describe('Urdu outcomes', () => {
  it('the samples cover every entry of the Urdu outcomes section', () => {
    expect(Object.keys(OUTCOME_SAMPLES).sort()).toEqual(Object.keys(outcomes).sort());
  });

  it.each(Object.keys(OUTCOME_SAMPLES) as OutcomeWordsId[])('%s renders in Urdu', (id) => {
    const samples: readonly OutcomeWords[] = OUTCOME_SAMPLES[id];
    for (const words of samples) expectUrdu(outcomeWords(words), words);
  });
});

describe('Urdu doctrines', () => {
  it('every rule of every doctrine has an Urdu title', () => {
    for (const doctrine of DOCTRINES)
      for (const rule of doctrine.rules) {
        const title = ruleTitle(doctrine.actor, rule.id);
        expectUrdu(title ?? '', `${doctrine.actor}/${rule.id}`);
      }
  });

  it('every condition of the doctrines and events renders', () => {
    const all: Condition[] = [
      ...DOCTRINES.flatMap((d) => d.rules.flatMap((r): readonly Condition[] => r.when)),
      ...EVENTS.flatMap((e): readonly Condition[] => e.when),
    ];
    expect(all.length).toBeGreaterThan(80);
    for (const condition of all) expectUrdu(conditionWords(condition), condition);
  });

  it('every reading renders under either operator, at several thresholds and in each wording', () => {
    for (const read of READER_IDS) {
      const yesNo = READERS[read].yesNo === true;
      const thresholds = yesNo ? [0, 1] : [0, 1, 2, 3, 4, 5, 30, 50, 65];
      const wordings = (WORDINGS as Partial<Record<ReaderId, readonly string[]>>)[read] ?? [];
      for (const op of ['>=', '<='] as const)
        for (const value of thresholds)
          for (const wording of [undefined, ...wordings]) {
            const condition = { read, op, value, ...(wording ? { wording } : {}) } as Condition;
            expectUrdu(conditionWords(condition), condition);
          }
    }
  });

  it('a numeric threshold changed in the data changes the words, as in English', () => {
    for (const read of READER_IDS) {
      if (READERS[read].yesNo) continue;
      for (const op of ['>=', '<='] as const) {
        const at = (words: (c: Condition) => string, value: number) =>
          words({ read, op, value } as Condition);
        const english = (c: Condition) =>
          (en.conditions[c.read] as (c: Condition, t: Tools) => string)(c, {
            ...formatFor(en.locale),
            ...en.names,
          });
        expect(at(conditionWords, 30) !== at(conditionWords, 45), `${read} ${op}`).toBe(
          at(english, 30) !== at(english, 45),
        );
      }
    }
  });

  it('a yes/no condition reads the other way when it must be no', () => {
    for (const read of READER_IDS.filter((r) => READERS[r].yesNo)) {
      const yes = conditionWords({ read, op: '>=', value: 1 } as Condition);
      const no = conditionWords({ read, op: '<=', value: 0 } as Condition);
      expect(yes, read).not.toBe(no);
    }
  });

  it('every rung of the ladder has its own Urdu name', () => {
    const rungs = LADDER_RUNGS.map((_, value) =>
      conditionWords({ read: 'ladder', op: '>=', value } as Condition),
    );
    expect(new Set(rungs).size).toBe(LADDER_RUNGS.length);
  });
});

describe('Urdu forecasts and "Why?" cards of real games', () => {
  it('every event, forecast, outcome and card of many weeks renders in Urdu', () => {
    const seen = new Set<string>();
    for (const scenario of SCENARIO_IDS)
      for (const strategy of ['balanced', 'hawk', 'dove'] as const)
        playGame(
          { scenario, seed: 3, difficulty: 'normal' },
          STRATEGIES[strategy],
          (before, report) => {
            for (const item of briefingFor(before, report).intelligence) {
              seen.add(`intel:${item.words.id}:${item.words.confidence}`);
              expectUrdu(intelWords(item), item.words);
            }
            for (const event of report.events) expectUrdu(eventWords(event.words), event.words);
            for (const trace of report.traces) {
              seen.add(`outcome:${trace.outcome.id}`);
              const card = whyCard(trace);
              expectUrdu(why.inWords(card), trace.outcome);
              for (const line of card.passedOver) expectUrdu(line, trace.actor);
            }
          },
        );
    for (const scenario of SCENARIO_IDS)
      for (const level of [10, 40, 80]) {
        const state = withState(game(scenario), (s) => {
          for (const id of PROVINCE_IDS) s.provinces[id].intel = level;
          for (const id of DISTRICT_IDS) s.districts[id].trust = level;
        });
        for (const item of briefingFor(state).intelligence) {
          seen.add(`intel:${item.words.id}:${item.words.confidence}`);
          expectUrdu(intelWords(item), item.words);
        }
      }
    for (const id of ['group', 'kabul', 'district'])
      for (const confidence of ['low', 'medium', 'high'])
        expect(seen, `${id} at ${confidence}`).toContain(`intel:${id}:${confidence}`);
    expect([...seen].filter((s) => s.startsWith('outcome:')).length).toBeGreaterThan(15);
  });
});
