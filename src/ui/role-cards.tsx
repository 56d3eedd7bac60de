/**
 * The cabinet role cards, one per advisor's seat, each with its slice of the week's briefing
 * (src/classroom/role-cards.ts). Drawn from the game in progress when there is one, else from a
 * scenario's opening week; printed one card per page.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { SCENARIOS, SCENARIO_IDS, newGame, type GameState, type ScenarioId } from '../engine';
import { roleCards, type RoleCard, type RoleFigure } from '../classroom/role-cards';
import type { Session } from '../store/game-store';
import { EN } from '../text';
import { METERS, placeName, responseTitle } from './labels';

function figureText(figure: RoleFigure, state: GameState): { label: string; value: string } {
  return figure.kind === 'meter'
    ? { label: METERS[figure.id].label, value: String(state.meters[figure.id]) }
    : figure;
}

/** One part of a card: its heading, then its items, or what it says when it has none. */
interface Section {
  title: string;
  empty: string;
  items: { key: string; content: ComponentChildren }[];
}

function CardSection(props: Section) {
  return (
    <>
      <h5>{props.title}</h5>
      {props.items.length === 0 ? (
        <p class="muted">{props.empty}</p>
      ) : (
        <ul>
          {props.items.map((item) => (
            <li key={item.key}>{item.content}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A card's parts after its stance: what the seat hears, what it saw, what it would propose. */
function sectionsOf(card: RoleCard): Section[] {
  return [
    {
      title: 'Your intelligence',
      empty: 'No forecast this week concerns your seat directly.',
      items: card.intelligence.map((item) => {
        const text = EN.intelligence(item);
        return {
          key: text,
          content: (
            <>
              <span class="role-card__confidence">{item.confidence} confidence:</span> {text}
            </>
          ),
        };
      }),
    },
    {
      title: 'Last week in your field',
      empty: 'Nothing in your field last week.',
      items: card.events.map((text, index) => ({ key: String(index), content: text })),
    },
    {
      title: 'What your seat would propose',
      empty: 'Nothing your seat backs is open this week.',
      items: card.recommendations.map((rec) => ({
        key: `${rec.response}-${rec.target ?? ''}`,
        content: (
          <>
            <strong>
              {responseTitle(rec.response)}
              {rec.target ? ` in ${placeName(rec.target)}` : ''}
            </strong>
            : {EN.advice(rec.reason)}
          </>
        ),
      })),
    },
  ];
}

function Card(props: { card: RoleCard; state: GameState; week: string }) {
  const { card, state } = props;
  const titleId = `role-card-${card.seat}`;
  return (
    <article class="role-card" aria-labelledby={titleId}>
      <header class="role-card__header">
        <p class="role-card__kicker">Cabinet role · {props.week}</p>
        <h4 id={titleId} class="role-card__title">
          {card.title}
        </h4>
        <p class="role-card__remit">{card.remit}</p>
      </header>
      <dl class="role-card__figures">
        {card.figures.map((figure) => {
          const { label, value } = figureText(figure, state);
          return (
            <div key={label} class="role-card__figure">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          );
        })}
      </dl>
      <h5>Where your seat stands</h5>
      <p>{card.stance}</p>
      {sectionsOf(card).map((section) => (
        <CardSection key={section.title} {...section} />
      ))}
      <p class="role-card__question">
        <strong>Bring to the cabinet:</strong> {card.question}
      </p>
    </article>
  );
}

type Source = { kind: 'game' } | { kind: 'opening'; scenario: ScenarioId };

/** The cards for the game in progress, or for a scenario's opening week. */
export function RoleCards(props: { session: Session | null }) {
  const { session } = props;
  const [source, setSource] = useState<Source>(
    session && !session.state.ending ? { kind: 'game' } : { kind: 'opening', scenario: 'karachi' },
  );
  let state: GameState | null = null;
  let week = '';
  let cards: RoleCard[] = [];
  if (source.kind === 'game' && session) {
    state = session.state;
    week = `${SCENARIOS[state.scenario].title}, week ${state.week}`;
    cards = roleCards(state, session.reports[session.reports.length - 1]);
  } else if (source.kind === 'opening') {
    const opening = newGame({ scenario: source.scenario, seed: 1, difficulty: 'normal' });
    if (opening.ok) {
      state = opening.value;
      week = `${SCENARIOS[source.scenario].title}, week 1`;
      cards = roleCards(state);
    }
  }
  const value = source.kind === 'game' ? 'game' : source.scenario;
  return (
    <>
      <div class="guide__no-print role-cards__source">
        <label for="role-card-source">Briefing drawn from</label>{' '}
        <select
          id="role-card-source"
          class="text-input"
          value={value}
          onChange={(event) => {
            const chosen = (event.currentTarget as HTMLSelectElement).value;
            setSource(
              chosen === 'game'
                ? { kind: 'game' }
                : { kind: 'opening', scenario: chosen as ScenarioId },
            );
          }}
        >
          {session && !session.state.ending && (
            <option value="game">The game in progress (week {session.state.week})</option>
          )}
          {SCENARIO_IDS.map((id) => (
            <option key={id} value={id}>
              The opening week of {SCENARIOS[id].title}
            </option>
          ))}
        </select>
      </div>
      <div class="role-cards">
        {state &&
          cards.map((card) => <Card key={card.seat} card={card} state={state} week={week} />)}
      </div>
    </>
  );
}
