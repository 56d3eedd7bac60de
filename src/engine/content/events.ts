/**
 * Scenario events drawn from domain.md §4: each may fire once, inside its weeks, when its
 * conditions hold (and its dice succeed). Contested claims say so in their text.
 */
import {
  adjustDistrict,
  adjustGroup,
  adjustKabul,
  adjustMeter,
  adjustStance,
  adjustTalks,
  count,
  emit,
  note,
  setTruce,
  type TurnContext,
} from '../context';
import { atLeast, atMost, yes } from '../conditions';
import type { Condition } from '../doctrine-types';
import { attack } from '../effects';
import type { PowerId, ScenarioId } from '../ids';
import type { ReaderIdFor, SharedReaderId } from '../readers';
import type { ClaimId } from './sources';

interface EventBase<Id extends string> {
  id: Id;
  title: string;
  scenarios: readonly ScenarioId[] | 'any';
  /** First and last week it may fire in. */
  weeks: readonly [number, number];
  chance?: number;
  apply: (ctx: TurnContext, cause: string) => void;
  sources: readonly ClaimId[];
}

/**
 * A scenario event reads the world as everyone sees it, or, when it names a power, that power's
 * own readings too (such as its stance).
 */
export type ScenarioEvent<Id extends string = EventId> =
  | (EventBase<Id> & { actor?: undefined; when: readonly Condition<SharedReaderId>[] })
  | (EventBase<Id> & { actor: PowerId; when: readonly Condition<ReaderIdFor<'power'>>[] });

function offer(ctx: TurnContext, power: PowerId, weeks: number, cause: string): void {
  const state = ctx.state.powers[power];
  state.offer = 'mediation';
  state.offerUntil = ctx.state.week + weeks;
  note(ctx, `power:${power}`, 'offer', 1, cause);
}

const EVENT_TABLE = [
  {
    id: 'captured-attacker',
    title: 'The captured attacker',
    scenarios: ['karachi'],
    weeks: [1, 1],
    when: [],
    apply(ctx, cause) {
      adjustMeter(ctx, 'publicPressure', 4, cause);
      adjustKabul(ctx, 'hostility', 3, cause);
      emit(ctx, {
        kind: 'attribution',
        actor: 'pakistan',
        district: 'karachi',
        cause,
        words: { id: 'captured-attacker' },
      });
    },
    sources: ['attribution-fog', 'urban-spectacle'],
  },
  {
    id: 'red-crescent-count',
    title: 'A count of the dead in Nangarhar',
    scenarios: ['seven-camps'],
    weeks: [1, 1],
    when: [],
    apply(ctx, cause) {
      count(ctx, 'civiliansAfghanistan', 18, cause);
      adjustMeter(ctx, 'legitimacy', -3, cause);
      adjustKabul(ctx, 'hardliners', 2, cause);
      emit(ctx, {
        kind: 'statement',
        actor: 'world',
        province: 'nangarhar',
        deaths: 18,
        cause,
        words: { id: 'red-crescent-count' },
      });
    },
    sources: ['human-cost', 'attribution-fog'],
  },
  {
    id: 'istanbul-round',
    title: 'The Istanbul round',
    scenarios: ['doha-truce'],
    weeks: [2, 2],
    when: [],
    apply(ctx, cause) {
      adjustTalks(ctx, 10, cause);
      const truce = ctx.state.diplomacy.truceWeeks > 0;
      if (truce) setTruce(ctx, ctx.state.diplomacy.truceWeeks + 4, cause);
      adjustStance(ctx, 'turkiye', 2, cause);
      emit(ctx, {
        kind: 'talks',
        actor: 'turkiye',
        cause,
        words: { id: 'istanbul-round', truceHeld: truce },
      });
    },
    sources: ['mediation-buys-time', 'verification'],
  },
  {
    id: 'istanbul-collapse',
    title: 'The second Istanbul round collapses',
    scenarios: ['doha-truce'],
    weeks: [3, 5],
    when: [atMost('talksProgress', 55), atMost('verification', 0)],
    chance: 50,
    apply(ctx, cause) {
      adjustTalks(ctx, -12, cause);
      adjustKabul(ctx, 'hostility', 4, cause);
      emit(ctx, {
        kind: 'talks',
        actor: 'turkiye',
        cause,
        words: { id: 'istanbul-collapse' },
      });
    },
    sources: ['mediation-buys-time'],
  },
  {
    id: 'capital-bombing',
    title: 'A bombing in the capital',
    scenarios: ['doha-truce'],
    weeks: [4, 4],
    when: [],
    apply(ctx, cause) {
      attack(ctx, 'ttp', 'islamabad', 'urban', cause);
      emit(ctx, {
        kind: 'attribution',
        actor: 'pakistan',
        district: 'islamabad',
        cause,
        words: { id: 'capital-bombing' },
      });
    },
    sources: ['urban-spectacle', 'attribution-fog', 'spoilers'],
  },
  {
    id: 'riyadh-offer',
    title: 'Riyadh offers talks',
    scenarios: ['doha-truce'],
    weeks: [6, 8],
    when: [atMost('truce', 0, 'lapsed')],
    apply(ctx, cause) {
      offer(ctx, 'saudi', 3, cause);
      emit(ctx, {
        kind: 'talks',
        actor: 'saudi',
        cause,
        words: { id: 'riyadh-offer' },
      });
    },
    sources: ['gulf-leverage'],
  },
  {
    id: 'soldiers-freed',
    title: 'Captured soldiers freed',
    scenarios: ['doha-truce', 'seven-camps'],
    actor: 'saudi',
    weeks: [2, 14],
    when: [atLeast('stance', 60, 'warm'), atMost('hostility', 80, 'not-extreme')],
    chance: 20,
    apply(ctx, cause) {
      adjustKabul(ctx, 'hostility', -4, cause);
      adjustMeter(ctx, 'publicPressure', -2, cause);
      adjustStance(ctx, 'saudi', 2, cause);
      emit(ctx, {
        kind: 'talks',
        actor: 'kabul',
        cause,
        words: { id: 'soldiers-freed' },
      });
    },
    sources: ['gulf-leverage', 'kabul-constrained'],
  },
  {
    id: 'eid-truce-request',
    title: 'A call for an Eid truce',
    scenarios: ['seven-camps', 'karachi', 'sandbox'],
    weeks: [3, 10],
    when: [atLeast('ladder', 3)],
    chance: 50,
    apply(ctx, cause) {
      for (const power of ['saudi', 'qatar', 'turkiye'] as const) offer(ctx, power, 2, cause);
      emit(ctx, {
        kind: 'talks',
        actor: 'saudi',
        cause,
        words: { id: 'eid-truce-request' },
      });
    },
    sources: ['gulf-leverage', 'mediation-buys-time'],
  },
  {
    id: 'urumqi-pledge',
    title: 'China convenes Urumqi',
    scenarios: 'any',
    weeks: [2, 24],
    when: [atLeast('ladder', 4, 'or-worse')],
    apply(ctx, cause) {
      offer(ctx, 'china', 3, cause);
      adjustKabul(ctx, 'restraint', 3, cause);
      emit(ctx, {
        kind: 'talks',
        actor: 'china',
        cause,
        words: { id: 'urumqi-pledge' },
      });
    },
    sources: ['china-cpec', 'mediation-buys-time'],
  },
  {
    id: 'medicine-ban',
    title: 'Kabul bans Pakistani medicines',
    // It came in November 2025 (domain.md §4): already history when Seven camps and Karachi open.
    scenarios: ['doha-truce', 'sandbox'],
    weeks: [1, 24],
    when: [atLeast('majorClosureWeeks', 6)],
    apply(ctx, cause) {
      adjustKabul(ctx, 'tradeDependence', -3, cause);
      adjustDistrict(ctx, 'peshawar', 'economy', -2, cause);
      adjustDistrict(ctx, 'khyber', 'economy', -2, cause);
      adjustMeter(ctx, 'fiscalRoom', -1, cause);
      emit(ctx, {
        kind: 'trade',
        actor: 'kabul',
        cause,
        words: { id: 'medicine-ban' },
      });
    },
    sources: ['closures-cut-both-ways'],
  },
  {
    id: 'contested-hospital-strike',
    title: 'A disputed strike in Kabul',
    scenarios: 'any',
    weeks: [1, 24],
    when: [yes('capitalStruck')],
    apply(ctx, cause) {
      adjustMeter(ctx, 'legitimacy', -6, cause);
      adjustStance(ctx, 'un', -5, cause);
      adjustKabul(ctx, 'hostility', 5, cause);
      adjustKabul(ctx, 'hardliners', 4, cause);
      emit(ctx, {
        kind: 'statement',
        actor: 'kabul',
        province: 'kabul',
        cause,
        words: { id: 'contested-hospital-strike' },
      });
    },
    sources: ['attribution-fog', 'human-cost'],
  },
  {
    id: 'quadcopter-spread',
    title: 'Quadcopters spread',
    scenarios: 'any',
    weeks: [2, 12],
    when: [],
    chance: 15,
    apply(ctx, cause) {
      adjustGroup(ctx, 'hgb', 'strength', 3, cause);
      adjustGroup(ctx, 'ttp', 'strength', 2, cause);
      adjustDistrict(ctx, 'bannu', 'police', -3, cause);
      adjustDistrict(ctx, 'north-waziristan', 'police', -3, cause);
      emit(ctx, {
        kind: 'incident',
        actor: 'hgb',
        district: 'bannu',
        cause,
        words: { id: 'quadcopter-spread' },
      });
    },
    sources: ['hgb-waziristan', 'policing-slow'],
  },
  {
    id: 'bla-designation',
    title: 'The US lists the BLA',
    scenarios: ['sandbox'],
    weeks: [4, 12],
    when: [],
    chance: 20,
    apply(ctx, cause) {
      adjustGroup(ctx, 'bla', 'funding', -6, cause);
      adjustStance(ctx, 'us', 3, cause);
      emit(ctx, {
        kind: 'statement',
        actor: 'us',
        cause,
        words: { id: 'bla-designation' },
      });
    },
    sources: ['bla-cpec'],
  },
  {
    id: 'saudi-defence-pact',
    title: 'A mutual defence pact with Riyadh',
    scenarios: ['sandbox'],
    weeks: [8, 12],
    when: [],
    chance: 30,
    apply(ctx, cause) {
      adjustStance(ctx, 'saudi', 8, cause);
      adjustMeter(ctx, 'fiscalRoom', 3, cause);
      adjustMeter(ctx, 'deterrence', 2, cause);
      emit(ctx, {
        kind: 'statement',
        actor: 'saudi',
        cause,
        words: { id: 'saudi-defence-pact' },
      });
    },
    sources: ['gulf-leverage'],
  },
] as const satisfies readonly ScenarioEvent<string>[];

/** The id of a scenario event: one of the ids the table above declares. */
export type EventId = (typeof EVENT_TABLE)[number]['id'];

export const EVENTS: readonly ScenarioEvent[] = EVENT_TABLE;
