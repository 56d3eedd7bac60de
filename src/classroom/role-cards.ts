/**
 * Cabinet role cards for group play (game.md §6): the five advisors' seats, each given its own
 * slice of the week's briefing, so a class can split into advisers who argue before the vote.
 * Each card holds what that seat would see first: its advisor's stance and recommendations, the
 * intelligence about the actors it deals with, last week's events in its field and the figures
 * it answers for. Pure: the same state and report give the same cards.
 */
import {
  ADVISOR_IDS,
  CROSSINGS,
  DISTRICTS,
  LADDER_RUNGS,
  adviceFor,
  briefingFor,
  isDistrictId,
  type AdvisorId,
  type GameState,
  type IntelReport,
  type MeterId,
  type Recommendation,
  type WeekEvent,
  type WeekReport,
} from '../engine';
import { EN } from '../text';

/** A figure the seat answers for: a national meter (named by the page) or a fact in words. */
export type RoleFigure =
  { kind: 'meter'; id: MeterId } | { kind: 'fact'; label: string; value: string };

export interface RoleCard {
  seat: AdvisorId;
  /** The advisor's title: "Military command". */
  title: string;
  /** What the seat is responsible for, in one sentence. */
  remit: string;
  /** A question to bring to the cabinet. */
  question: string;
  stance: string;
  recommendations: Recommendation[];
  /** This week's forecasts about the actors and places this seat deals with. */
  intelligence: IntelReport[];
  /** Last week's events in this seat's field, in the report's order. */
  events: string[];
  figures: RoleFigure[];
}

type Subject = IntelReport['about'];

interface Seat {
  remit: string;
  question: string;
  /** Which forecasts reach this seat. */
  hears: (about: Subject) => boolean;
  /** Which of last week's events reach this seat. */
  sees: (event: WeekEvent) => boolean;
  figures: (state: GameState) => RoleFigure[];
}

const inKhyberPakhtunkhwa = (about: Subject | undefined) =>
  about !== undefined && isDistrictId(about) && DISTRICTS[about].region === 'Khyber Pakhtunkhwa';
const isUrban = (about: Subject | undefined) =>
  about !== undefined && isDistrictId(about) && DISTRICTS[about].urban;

const fact = (label: string, value: string | number): RoleFigure => ({
  kind: 'fact',
  label,
  value: String(value),
});
const meter = (id: MeterId): RoleFigure => ({ kind: 'meter', id });

function closedCrossings(state: GameState): string {
  const closed = Object.entries(state.crossings)
    .filter(([, crossing]) => !crossing.open)
    .map(([id]) => CROSSINGS[id as keyof typeof CROSSINGS].name);
  return closed.length === 0 ? 'none' : closed.join(', ');
}

const SEATS: Record<AdvisorId, Seat> = {
  military: {
    remit:
      'Commands operations inside Pakistan and strikes across the line; answers for soldiers’ lives and for deterrence.',
    question:
      'Would force this week reduce the threat, or give the militants and Kabul a reason to hit back?',
    hears: (about) => about === 'ttp' || about === 'hgb' || about === 'kabul',
    sees: (event) =>
      event.kind === 'strike' ||
      event.kind === 'operation' ||
      event.kind === 'incident' ||
      (event.kind === 'attack' && !isUrban(event.district)),
    figures: (state) => [
      meter('deterrence'),
      fact('Escalation with Kabul', LADDER_RUNGS[state.ladder] ?? String(state.ladder)),
      fact('Soldiers killed so far', state.tally.soldiers),
    ],
  },
  foreign: {
    remit:
      'Speaks to Kabul, the mediators and the wider world; answers for talks, truces and Pakistan’s standing abroad.',
    question: 'Which partner could help this week, and what would they ask of us in return?',
    hears: (about) => about === 'kabul',
    sees: (event) =>
      event.kind === 'talks' ||
      event.kind === 'truce' ||
      event.kind === 'statement' ||
      event.actor === 'kabul' ||
      event.actor === 'world',
    figures: (state) => [
      meter('legitimacy'),
      fact('Talks progress', state.diplomacy.talksProgress),
      fact('Kabul’s hostility', state.kabul.hostility),
      fact('Afghan civilians killed so far', state.tally.civiliansAfghanistan),
    ],
  },
  province: {
    remit:
      'Governs Khyber Pakhtunkhwa: its police, its displaced families and the trust of its districts.',
    question: 'What do the people of the frontier districts need from the state this week?',
    hears: (about) => inKhyberPakhtunkhwa(about),
    sees: (event) =>
      event.kind === 'displacement' ||
      (inKhyberPakhtunkhwa(event.district) &&
        (event.kind === 'attack' || event.kind === 'operation' || event.kind === 'policy')),
    figures: (state) => [
      meter('cohesion'),
      fact('People displaced in Pakistan so far', state.tally.displaced),
      fact('Police killed so far', state.tally.police),
    ],
  },
  finance: {
    remit:
      'Holds the budget: the money for operations, police and development, and the trade the crossings carry.',
    question: 'What can we afford this week, and what does each closed crossing cost both sides?',
    hears: () => false,
    sees: (event) =>
      event.kind === 'closure' ||
      event.kind === 'reopening' ||
      event.kind === 'trade' ||
      event.kind === 'deportation',
    figures: (state) => [
      meter('fiscalRoom'),
      fact('Crossings closed', closedCrossings(state)),
      fact('Trade lost so far (million dollars)', state.tally.tradeLostMillions),
      fact('Kabul’s dependence on trade through Pakistan', state.kabul.tradeDependence),
    ],
  },
  interior: {
    remit:
      'Runs intelligence and the police in the cities; answers for the cells that plan urban and sectarian attacks.',
    question: 'Where is the next attack on a city most likely, and can we stop it quietly?',
    hears: (about) => about === 'jua' || about === 'iskp' || about === 'bla' || isUrban(about),
    sees: (event) =>
      event.kind === 'attribution' || (event.kind === 'attack' && isUrban(event.district)),
    figures: (state) => [
      meter('publicPressure'),
      fact('Attacks so far (foiled)', `${state.tally.attacks} (${state.tally.foiled})`),
      fact('Pakistani civilians killed so far', state.tally.civiliansPakistan),
    ],
  },
};

/**
 * The five cards for the week about to be decided, in the advisors' order. `lastReport` is the
 * week just played (none before the first week).
 */
export function roleCards(state: GameState, lastReport?: WeekReport): RoleCard[] {
  const briefing = briefingFor(state, lastReport);
  const advice = adviceFor(state);
  return ADVISOR_IDS.map((seat) => {
    const rules = SEATS[seat];
    const advisor = advice.find((a) => a.advisor === seat)!;
    return {
      seat,
      title: EN.advisorTitle(seat),
      remit: rules.remit,
      question: rules.question,
      stance: EN.stance(advisor.stance),
      recommendations: advisor.recommendations,
      intelligence: briefing.intelligence.filter((report) => rules.hears(report.about)),
      events: (lastReport?.events ?? []).filter(rules.sees).map((event) => EN.event(event.words)),
      figures: rules.figures(state),
    };
  });
}
