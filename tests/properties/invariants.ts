// The invariants every legal game must keep, week by week, shared by the property suites. They
// throw a plain Error naming the first broken invariant (fast-check then shrinks to the smallest
// game that breaks it); hand-written rather than `expect` because they run millions of times.
import {
  ACTOR_IDS,
  CROSSING_IDS,
  DISTRICT_IDS,
  ENDING_GRADES,
  GROUP_IDS,
  METER_IDS,
  NEVER,
  POWER_IDS,
  PROVINCE_IDS,
  SCENARIOS,
  fingerprint,
  newGame,
  resolveTurn,
  type Decision,
  type Difficulty,
  type GameState,
  type ScenarioId,
  type WeekReport,
} from '../../src/engine';
import { EN } from '../../src/text';

export interface Options {
  scenario: ScenarioId;
  seed: number;
  difficulty: Difficulty;
}

function fail(message: string): never {
  throw new Error(message);
}

function inRange(path: string, value: number, low: number, high: number): void {
  if (!(value >= low && value <= high)) fail(`${path} = ${value}, outside ${low}..${high}`);
}

/** Every number anywhere in `value` must be a safe integer (so no NaN, no Infinity, no fractions). */
export function checkIntegers(value: unknown, path = 'state'): void {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) fail(`${path} = ${value} is not an integer`);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => checkIntegers(item, `${path}[${index}]`));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) checkIntegers(item, `${path}.${key}`);
  } else if (value === undefined) {
    fail(`${path} is undefined`);
  }
}

/** A stamp is NEVER, or a week already played (0 is the eve of the game, set by some scenarios). */
const isWeekStamp = (week: number, now: number) => week === NEVER || (week >= 0 && week < now);

/** Bounds of every level, counter and stamp in a state. */
export function checkState(state: GameState): void {
  checkIntegers(state);
  inRange('week', state.week, 1, state.maxWeeks + 1);
  inRange('rng', state.rng, 0, 0xffffffff);
  inRange('ladder', state.ladder, 0, 5);
  inRange('nextAttackId', state.nextAttackId, 1, Number.MAX_SAFE_INTEGER);
  inRange('quietWeeks', state.quietWeeks, 0, state.week);
  inRange('pressureCrisisWeeks', state.pressureCrisisWeeks, 0, state.week);
  for (const meter of METER_IDS) inRange(`meters.${meter}`, state.meters[meter], 0, 100);
  for (const id of DISTRICT_IDS) {
    const d = state.districts[id];
    for (const field of ['security', 'trust', 'police', 'economy'] as const)
      inRange(`districts.${id}.${field}`, d[field], 0, 100);
    for (const group of GROUP_IDS)
      inRange(`districts.${id}.presence.${group}`, d.presence[group], 0, 100);
    for (const field of ['displaced', 'civilianHarm', 'counterDroneWeeks', 'curfewWeeks'] as const)
      inRange(`districts.${id}.${field}`, d[field], 0, Number.MAX_SAFE_INTEGER);
  }
  for (const id of PROVINCE_IDS) {
    const p = state.provinces[id];
    inRange(`provinces.${id}.intel`, p.intel, 0, 100);
    for (const group of GROUP_IDS)
      inRange(`provinces.${id}.sanctuary.${group}`, p.sanctuary[group], 0, 100);
    inRange(`provinces.${id}.civilianHarm`, p.civilianHarm, 0, Number.MAX_SAFE_INTEGER);
    if (!isWeekStamp(p.lastStruckWeek, state.week))
      fail(`provinces.${id}.lastStruckWeek = ${p.lastStruckWeek} in week ${state.week}`);
  }
  for (const id of CROSSING_IDS) {
    const c = state.crossings[id];
    // A crossing shut before the game opened counts the weeks it had been shut already.
    const shutBefore = Math.max(0, (SCENARIOS[state.scenario].closedCrossings[id] ?? 0) - 1);
    inRange(`crossings.${id}.closedWeeks`, c.closedWeeks, 0, state.week + shutBefore);
    if (c.open && c.closedWeeks !== 0)
      fail(`crossing ${id} is open but closedWeeks = ${c.closedWeeks}`);
  }
  for (const id of GROUP_IDS) {
    const g = state.groups[id];
    for (const field of ['strength', 'morale', 'funding', 'recruitment', 'grievance'] as const)
      inRange(`groups.${id}.${field}`, g[field], 0, 100);
    if (!isWeekStamp(g.lastStruckWeek, state.week) || !isWeekStamp(g.lastAttackWeek, state.week))
      fail(`groups.${id} has a week stamp from the future in week ${state.week}`);
  }
  for (const field of ['hostility', 'restraint', 'hardliners', 'tradeDependence'] as const)
    inRange(`kabul.${field}`, state.kabul[field], 0, 100);
  for (const id of POWER_IDS) {
    inRange(`powers.${id}.stance`, state.powers[id].stance, 0, 100);
    inRange(`powers.${id}.offerUntil`, state.powers[id].offerUntil, 0, Number.MAX_SAFE_INTEGER);
  }
  inRange('diplomacy.talksProgress', state.diplomacy.talksProgress, 0, 100);
  inRange('diplomacy.truceWeeks', state.diplomacy.truceWeeks, 0, Number.MAX_SAFE_INTEGER);
  const mediator = state.diplomacy.mediator;
  if (mediator !== 'none' && !(POWER_IDS as readonly string[]).includes(mediator))
    fail(`diplomacy.mediator = ${mediator}`);
  for (const [key, value] of Object.entries(state.tally))
    inRange(`tally.${key}`, value, 0, Number.MAX_SAFE_INTEGER);
  inRange('tally.ladderPeak', state.tally.ladderPeak, state.ladder, 5);
  for (const [id, until] of Object.entries(state.cooldowns))
    inRange(`cooldowns.${id}`, until, 1, 1000);
  for (const p of state.programmes)
    inRange(`programme ${p.response}.weeksLeft`, p.weeksLeft, 0, 100);
  if (state.history.length !== state.week - 1)
    fail(`history has ${state.history.length} weeks in week ${state.week}`);
  state.history.forEach((record, index) => {
    if (record.week !== index + 1) fail(`history[${index}].week = ${record.week}`);
    for (const meter of METER_IDS)
      inRange(`history[${index}].${meter}`, record.meters[meter], 0, 100);
    inRange(`history[${index}].ladder`, record.ladder, 0, state.tally.ladderPeak);
  });
}

const CAUSE = /^(response|rule|event|drift):\S+$/;

/**
 * Every numeric level the report's Changes speak about, named `subject|field` as a Change names it,
 * read in one fixed order so the changes can be summed and compared with what really moved.
 */
const LEDGER: readonly (readonly [key: string, read: (state: GameState) => number])[] = [
  ...METER_IDS.map((meter) => [`national|${meter}`, (s: GameState) => s.meters[meter]] as const),
  ['ladder|ladder', (s) => s.ladder],
  ...DISTRICT_IDS.flatMap((id) => [
    ...(
      [
        'security',
        'trust',
        'police',
        'economy',
        'displaced',
        'civilianHarm',
        'counterDroneWeeks',
        'curfewWeeks',
      ] as const
    ).map(
      (field) => [`district:${id}|${field}`, (s: GameState) => s.districts[id][field]] as const,
    ),
    ...GROUP_IDS.map(
      (group) =>
        [`district:${id}|${group}`, (s: GameState) => s.districts[id].presence[group]] as const,
    ),
  ]),
  ...PROVINCE_IDS.flatMap((id) => [
    [`province:${id}|intel`, (s: GameState) => s.provinces[id].intel] as const,
    [`province:${id}|civilianHarm`, (s: GameState) => s.provinces[id].civilianHarm] as const,
    ...GROUP_IDS.map(
      (group) =>
        [`province:${id}|${group}`, (s: GameState) => s.provinces[id].sanctuary[group]] as const,
    ),
  ]),
  ...GROUP_IDS.flatMap((id) =>
    (['strength', 'morale', 'funding', 'recruitment', 'grievance'] as const).map(
      (field) => [`group:${id}|${field}`, (s: GameState) => s.groups[id][field]] as const,
    ),
  ),
  ...(['hostility', 'restraint', 'hardliners', 'tradeDependence'] as const).map(
    (field) => [`kabul|${field}`, (s: GameState) => s.kabul[field]] as const,
  ),
  ...POWER_IDS.map((id) => [`power:${id}|stance`, (s: GameState) => s.powers[id].stance] as const),
  ['diplomacy|talksProgress', (s) => s.diplomacy.talksProgress],
  ['diplomacy|truceWeeks', (s) => s.diplomacy.truceWeeks],
  ...(
    [
      'civiliansPakistan',
      'civiliansAfghanistan',
      'police',
      'soldiers',
      'militants',
      'attacks',
      'displaced',
      'deportations',
      'tradeLostMillions',
      'ladderPeak',
    ] as const
  ).map((field) => [`tally|${field}`, (s: GameState) => s.tally[field]] as const),
];
const LEDGER_INDEX = new Map(LEDGER.map(([key], index) => [key, index]));

/** The week's report against the states before and after it. */
export function checkReport(
  before: GameState,
  after: GameState,
  decisions: readonly Decision[],
  report: WeekReport,
): void {
  if (report.week !== before.week) fail(`report.week = ${report.week}, expected ${before.week}`);
  if (after.week !== before.week + 1) fail(`week went from ${before.week} to ${after.week}`);
  if (JSON.stringify(report.decisions) !== JSON.stringify(decisions))
    fail(`report.decisions ${JSON.stringify(report.decisions)} ≠ ${JSON.stringify(decisions)}`);

  // One trace per actor, in reaction order; the fired rule is the one (and only) check that fired.
  const actors = report.traces.map((t) => t.actor);
  if (actors.join() !== ACTOR_IDS.join()) fail(`traces are for [${actors.join()}]`);
  for (const trace of report.traces) {
    const fired = trace.checks.filter((c) => c.fired);
    if (fired.length !== 1 || fired[0]!.rule !== trace.fired || trace.checks.at(-1) !== fired[0])
      fail(`${trace.actor}: fired "${trace.fired}" but checks fired [${fired.map((c) => c.rule)}]`);
    if (!trace.outcome.id) fail(`${trace.actor}: no outcome`);
    for (const check of trace.checks) {
      for (const condition of check.conditions)
        if (!Number.isFinite(condition.value))
          fail(
            `${trace.actor}/${check.rule}: "${condition.condition.read}" read ${condition.value}`,
          );
      const allPassed = check.conditions.every((c) => c.passed);
      if (check.dice) {
        if (!allPassed) fail(`${trace.actor}/${check.rule}: rolled dice though a condition failed`);
        inRange(`${trace.actor}/${check.rule} roll`, check.dice.roll, 0, 99);
        inRange(`${trace.actor}/${check.rule} chance`, check.dice.chance, 0, 100);
      }
      const expected = allPassed && (!check.dice || check.dice.roll < check.dice.chance);
      if (check.fired !== expected) fail(`${trace.actor}/${check.rule}: fired = ${check.fired}`);
    }
  }

  // Every change has a cause, and the changes add up to exactly what moved.
  const sums = new Array<number>(LEDGER.length).fill(0);
  for (const change of report.changes) {
    if (!CAUSE.test(change.cause))
      fail(`change ${change.subject}.${change.field} has cause "${change.cause}"`);
    if (!Number.isSafeInteger(change.delta))
      fail(`change ${change.subject}.${change.field}: delta`);
    const index = LEDGER_INDEX.get(`${change.subject}|${change.field}`);
    if (index !== undefined) sums[index]! += change.delta;
  }
  LEDGER.forEach(([key, read], index) => {
    const moved = read(after) - read(before);
    if (moved !== sums[index])
      fail(`${key} moved by ${moved} but its changes add up to ${sums[index]}`);
  });
  report.events.forEach((event, index) => {
    if (event.order !== index + 1) fail(`event ${index} has order ${event.order}`);
    if (!CAUSE.test(event.cause)) fail(`event "${event.words.id}" has cause "${event.cause}"`);
    if (event.deaths !== undefined)
      inRange(`event "${event.words.id}" deaths`, event.deaths, 0, 1e9);
  });

  for (const meter of METER_IDS) {
    if (report.metersBefore[meter] !== before.meters[meter]) fail(`metersBefore.${meter}`);
    if (report.metersAfter[meter] !== after.meters[meter]) fail(`metersAfter.${meter}`);
  }
  if (report.ladderBefore !== before.ladder || report.ladderAfter !== after.ladder)
    fail('report ladder does not match the states');
  if (JSON.stringify(report.ending) !== JSON.stringify(after.ending))
    fail('report.ending is not the state ending');
}

/** A finished game's ending: known, consistent with its table entry, and within the game's weeks. */
export function checkEnding(state: GameState): void {
  const ending = state.ending;
  if (!ending) fail('the game has no ending');
  if (ENDING_GRADES[ending.id] !== ending.grade)
    fail(`unknown or inconsistent ending ${JSON.stringify(ending)}`);
  if (ending.week !== state.history.length || ending.week !== state.week - 1)
    fail(`ending in week ${ending.week} after ${state.history.length} weeks`);
  inRange('ending.week', ending.week, 1, state.maxWeeks);
  const graded = ending.grade !== 'bad';
  if (graded && ending.week !== state.maxWeeks)
    fail(`graded ending ${ending.id} came early, in week ${ending.week} of ${state.maxWeeks}`);
  if (ending.causes.length === 0 || EN.ending(ending).causes.some((c) => c.trim() === ''))
    fail(`ending ${ending.id} has no causes`);
}

export interface CheckedGame {
  state: GameState;
  /** The fingerprint after each week (only when asked for: hashing is the costliest part). */
  fingerprints: string[];
}

/**
 * Replays a game's decisions from its options, checking the state and report of every week and
 * the ending. Each week's decisions must be accepted.
 */
export function checkGame(
  options: Options,
  weeks: readonly (readonly Decision[])[],
  { everyWeek = true } = {},
): CheckedGame {
  const start = newGame(options);
  if (!start.ok) fail(start.error);
  let state = start.value;
  checkState(state);
  const fingerprints: string[] = [];
  for (const decisions of weeks) {
    if (state.ending) fail(`decisions given after the game ended in week ${state.ending.week}`);
    const turn = resolveTurn(state, decisions);
    if (!turn.ok) fail(`week ${state.week} refused: ${JSON.stringify(turn.error.reason)}`);
    checkState(turn.value.state);
    checkReport(state, turn.value.state, decisions, turn.value.report);
    state = turn.value.state;
    if (everyWeek) fingerprints.push(fingerprint(state));
  }
  checkEnding(state);
  return { state, fingerprints };
}
