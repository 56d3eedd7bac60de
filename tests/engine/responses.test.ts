// Every player response: a reachable week where it is available, what applying it records, what it
// costs; and every typed refusal, so illegal input always comes back as a value, never a throw.
import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  RESPONSES,
  fingerprint,
  resolveTurn,
  responsesFor,
  validateDecisions,
  type Decision,
  type DecisionError,
  type GameState,
  type ResponseOption,
  type Result,
  type Unavailable,
} from '../../src/engine';
import { EN } from '../../src/text';
import { game, withState } from './fixtures';

function option(state: GameState, id: string): ResponseOption {
  const found = responsesFor(state).find((o) => o.id === id);
  if (!found) throw new Error(`No response ${id}`);
  return found;
}

function next(state: GameState, decisions: Decision[] = []): GameState {
  const turn = resolveTurn(state, decisions);
  if (!turn.ok) throw new Error(JSON.stringify(turn.error.reason));
  return turn.value.state;
}

/** The first sandbox game (by seed) whose first week, left alone, ends with an attack on record. */
function afterAnAttack(): GameState {
  for (let seed = 1; seed <= 50; seed++) {
    const state = next(game('sandbox', seed));
    if (state.history[0]!.attacks > 0) return state;
  }
  throw new Error('No seed from 1 to 50 gives an attack in week 1');
}

const sandbox = game('sandbox', 1);

/** A refusal as the player reads it: its code, its English words and, on a cooldown, its week. */
function said(reason: Unavailable | null) {
  if (!reason) return null;
  const week = reason.code === 'cooldown' ? { untilWeek: reason.untilWeek } : {};
  return { code: reason.code, message: EN.unavailable(reason), ...week };
}

/** A week's check with its refusal as the player reads it. */
function saidResult<T>(result: Result<T, DecisionError>) {
  return result.ok
    ? result
    : { ok: false, error: { index: result.error.index, reason: said(result.error.reason) } };
}

/** For every response, a reachable state in which it may be chosen, and a target if it needs one. */
const AVAILABLE: Record<string, { state: () => GameState; target?: string }> = {
  'strike-camps': { state: () => sandbox, target: 'paktika' },
  'leadership-strike': {
    // What a few weeks of building intelligence over Paktika gives (35 + 6 + 3 × 4 = 53).
    state: () => withState(sandbox, (s) => (s.provinces.paktika.intel = 53)),
    target: 'paktika',
  },
  'strike-taliban-posts': { state: () => game('seven-camps', 1), target: 'kandahar' },
  'intelligence-based-operations': { state: () => sandbox, target: 'bannu' },
  'area-clearance': { state: () => sandbox, target: 'bannu' },
  curfew: { state: () => sandbox, target: 'bannu' },
  'hunt-urban-cells': { state: () => sandbox, target: 'peshawar' },
  'counter-drone': { state: () => sandbox, target: 'bannu' },
  'build-intelligence': { state: () => sandbox, target: 'paktika' },
  'police-capacity': { state: () => sandbox, target: 'bannu' },
  'harden-stations': { state: () => sandbox, target: 'bannu' },
  'speed-prosecutions': { state: () => sandbox },
  'close-crossing': { state: () => sandbox, target: 'khyber' },
  'reopen-crossing': { state: () => game('karachi', 1), target: 'khyber' },
  'repair-fence': { state: () => sandbox, target: 'khyber' },
  'transit-guarantees': { state: () => sandbox },
  'accelerate-deportations': { state: () => sandbox },
  'pause-deportations': { state: () => sandbox },
  'talks-qatar': { state: () => sandbox },
  'talks-turkiye': { state: () => sandbox },
  'talks-saudi': { state: () => sandbox },
  'talks-china': { state: () => sandbox },
  'propose-verification': {
    // The Doha truce's talks (35) after a few good rounds.
    state: () => withState(game('doha-truce', 1), (s) => (s.diplomacy.talksProgress = 62)),
  },
  'envoy-to-kabul': { state: () => sandbox },
  'raise-at-un': { state: () => sandbox },
  'afghan-outreach': { state: () => sandbox },
  development: { state: () => sandbox, target: 'bannu' },
  compensation: { state: () => game('karachi', 1), target: 'bajaur' },
  'cpec-security': { state: () => sandbox },
  'gulf-support': { state: () => sandbox },
  'blame-kabul': { state: afterAnAttack },
  'ulema-edict': { state: () => sandbox },
  'apex-committee': { state: () => sandbox },
  'provincial-compact': { state: () => sandbox },
  jirga: { state: () => sandbox, target: 'bannu' },
};

describe('the response table', () => {
  it('has 25 to 35 responses with unique ids, covering all ten categories', () => {
    expect(RESPONSES.length).toBeGreaterThanOrEqual(25);
    expect(RESPONSES.length).toBeLessThanOrEqual(35);
    expect(new Set(RESPONSES.map((r) => r.id)).size).toBe(RESPONSES.length);
    expect(CATEGORIES).toHaveLength(10);
    expect(new Set(RESPONSES.map((r) => r.category))).toEqual(new Set(CATEGORIES));
  });

  it('has an availability fixture for every response and no other', () => {
    expect(Object.keys(AVAILABLE).sort()).toEqual(RESPONSES.map((r) => r.id).sort());
  });

  it('gives every response a positive action cost, a non-negative price and a summary', () => {
    for (const r of RESPONSES) {
      expect(r.actions, r.id).toBeGreaterThan(0);
      expect(r.fiscal, r.id).toBeGreaterThanOrEqual(0);
      expect(r.cooldown, r.id).toBeGreaterThanOrEqual(0);
      expect(r.summary.length, r.id).toBeGreaterThan(20);
    }
  });
});

describe.each(RESPONSES.map((r) => [r.id, r] as const))('response %s', (id, def) => {
  const fixture = AVAILABLE[id]!;
  const decision: Decision =
    fixture.target === undefined ? { response: id } : { response: id, target: fixture.target };

  it('is available in a reachable week', () => {
    const state = fixture.state();
    const offered = option(state, id);
    expect(offered.unavailable).toBeNull();
    if (def.target === 'none') {
      expect(fixture.target).toBeUndefined();
      expect(offered.targets).toEqual([]);
    } else {
      expect(offered.targets.find((t) => t.id === fixture.target)?.reason).toBeNull();
    }
    expect(saidResult(validateDecisions(state, [decision]))).toEqual({
      ok: true,
      value: [decision],
    });
  });

  it('applies through resolveTurn and records its changes as its own', () => {
    const state = fixture.state();
    const turn = resolveTurn(state, [decision]);
    expect(turn.ok).toBe(true);
    if (!turn.ok) return;
    expect(turn.value.report.decisions).toEqual([decision]);
    const own = turn.value.report.changes.filter((c) => c.cause === `response:${id}`);
    expect(own.length).toBeGreaterThan(0);
    expect(turn.value.state.week).toBe(state.week + 1);
  });

  it(`deducts its cost (${def.fiscal}) from fiscal room`, () => {
    const state = fixture.state();
    const turn = resolveTurn(state, [decision]);
    if (!turn.ok) throw new Error(JSON.stringify(turn.error.reason));
    const spent = turn.value.report.changes.filter(
      (c) => c.cause === `response:${id}` && c.field === 'fiscalRoom' && c.delta < 0,
    );
    if (def.fiscal > 0) {
      expect(spent).toEqual([
        { subject: 'national', field: 'fiscalRoom', delta: -def.fiscal, cause: `response:${id}` },
      ]);
    } else {
      expect(spent).toEqual([]);
    }
  });
});

describe('typed refusals', () => {
  it('puts a used response on cooldown until a named week, then frees it', () => {
    const week2 = next(sandbox, [{ response: 'accelerate-deportations' }]);
    expect(said(option(week2, 'accelerate-deportations').unavailable)).toEqual({
      code: 'cooldown',
      message: 'Used recently; available again in week 4.',
      untilWeek: 4,
    });
    const refused = resolveTurn(week2, [{ response: 'accelerate-deportations' }]);
    expect(refused.ok || refused.error).toMatchObject({ index: 0, reason: { code: 'cooldown' } });
    const week3 = next(week2);
    expect(option(week3, 'accelerate-deportations').unavailable?.code).toBe('cooldown');
    const week4 = next(week3);
    expect(said(option(week4, 'accelerate-deportations').unavailable)).toBeNull();
  });

  it('never promises a cooldown week after the game has ended', () => {
    const last = withState(sandbox, (s) => {
      s.cooldowns['accelerate-deportations'] = s.maxWeeks + 1;
    });
    expect(said(option(last, 'accelerate-deportations').unavailable)).toEqual({
      code: 'cooldown',
      message: 'Used recently; not available again before the game ends.',
      untilWeek: last.maxWeeks + 1,
    });
    const inTime = withState(sandbox, (s) => {
      s.cooldowns['accelerate-deportations'] = s.maxWeeks;
    });
    expect(said(option(inTime, 'accelerate-deportations').unavailable)?.message).toBe(
      `Used recently; available again in week ${inTime.maxWeeks}.`,
    );
  });

  it('refuses Taliban posts below the cross-border-strikes rung', () => {
    expect(sandbox.ladder).toBe(1);
    expect(said(option(sandbox, 'strike-taliban-posts').unavailable)).toEqual({
      code: 'ladder',
      message: 'Only once the ladder reaches "Cross-border strikes".',
    });
    const refused = validateDecisions(sandbox, [
      { response: 'strike-taliban-posts', target: 'kandahar' },
    ]);
    expect(saidResult(refused)).toMatchObject({
      ok: false,
      error: { index: 0, reason: { code: 'ladder' } },
    });
  });

  it('refuses reopening a crossing above the cross-border-strikes rung', () => {
    const war = withState(game('karachi', 1), (s) => (s.ladder = 4));
    expect(said(option(war, 'reopen-crossing').unavailable)).toEqual({
      code: 'ladder',
      message: 'Not while the ladder stands above "Cross-border strikes".',
    });
  });

  it('refuses verification before the talks have gone far enough', () => {
    expect(said(option(sandbox, 'propose-verification').unavailable)).toEqual({
      code: 'prerequisite',
      message: 'Talks must reach 60 first (now 0).',
    });
  });

  it('refuses talks with a mediator whose stance is too cold', () => {
    const cold = withState(sandbox, (s) => (s.powers.qatar.stance = 39));
    expect(said(option(cold, 'talks-qatar').unavailable)).toMatchObject({
      code: 'prerequisite',
      message: expect.stringContaining('stance 39; needs 40'),
    });
  });

  it('refuses more actions than the week has', () => {
    const refused = validateDecisions(sandbox, [
      { response: 'strike-camps', target: 'paktika' },
      { response: 'area-clearance', target: 'bannu' },
      { response: 'apex-committee' },
    ]);
    expect(saidResult(refused)).toEqual({
      ok: false,
      error: {
        index: 2,
        reason: {
          code: 'capacity',
          message: 'These choices need 5 action points; the week has 4.',
        },
      },
    });
  });

  it('gives the hard difficulty fewer action points', () => {
    const hard = game('sandbox', 1, 'hard');
    const refused = validateDecisions(hard, [
      { response: 'strike-camps', target: 'paktika' },
      { response: 'apex-committee' },
      { response: 'envoy-to-kabul' },
    ]);
    expect(saidResult(refused)).toMatchObject({
      ok: false,
      error: { index: 2, reason: { code: 'capacity' } },
    });
  });

  it('refuses what the treasury cannot pay, alone or together', () => {
    const poor = withState(sandbox, (s) => (s.meters.fiscalRoom = 3));
    expect(said(option(poor, 'strike-camps').unavailable)).toEqual({
      code: 'fiscal',
      message: 'Costs 4 fiscal room; only 3 is left.',
    });
    const refused = validateDecisions(poor, [
      { response: 'hunt-urban-cells', target: 'peshawar' },
      { response: 'counter-drone', target: 'bannu' },
    ]);
    expect(saidResult(refused)).toEqual({
      ok: false,
      error: {
        index: 1,
        reason: { code: 'fiscal', message: 'These choices cost 4 fiscal room; only 3 is left.' },
      },
    });
  });

  it('refuses the same response twice in a week', () => {
    const refused = validateDecisions(sandbox, [
      { response: 'harden-stations', target: 'bannu' },
      { response: 'harden-stations', target: 'tank' },
    ]);
    expect(saidResult(refused)).toMatchObject({
      ok: false,
      error: { index: 1, reason: { code: 'duplicate' } },
    });
  });

  it('refuses two rounds of talks in one week', () => {
    const refused = validateDecisions(sandbox, [
      { response: 'talks-qatar' },
      { response: 'talks-turkiye' },
    ]);
    expect(saidResult(refused)).toMatchObject({
      ok: false,
      error: {
        index: 1,
        reason: { code: 'duplicate', message: expect.stringContaining('Only one of these') },
      },
    });
  });

  it('refuses a targeted response without a target', () => {
    expect(saidResult(validateDecisions(sandbox, [{ response: 'strike-camps' }]))).toEqual({
      ok: false,
      error: {
        index: 0,
        reason: {
          code: 'needs-target',
          message: '"Strike militant camps" needs an Afghan province.',
        },
      },
    });
  });

  it.each([
    [{ response: 'strike-camps', target: 'bannu' }, '"bannu" is not an Afghan province.'],
    [{ response: 'curfew', target: 'kandahar' }, '"kandahar" is not a district.'],
    [
      { response: 'hunt-urban-cells', target: 'bannu' },
      'Cell hunts work in the cities: Peshawar, Quetta, Karachi or Islamabad.',
    ],
    [
      { response: 'apex-committee', target: 'bannu' },
      '"Convene the apex committee" takes no target.',
    ],
  ])('refuses a bad target: %j', (decision, message) => {
    expect(saidResult(validateDecisions(sandbox, [decision]))).toEqual({
      ok: false,
      error: { index: 0, reason: { code: 'bad-target', message } },
    });
  });

  it('marks a response unavailable when none of its targets may be chosen', () => {
    // No one in the sandbox has yet been harmed or displaced.
    expect(said(option(sandbox, 'compensation').unavailable)).toEqual({
      code: 'bad-target',
      message: 'No district qualifies this week: no one there is waiting for compensation.',
    });
  });

  it('names no one province for all when each is refused for its own reason', () => {
    const noCamps = withState(sandbox, (s) => {
      for (const province of Object.values(s.provinces))
        for (const group of Object.keys(province.sanctuary) as (keyof typeof province.sanctuary)[])
          province.sanctuary[group] = 0;
    });
    const strike = option(noCamps, 'strike-camps');
    expect(said(strike.unavailable)).toEqual({
      code: 'bad-target',
      message: 'No Afghan province qualifies this week.',
    });
    // Each province keeps its own reason, for the panel to list.
    for (const t of strike.targets) expect(t.reason && EN.targetReason(t.reason)).toContain(t.name);
  });

  it('refuses a response that does not exist', () => {
    expect(saidResult(validateDecisions(sandbox, [{ response: 'nuclear-option' }]))).toEqual({
      ok: false,
      error: {
        index: 0,
        reason: { code: 'unknown-response', message: 'There is no response "nuclear-option".' },
      },
    });
  });

  it('refuses everything once the game is over', () => {
    const over = next(withState(sandbox, (s) => (s.ladder = 5)));
    expect(over.ending?.id).toBe('open-war');
    expect(responsesFor(over).every((o) => o.unavailable?.code === 'game-over')).toBe(true);
    expect(saidResult(resolveTurn(over, []))).toEqual({
      ok: false,
      error: { index: -1, reason: { code: 'game-over', message: 'The game is over.' } },
    });
  });

  it.each([
    ['null', null],
    ['a string', 'strike-camps'],
    ['a number', 7],
    ['a list with an empty object', [{}]],
    ['a numeric response id', [{ response: 5 }]],
    ['a list with null', [null]],
    ['an object', { response: 'apex-committee' }],
  ])('answers garbage (%s) with ok:false, never a throw', (_, garbage) => {
    const result = validateDecisions(sandbox, garbage);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.reason.code).toBe('unknown-response');
  });

  it('leaves the state untouched when it refuses a week', () => {
    const before = fingerprint(sandbox);
    const refused = resolveTurn(sandbox, [{ response: 'strike-camps' }]);
    expect(refused.ok).toBe(false);
    expect(fingerprint(sandbox)).toBe(before);
  });

  it('points at the first faulty decision of the week', () => {
    const refused = validateDecisions(sandbox, [
      { response: 'apex-committee' },
      { response: 'envoy-to-kabul' },
      { response: 'nonsense' },
    ]);
    expect(saidResult(refused)).toMatchObject({ ok: false, error: { index: 2 } });
  });
});
