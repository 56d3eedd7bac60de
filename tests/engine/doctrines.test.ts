// One test per doctrine rule: a state where that rule's conditions hold and every earlier rule's do
// not, a scripted roll that succeeds, and the trace and the effect on the world checked exactly.
import { describe, expect, it } from 'vitest';
import {
  RESTRAINT_POINTS,
  chanceModifiers,
  ruleChance,
  runDoctrine,
} from '../../src/engine/doctrine-runner';
import { READERS } from '../../src/engine/readers';
import { EN } from '../../src/text';
import type { TurnContext } from '../../src/engine/context';
import type { Doctrine, Rule } from '../../src/engine/doctrine-types';
import {
  ACTOR_IDS,
  DOCTRINES,
  DISTRICT_IDS,
  GROUP_IDS,
  type ActorId,
  type DistrictId,
  type GameState,
  type GroupId,
} from '../../src/engine';
import { context, game, weekRecord, withState } from './fixtures';

interface RuleCase {
  actor: ActorId;
  rule: string;
  /** Makes this rule's conditions hold and every earlier rule's fail, on the sandbox's week 1. */
  setup?: (state: GameState) => void;
  /** The value each condition of the rule must read, in order. */
  values: number[];
  /** d100 rolls after the rule's own (for an attack: the foil roll, then the claim roll). */
  rolls?: number[];
  effect: (ctx: TurnContext, before: GameState) => void;
}

const SOUTH_KP: DistrictId[] = [
  'north-waziristan',
  'bannu',
  'lakki-marwat',
  'south-waziristan-upper',
  'tank',
];
const CITIES: DistrictId[] = ['peshawar', 'islamabad', 'karachi', 'quetta'];

function doctrineOf(actor: ActorId): Doctrine {
  const doctrine = DOCTRINES.find((d) => d.actor === actor);
  if (!doctrine) throw new Error(`No doctrine for ${actor}`);
  return doctrine;
}

function ruleOf(actor: ActorId, id: string): Rule {
  const rule = doctrineOf(actor).rules.find((r) => r.id === id);
  if (!rule) throw new Error(`No rule ${actor}/${id}`);
  return rule;
}

/** An attack happened: counted, stamped, reported with the rule as its cause, where it may strike. */
function attacked(group: GroupId, rule: string, districts: readonly DistrictId[] = DISTRICT_IDS) {
  return (ctx: TurnContext, before: GameState) => {
    const cause = `rule:${group}/${rule}`;
    expect(ctx.state.tally.attacks).toBe(before.tally.attacks + 1);
    expect(ctx.state.thisWeek.attacks).toBe(1);
    expect(ctx.state.groups[group].lastAttackWeek).toBe(before.week);
    const events = ctx.events.filter((e) => e.kind === 'attack' && e.cause === cause);
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event.actor).toBe(group);
    expect(districts).toContain(event.district);
    // The foil roll was scripted to fail, so the attack killed someone.
    expect(event.deaths).toBeGreaterThan(0);
    expect(ctx.changes.some((c) => c.cause === cause && c.field === 'attacks')).toBe(true);
  };
}

/** Exactly one border district gained the group's presence, and its morale rose by one. */
function infiltrated(group: GroupId) {
  return (ctx: TurnContext, before: GameState) => {
    const gained = DISTRICT_IDS.filter(
      (id) => ctx.state.districts[id].presence[group] > before.districts[id].presence[group],
    );
    expect(gained).toHaveLength(1);
    expect(ctx.state.groups[group].morale).toBe(before.groups[group].morale + 1);
  };
}

function offered(power: 'china' | 'iran' | 'qatar' | 'turkiye' | 'saudi' | 'uae', weeks: number) {
  const kind = weeks === 4 ? 'funding' : 'mediation';
  return (ctx: TurnContext, before: GameState) => {
    expect(ctx.state.powers[power].offer).toBe(kind);
    expect(ctx.state.powers[power].offerUntil).toBe(before.week + weeks);
    expect(ctx.changes).toContainEqual({
      subject: `power:${power}`,
      field: 'offer',
      delta: 1,
      cause: expect.stringMatching(new RegExp(`^rule:${power}/`)),
    });
  };
}

const nothingChanged = (ctx: TurnContext) => {
  expect(ctx.changes).toEqual([]);
  expect(ctx.events).toEqual([]);
};

const CASES: RuleCase[] = [
  // ---- TTP
  {
    actor: 'ttp',
    rule: 'prove-survival',
    setup: (s) => (s.groups.ttp.lastStruckWeek = 1),
    values: [1, 55, 60],
    rolls: [99, 0],
    effect: attacked('ttp', 'prove-survival'),
  },
  {
    actor: 'ttp',
    rule: 'spoil-talks',
    setup: (s) => {
      s.diplomacy.truceWeeks = 3;
      s.diplomacy.talksProgress = 30;
    },
    values: [1, 60],
    rolls: [99, 0, 99],
    effect: (ctx, before) => {
      attacked('ttp', 'spoil-talks')(ctx, before);
      expect(ctx.state.diplomacy.talksProgress).toBe(20);
      expect(ctx.state.diplomacy.truceWeeks).toBe(3);
    },
  },
  {
    actor: 'ttp',
    rule: 'hit-soft-police',
    values: [25, 60],
    rolls: [99, 0],
    effect: (ctx, before) => {
      attacked('ttp', 'hit-soft-police')(ctx, before);
      const district = ctx.events.find((e) => e.kind === 'attack')!.district!;
      expect(ctx.state.districts[district].police).toBe(before.districts[district].police - 2);
    },
  },
  {
    actor: 'ttp',
    rule: 'recruit-on-grievance',
    // Too weak (under 20) for its attack rules.
    setup: (s) => {
      s.groups.ttp.strength = 19;
      s.groups.ttp.grievance = 60;
    },
    values: [60],
    effect: (ctx) => {
      // 2 + grievance 60/20 + funding 50/25 + recruitment 50/25 = 9.
      expect(ctx.state.groups.ttp.strength).toBe(28);
      expect(ctx.state.groups.ttp.grievance).toBe(56);
    },
  },
  {
    actor: 'ttp',
    rule: 'regroup',
    setup: (s) => {
      s.groups.ttp.strength = 30;
      s.groups.ttp.morale = 30;
    },
    values: [30],
    effect: (ctx) => {
      expect(ctx.state.groups.ttp.morale).toBe(38);
      expect(ctx.state.groups.ttp.strength).toBe(31);
      expect(ctx.state.provinces.paktika.sanctuary.ttp).toBe(58);
    },
  },
  {
    actor: 'ttp',
    rule: 'infiltrate',
    setup: (s) => (s.groups.ttp.strength = 19),
    values: [],
    effect: infiltrated('ttp'),
  },
  // ---- Jamaat-ul-Ahrar
  {
    actor: 'jua',
    rule: 'prove-survival',
    setup: (s) => (s.groups.jua.lastStruckWeek = 1),
    values: [1, 50],
    rolls: [99, 0],
    effect: attacked('jua', 'prove-survival', CITIES),
  },
  {
    actor: 'jua',
    rule: 'urban-spectacle',
    values: [40, 99],
    rolls: [99, 0],
    effect: attacked('jua', 'urban-spectacle', CITIES),
  },
  {
    actor: 'jua',
    rule: 'recruit-on-deportations',
    setup: (s) => {
      s.groups.jua.lastAttackWeek = 1;
      s.deportationsAcceleratedWeek = 1;
    },
    values: [1],
    effect: (ctx) => {
      // 2 + grievance 40/20 + funding 40/25 + recruitment 35/25 = 6.
      expect(ctx.state.groups.jua.strength).toBe(46);
      expect(ctx.state.groups.jua.grievance).toBe(36);
    },
  },
  {
    actor: 'jua',
    rule: 'plan',
    setup: (s) => (s.groups.jua.lastAttackWeek = 1),
    values: [],
    effect: (ctx) => {
      // Strong enough not to need recruits; its cells grow where it is strongest.
      expect(ctx.state.groups.jua.strength).toBe(40);
      expect(ctx.state.groups.jua.morale).toBe(50);
      expect(ctx.state.districts.mohmand.presence.jua).toBe(26);
    },
  },
  // ---- ISKP
  {
    actor: 'iskp',
    rule: 'sectarian-massacre',
    values: [35, 99],
    rolls: [99, 0],
    effect: attacked('iskp', 'sectarian-massacre', [
      'kurram',
      'peshawar',
      'islamabad',
      'bajaur',
      'orakzai',
      'quetta',
    ]),
  },
  {
    actor: 'iskp',
    rule: 'recruit-on-grievance',
    setup: (s) => {
      s.groups.iskp.strength = 19;
      s.groups.iskp.grievance = 55;
    },
    values: [55],
    effect: (ctx) => {
      expect(ctx.state.groups.iskp.strength).toBe(25);
      expect(ctx.state.groups.iskp.grievance).toBe(51);
    },
  },
  {
    actor: 'iskp',
    rule: 'rebuild',
    setup: (s) => (s.groups.iskp.strength = 19),
    values: [],
    effect: (ctx) => {
      expect(ctx.state.groups.iskp.strength).toBe(20);
      expect(ctx.state.groups.iskp.morale).toBe(47);
      expect(ctx.state.districts.bajaur.presence.iskp).toBe(21);
    },
  },
  // ---- Hafiz Gul Bahadur group
  {
    actor: 'hgb',
    rule: 'prove-survival',
    setup: (s) => (s.groups.hgb.lastStruckWeek = 1),
    values: [1, 50],
    rolls: [99, 0],
    effect: attacked('hgb', 'prove-survival', SOUTH_KP),
  },
  {
    actor: 'hgb',
    rule: 'quadcopters',
    values: [45],
    rolls: [99, 0],
    effect: (ctx, before) => {
      attacked('hgb', 'quadcopters', SOUTH_KP)(ctx, before);
      const district = ctx.events.find((e) => e.kind === 'attack')!.district!;
      expect(ctx.state.districts[district].police).toBe(before.districts[district].police - 2);
    },
  },
  {
    actor: 'hgb',
    rule: 'regroup',
    setup: (s) => {
      s.groups.hgb.strength = 30;
      s.groups.hgb.morale = 30;
    },
    values: [30],
    effect: (ctx) => {
      expect(ctx.state.groups.hgb.morale).toBe(38);
      expect(ctx.state.groups.hgb.strength).toBe(31);
      expect(ctx.state.provinces.khost.sanctuary.hgb).toBe(48);
    },
  },
  {
    actor: 'hgb',
    rule: 'infiltrate',
    setup: (s) => (s.groups.hgb.strength = 19),
    values: [],
    effect: infiltrated('hgb'),
  },
  // ---- BLA
  {
    actor: 'bla',
    rule: 'hit-cpec',
    values: [50, 99],
    rolls: [99, 0],
    effect: (ctx, before) => {
      attacked('bla', 'hit-cpec', ['quetta', 'karachi', 'chaman', 'zhob'])(ctx, before);
      expect(ctx.state.thisWeek.cpecAttacks).toBe(1);
    },
  },
  {
    actor: 'bla',
    rule: 'exploit-crisis',
    setup: (s) => {
      s.groups.bla.lastAttackWeek = 1;
      s.ladder = 4;
    },
    values: [4],
    rolls: [99, 0],
    effect: attacked('bla', 'exploit-crisis', ['quetta', 'chaman', 'zhob']),
  },
  {
    actor: 'bla',
    rule: 'recruit-on-grievance',
    setup: (s) => {
      s.groups.bla.lastAttackWeek = 1;
      s.groups.bla.grievance = 60;
    },
    values: [60],
    effect: (ctx) => {
      expect(ctx.state.groups.bla.strength).toBe(57);
      expect(ctx.state.groups.bla.grievance).toBe(56);
    },
  },
  {
    actor: 'bla',
    rule: 'wait',
    setup: (s) => {
      s.groups.bla.lastAttackWeek = 1;
      s.groups.bla.grievance = 40;
    },
    values: [],
    effect: (ctx) => {
      expect(ctx.state.groups.bla.strength).toBe(50);
      expect(ctx.state.groups.bla.morale).toBe(55);
      expect(ctx.state.districts.quetta.presence.bla).toBe(36);
    },
  },
  // ---- Kabul
  {
    actor: 'kabul',
    rule: 'open-war',
    setup: (s) => {
      s.week = 3;
      s.ladder = 4;
      s.history = [
        weekRecord(s, 1, { ladder: 4, strikes: 1 }),
        weekRecord(s, 2, { ladder: 4, strikes: 1 }),
      ];
      s.kabul.hostility = 90;
      s.kabul.hardliners = 75;
    },
    values: [2, 2, 90, 75],
    effect: (ctx) => {
      expect(ctx.state.ladder).toBe(5);
      expect(ctx.state.tally.ladderPeak).toBe(5);
      expect(ctx.events.map((e) => [e.kind, e.actor])).toEqual([['incident', 'kabul']]);
    },
  },
  {
    actor: 'kabul',
    rule: 'offensive',
    setup: (s) => {
      s.kabul.lastHumiliatedWeek = 1;
      s.kabul.hostility = 65;
    },
    values: [1, 65],
    effect: (ctx, before) => {
      expect(ctx.state.ladder).toBe(4);
      expect(ctx.state.tally.soldiers).toBeGreaterThanOrEqual(before.tally.soldiers + 3);
      expect(ctx.state.meters.publicPressure).toBe(before.meters.publicPressure + 6);
      expect(ctx.state.meters.deterrence).toBe(before.meters.deterrence - 4);
      expect(ctx.state.thisWeek.incidents).toBe(1);
    },
  },
  {
    actor: 'kabul',
    rule: 'miscalculated-offensive',
    setup: (s) => {
      s.week = 2;
      s.provinces.paktika.lastStruckWeek = 2;
      s.thisWeek.strikes = 1;
      s.history = [weekRecord(s, 1, { strikes: 1 })];
      s.kabul.hostility = 70;
    },
    values: [1, 2, 70],
    effect: (ctx, before) => {
      expect(ctx.state.ladder).toBe(4);
      expect(ctx.state.tally.soldiers).toBeGreaterThanOrEqual(before.tally.soldiers + 3);
      expect(ctx.state.meters.publicPressure).toBe(before.meters.publicPressure + 6);
    },
  },
  {
    actor: 'kabul',
    rule: 'answer-strikes',
    setup: (s) => (s.provinces.paktika.lastStruckWeek = 1),
    values: [1, 55],
    effect: (ctx, before) => {
      expect(ctx.state.ladder).toBe(2);
      const soldiers = ctx.state.tally.soldiers - before.tally.soldiers;
      expect(soldiers).toBeGreaterThanOrEqual(1);
      expect(soldiers).toBeLessThanOrEqual(5);
      expect(ctx.state.meters.publicPressure).toBe(before.meters.publicPressure + 3);
      expect(ctx.state.kabul.hostility).toBe(57);
      // The fire comes where Pakistan struck: a district facing Paktika.
      expect(['north-waziristan', 'south-waziristan-lower', 'zhob']).toContain(
        ctx.events[0]?.district,
      );
    },
  },
  {
    actor: 'kabul',
    rule: 'contest-the-line',
    setup: (s) => (s.kabul.lastBorderWorkWeek = 1),
    values: [1, 55],
    effect: (ctx, before) => {
      expect(ctx.state.ladder).toBe(2);
      const soldiers = ctx.state.tally.soldiers - before.tally.soldiers;
      expect(soldiers).toBeGreaterThanOrEqual(1);
      expect(soldiers).toBeLessThanOrEqual(5);
      expect(ctx.state.thisWeek.incidents).toBe(1);
    },
  },
  {
    actor: 'kabul',
    rule: 'restrain-ttp',
    setup: (s) => (s.kabul.restraint = 50),
    values: [50, 50, 55],
    effect: (ctx) => {
      expect(ctx.state.provinces.paktika.sanctuary.ttp).toBe(51);
      expect(ctx.state.provinces.kunar.sanctuary.ttp).toBe(41);
      expect(ctx.state.provinces.nangarhar.sanctuary.ttp).toBe(35);
      expect(ctx.state.groups.ttp.morale).toBe(52);
      expect(ctx.state.kabul.hardliners).toBe(52);
      expect(ctx.state.kabul.lastRestrainedWeek).toBe(1);
    },
  },
  {
    actor: 'kabul',
    rule: 'reject-blame',
    setup: (s) => {
      s.kabul.lastBlamedWeek = 1;
      s.ladder = 0;
    },
    values: [1],
    effect: (ctx) => {
      expect(ctx.state.kabul.hostility).toBe(58);
      expect(ctx.state.ladder).toBe(1);
    },
  },
  {
    actor: 'kabul',
    rule: 'goodwill',
    setup: (s) => (s.kabul.hostility = 35),
    values: [35, 60],
    effect: (ctx) => {
      expect(ctx.state.kabul.hostility).toBe(32);
      expect(ctx.state.kabul.restraint).toBe(27);
    },
  },
  { actor: 'kabul', rule: 'deny', values: [], effect: nothingChanged },
  // ---- China
  {
    actor: 'china',
    rule: 'protect-cpec',
    setup: (s) => (s.thisWeek.cpecAttacks = 1),
    values: [1],
    effect: (ctx) => {
      expect(ctx.state.kabul.restraint).toBe(26);
      expect(ctx.state.powers.china.stance).toBe(70);
      expect(ctx.events.map((e) => [e.kind, e.actor])).toEqual([['statement', 'china']]);
    },
  },
  {
    actor: 'china',
    rule: 'offer-urumqi',
    setup: (s) => (s.ladder = 3),
    values: [3, 0],
    effect: offered('china', 3),
  },
  {
    actor: 'china',
    rule: 'urge-calm',
    setup: (s) => (s.thisWeek.strikes = 1),
    values: [1],
    effect: (ctx) => {
      expect(ctx.state.kabul.restraint).toBe(26);
      expect(ctx.state.powers.china.stance).toBe(69);
    },
  },
  {
    actor: 'china',
    rule: 'invest',
    values: [1, 70],
    effect: (ctx) => expect(ctx.state.meters.fiscalRoom).toBe(52),
  },
  {
    actor: 'china',
    rule: 'watch',
    setup: (s) => (s.ladder = 2),
    values: [],
    effect: nothingChanged,
  },
  // ---- Iran
  {
    actor: 'iran',
    rule: 'take-transit',
    setup: (s) => (s.crossings.torkham = { open: false, closedWeeks: 1 }),
    values: [50],
    effect: (ctx) => expect(ctx.state.kabul.tradeDependence).toBe(59),
  },
  {
    actor: 'iran',
    rule: 'push-returns',
    setup: (s) => (s.ladder = 3),
    values: [3],
    effect: (ctx, before) => {
      expect(ctx.state.tally.iranDeportations).toBeGreaterThanOrEqual(
        before.tally.iranDeportations + 20000,
      );
      expect(ctx.state.kabul.restraint).toBe(before.kabul.restraint - 1);
      expect(ctx.events.map((e) => [e.kind, e.actor])).toEqual([['deportation', 'iran']]);
    },
  },
  { actor: 'iran', rule: 'watch', values: [], effect: nothingChanged },
  // ---- Qatar
  {
    actor: 'qatar',
    rule: 'offer-doha',
    setup: (s) => (s.ladder = 2),
    values: [2, 0, 0],
    effect: offered('qatar', 3),
  },
  {
    actor: 'qatar',
    rule: 'press-verification',
    setup: (s) => (s.diplomacy.truceWeeks = 3),
    values: [1, 0],
    effect: (ctx) => {
      expect(ctx.state.kabul.restraint).toBe(27);
      expect(ctx.state.diplomacy.talksProgress).toBe(2);
    },
  },
  { actor: 'qatar', rule: 'watch', values: [], effect: nothingChanged },
  // ---- Türkiye
  {
    actor: 'turkiye',
    rule: 'press-verification',
    setup: (s) => (s.diplomacy.talksProgress = 30),
    values: [30, 0],
    effect: (ctx) => {
      expect(ctx.state.kabul.restraint).toBe(27);
      expect(ctx.state.diplomacy.talksProgress).toBe(32);
    },
  },
  {
    actor: 'turkiye',
    rule: 'offer-istanbul',
    setup: (s) => (s.ladder = 3),
    values: [3, 0],
    effect: offered('turkiye', 3),
  },
  { actor: 'turkiye', rule: 'watch', values: [], effect: nothingChanged },
  // ---- Saudi Arabia
  {
    actor: 'saudi',
    rule: 'offer-money',
    setup: (s) => (s.meters.fiscalRoom = 30),
    values: [30, 70, 0],
    effect: offered('saudi', 4),
  },
  {
    actor: 'saudi',
    rule: 'offer-riyadh',
    setup: (s) => (s.ladder = 3),
    values: [3, 0],
    effect: offered('saudi', 3),
  },
  { actor: 'saudi', rule: 'watch', values: [], effect: nothingChanged },
  // ---- UAE
  {
    actor: 'uae',
    rule: 'offer-money',
    setup: (s) => (s.meters.fiscalRoom = 25),
    values: [25, 60, 0],
    effect: offered('uae', 4),
  },
  { actor: 'uae', rule: 'watch', values: [], effect: nothingChanged },
  // ---- UN
  {
    actor: 'un',
    rule: 'report-harm',
    setup: (s) => (s.thisWeek.civiliansAfghanistan = 6),
    values: [6],
    effect: (ctx) => {
      // 2 + 6/6 legitimacy lost.
      expect(ctx.state.meters.legitimacy).toBe(47);
      expect(ctx.state.powers.un.stance).toBe(48);
      expect(ctx.events[0]?.words).toEqual({ id: 'un-harm-report', civilians: 6 });
    },
  },
  {
    actor: 'un',
    rule: 'oppose-returns',
    setup: (s) => (s.deportationsAcceleratedWeek = 1),
    values: [1],
    effect: (ctx) => expect(ctx.state.meters.legitimacy).toBe(48),
  },
  {
    actor: 'un',
    rule: 'urge-restraint',
    setup: (s) => (s.ladder = 3),
    values: [3],
    effect: (ctx) => {
      expect(ctx.state.kabul.restraint).toBe(26);
      expect(ctx.state.powers.un.stance).toBe(50);
    },
  },
  { actor: 'un', rule: 'monitor', values: [], effect: nothingChanged },
  // ---- United States
  {
    actor: 'us',
    rule: 'designate',
    setup: (s) => (s.thisWeek.attacks = 2),
    values: [2, 50],
    effect: (ctx) => {
      expect(ctx.state.groups.ttp.funding).toBe(46);
      expect(ctx.state.groups.bla.funding).toBe(45);
      expect(ctx.state.powers.us.stance).toBe(51);
    },
  },
  {
    actor: 'us',
    rule: 'endorse-strikes',
    setup: (s) => (s.thisWeek.strikes = 1),
    values: [1],
    effect: (ctx) => {
      expect(ctx.state.meters.legitimacy).toBe(51);
      expect(ctx.state.powers.us.stance).toBe(51);
    },
  },
  { actor: 'us', rule: 'watch', values: [], effect: nothingChanged },
];

describe('doctrine rules', () => {
  it('has exactly one test case for every rule of every doctrine', () => {
    const ruleIds = DOCTRINES.flatMap((d) => d.rules.map((r) => `${d.actor}/${r.id}`));
    const caseIds = CASES.map((c) => `${c.actor}/${c.rule}`);
    expect([...caseIds].sort()).toEqual([...ruleIds].sort());
  });

  it.each(CASES.map((c) => [`${c.actor}/${c.rule}`, c] as const))(
    '%s fires when its conditions hold and earlier rules do not',
    (_, c) => {
      const before = withState(game('sandbox', 1), (s) => c.setup?.(s));
      const rule = ruleOf(c.actor, c.rule);
      const ctx = context(before, [0, ...(c.rolls ?? [])]);
      runDoctrine(ctx, doctrineOf(c.actor));

      // (a) the trace names the rule that fired.
      expect(ctx.traces).toHaveLength(1);
      const trace = ctx.traces[0]!;
      expect(trace.actor).toBe(c.actor);
      expect(trace.fired).toBe(c.rule);
      expect(EN.outcome(trace.outcome).length).toBeGreaterThan(0);

      // Every earlier rule was checked and failed on at least one condition, not on the dice.
      const rules: readonly Rule[] = doctrineOf(c.actor).rules;
      const index = rules.indexOf(rule);
      expect(trace.checks.map((check) => check.rule)).toEqual(
        rules.slice(0, index + 1).map((r) => r.id),
      );
      for (const earlier of trace.checks.slice(0, index)) {
        expect(earlier.fired).toBe(false);
        expect(earlier.conditions.some((condition) => !condition.passed)).toBe(true);
        expect(earlier.dice).toBeUndefined();
      }

      // (b) each condition recorded as the rule states it, with its value and passed = true.
      const check = trace.checks[index]!;
      expect(check.fired).toBe(true);
      expect(check.conditions).toEqual(
        rule.when.map((condition, i) => ({ condition, value: c.values[i], passed: true })),
      );
      if (rule.chance === undefined) expect(check.dice).toBeUndefined();
      else expect(check.dice).toEqual({ ...ruleChance(rule, before, c.actor), roll: 0 });

      // (c) the reaction did what it says, with the rule as the cause of every change.
      c.effect(ctx, before);
      for (const change of ctx.changes) expect(change.cause).toBe(`rule:${c.actor}/${c.rule}`);
    },
  );
});

describe('doctrine runner', () => {
  const struck = withState(game('sandbox', 1), (s) => (s.groups.ttp.lastStruckWeek = 1));
  // TTP in the sandbox: strength 60, morale 55, deterrence 45, best foothold 45, Paktika 55.
  const proveSurvival = ruleOf('ttp', 'prove-survival');

  it('records a failed roll with its dice and falls through to the next rule', () => {
    const ctx = context(struck, [99, 0, 99, 0]);
    runDoctrine(ctx, doctrineOf('ttp'));
    const trace = ctx.traces[0]!;
    const [survival, regroup, spoilTalks, softPolice] = trace.checks;
    expect(survival).toMatchObject({ rule: 'prove-survival', fired: false, dice: { roll: 99 } });
    expect(survival!.conditions.every((condition) => condition.passed)).toBe(true);
    expect(regroup).toMatchObject({ rule: 'regroup', fired: false });
    expect(spoilTalks).toMatchObject({ rule: 'spoil-talks', fired: false });
    expect(spoilTalks!.dice).toBeUndefined();
    expect(softPolice).toMatchObject({ rule: 'hit-soft-police', fired: true, dice: { roll: 0 } });
    expect(trace.fired).toBe('hit-soft-police');
    expect(ctx.changes.every((c) => c.cause === 'rule:ttp/hit-soft-police')).toBe(true);
  });

  it('fires when the roll is one below the chance and not when it equals it', () => {
    const { chance } = ruleChance(proveSurvival, struck, 'ttp');
    const hit = context(struck, [chance - 1, 99, 0]);
    runDoctrine(hit, doctrineOf('ttp'));
    expect(hit.traces[0]!.fired).toBe('prove-survival');
    const miss = context(struck, [chance, 99]);
    runDoctrine(miss, doctrineOf('ttp'));
    expect(miss.traces[0]!.checks[0]).toMatchObject({ fired: false, dice: { roll: chance } });
  });

  it('a provoked attack follows capability, foothold and sanctuary, not deterrence', () => {
    // Strength 60 (+3), morale 55 (+1), best foothold 45 (+3), sanctuary 55 (+5): 70 + 12.
    expect(chanceModifiers(proveSurvival, struck, 'ttp')).toEqual([
      { id: 'capability', points: 4 },
      { id: 'foothold', points: 3 },
      { id: 'sanctuary', points: 5 },
    ]);
    expect(ruleChance(proveSurvival, struck, 'ttp').chance).toBe(82);
    const deterred = withState(struck, (s) => (s.meters.deterrence = 90));
    expect(ruleChance(proveSurvival, deterred, 'ttp').chance).toBe(82);
  });

  it('deterrence holds back unprovoked attacks: 2 points fewer for every 3 above 45, more below', () => {
    const softPolice = ruleOf('ttp', 'hit-soft-police');
    const at = (deterrence: number) =>
      ruleChance(
        softPolice,
        withState(game('sandbox', 1), (s) => (s.meters.deterrence = deterrence)),
        'ttp',
      ).chance;
    // Base 50, with 12 from capability, foothold and sanctuary.
    expect(at(45)).toBe(62);
    expect(at(85)).toBe(36);
    expect(at(25)).toBe(75);
  });

  it('weaker, demoralised groups attack less; a group with no foothold cannot attack', () => {
    const weak = withState(struck, (s) => {
      s.groups.ttp.strength = 20;
      s.groups.ttp.morale = 30;
    });
    expect(chanceModifiers(proveSurvival, weak, 'ttp')).toContainEqual({
      id: 'capability',
      points: -15,
    });
    const nowhere = withState(struck, (s) => {
      for (const id of DISTRICT_IDS) s.districts[id].presence.ttp = 0;
    });
    expect(ruleChance(proveSurvival, nowhere, 'ttp')).toEqual({ chance: 0, modifiers: [] });
  });

  it(`Kabul's restraint takes ${RESTRAINT_POINTS} points off the TTP's attacks for three weeks`, () => {
    const softPolice = ruleOf('ttp', 'hit-soft-police');
    const restrained = (week: number) =>
      withState(game('sandbox', 1), (s) => {
        s.week = 5;
        s.kabul.lastRestrainedWeek = week;
      });
    expect(chanceModifiers(softPolice, restrained(2), 'ttp')).toContainEqual({
      id: 'kabul-restraint',
      points: -RESTRAINT_POINTS,
    });
    expect(
      chanceModifiers(softPolice, restrained(1), 'ttp').some((m) => m.id === 'kabul-restraint'),
    ).toBe(false);
    expect(
      chanceModifiers(ruleOf('hgb', 'quadcopters'), restrained(4), 'hgb').some(
        (m) => m.id === 'kabul-restraint',
      ),
    ).toBe(false);
  });

  it.each([
    ['easy', -10],
    ['normal', 0],
    ['hard', 10],
  ] as const)('adds the %s aggression to hostile rules (%i points)', (difficulty, points) => {
    const state = withState(
      game('sandbox', 1, difficulty),
      (s) => (s.groups.ttp.lastStruckWeek = 1),
    );
    const ctx = context(state, [99, 99, 99]);
    runDoctrine(ctx, doctrineOf('ttp'));
    expect(ctx.traces[0]!.checks[0]!.dice).toEqual({
      chance: 82 + points,
      roll: 99,
      modifiers: [
        ...(points === 0 ? [] : [{ id: 'difficulty', points }]),
        { id: 'capability', points: 4 },
        { id: 'foothold', points: 3 },
        { id: 'sanctuary', points: 5 },
      ],
    });
  });

  it('leaves the chance of rules that are not hostile alone', () => {
    const ctx = context(game('sandbox', 1, 'hard'), [99]);
    runDoctrine(ctx, doctrineOf('china'));
    const invest = ctx.traces[0]!.checks.find((c) => c.rule === 'invest');
    expect(invest?.dice).toEqual({ chance: 25, roll: 99, modifiers: [] });
    expect(ctx.traces[0]!.fired).toBe('watch');
  });

  it('ends every doctrine with a rule that has no conditions and no dice', () => {
    for (const doctrine of DOCTRINES) {
      const last = doctrine.rules[doctrine.rules.length - 1];
      expect(last?.when, doctrine.actor).toEqual([]);
      expect(last?.chance, doctrine.actor).toBeUndefined();
    }
  });

  it('gives every actor exactly one doctrine, and no doctrine to anyone else', () => {
    expect(DOCTRINES.map((d) => d.actor)).toEqual([...ACTOR_IDS]);
    expect(new Set(DOCTRINES.map((d) => d.actor)).size).toBe(ACTOR_IDS.length);
  });

  it('gives rule ids that are unique within each doctrine', () => {
    for (const doctrine of DOCTRINES) {
      const ids = doctrine.rules.map((r) => r.id);
      expect(new Set(ids).size, doctrine.actor).toBe(ids.length);
    }
  });

  it('reads conditions only through known readers', () => {
    for (const doctrine of DOCTRINES)
      for (const rule of doctrine.rules)
        for (const condition of rule.when) expect(READERS).toHaveProperty(condition.read);
  });

  it('only militant groups attack', () => {
    for (const doctrine of DOCTRINES)
      for (const rule of doctrine.rules)
        if (rule.reaction.kind === 'attack')
          expect(GROUP_IDS as readonly string[]).toContain(doctrine.actor);
  });
});
