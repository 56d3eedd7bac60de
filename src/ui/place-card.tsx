/** The card for the place under the pointer or keyboard focus: its state in words and numbers. */
import {
  CROSSINGS,
  DISTRICTS,
  GROUPS,
  GROUP_IDS,
  PROVINCES,
  type GameState,
  type GroupId,
} from '../engine';
import type { Place } from '../store/game-store';
import { threatWords } from '../map/threat';
import { formatCounted, formatNumber } from './format';
import { useShownWeekWords } from './week-story-words';
import './place-card.css';

function presenceList(levels: Record<GroupId, number>): string {
  const present = GROUP_IDS.filter((g) => levels[g] > 0).sort((a, b) => levels[b] - levels[a]);
  return present.length === 0
    ? 'none known'
    : present.map((g) => `${GROUPS[g].short} ${levels[g]}`).join(', ');
}

/** The card sits on the empty Afghan west of the map; for the places it would cover, it goes top right. */
const UNDER_THE_CARD = new Set(['kandahar', 'zabul', 'kabul']);

export function PlaceCard(props: { state: GameState; place: Place }) {
  const { state, place } = props;
  const corner = UNDER_THE_CARD.has(place.id) ? 'place-card place-card--top-right' : 'place-card';
  const thisWeek = useShownWeekWords().get(`${place.kind}:${place.id}`);
  const story = thisWeek && <p class="place-card__week">{thisWeek}</p>;
  if (place.kind === 'province') {
    const info = PROVINCES[place.id];
    const province = state.provinces[place.id];
    return (
      <aside class={corner} aria-live="polite" aria-label={`${info.name}, Afghanistan`}>
        <h3 class="place-card__title">
          {info.name} <span class="muted">Afghanistan</span>
        </h3>
        {story}
        <dl class="place-card__facts">
          <dt>Militant sanctuary</dt>
          <dd>{presenceList(province.sanctuary)}</dd>
          <dt>Our intelligence coverage</dt>
          <dd>{province.intel}</dd>
          <dt>Civilians killed by strikes</dt>
          <dd>{formatNumber(province.civilianHarm)}</dd>
        </dl>
        <p class="place-card__note">{info.note}</p>
      </aside>
    );
  }
  const info = DISTRICTS[place.id];
  const district = state.districts[place.id];
  const crossing = info.crossings[0];
  return (
    <aside class={corner} aria-live="polite" aria-label={info.name}>
      <h3 class="place-card__title">
        {info.name} <span class="muted">{info.region}</span>
      </h3>
      <dl class="place-card__facts">
        <dt>Militant threat</dt>
        <dd>{threatWords(district)}</dd>
        <dt>Militant presence</dt>
        <dd>{presenceList(district.presence)}</dd>
        <dt>Security</dt>
        <dd>{district.security}</dd>
        <dt>Police capacity</dt>
        <dd>{district.police}</dd>
        <dt>Public trust</dt>
        <dd>{district.trust}</dd>
        <dt>Economy</dt>
        <dd>{district.economy}</dd>
        <dt>Displaced now</dt>
        <dd>{formatNumber(district.displaced)}</dd>
        <dt>Civilians killed</dt>
        <dd>{formatNumber(district.civilianHarm)}</dd>
        {crossing && (
          <>
            <dt>{CROSSINGS[crossing].name} crossing</dt>
            <dd>
              {state.crossings[crossing].open
                ? 'open'
                : `closed (${formatCounted(state.crossings[crossing].closedWeeks, 'week', 'weeks')})`}
            </dd>
          </>
        )}
      </dl>
      <p class="place-card__note">{info.note}</p>
    </aside>
  );
}
