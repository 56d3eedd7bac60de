/**
 * The status strip: the state of the crisis that the meters do not show and the advisers' words
 * only hint at — how far talks have come and through whom, the truce, verification, Kabul's
 * hostility and its hardliners, and how many crossings are open — always in sight above the map.
 */
import { CROSSING_IDS, POWERS, type GameState } from '../engine';
import { formatCounted } from './format';
import './status-strip.css';

/** Each item of the strip as a label and its value in words, in the strip's order. */
export function statusItems(state: GameState): { label: string; value: string }[] {
  const { diplomacy, kabul } = state;
  const open = CROSSING_IDS.filter((id) => state.crossings[id].open).length;
  return [
    {
      label: 'Talks',
      value: `${diplomacy.talksProgress} of 100${diplomacy.mediator === 'none' ? '' : `, through ${POWERS[diplomacy.mediator].name}`}`,
    },
    {
      label: 'Truce',
      value:
        diplomacy.truceWeeks > 0
          ? `${formatCounted(diplomacy.truceWeeks, 'week', 'weeks')} left`
          : 'none',
    },
    {
      label: 'Verification',
      value: diplomacy.verification
        ? 'agreed'
        : diplomacy.verificationSuspended
          ? 'suspended'
          : 'none',
    },
    { label: 'Kabul’s hostility', value: `${kabul.hostility} of 100` },
    { label: 'Kabul’s hardliners', value: `${kabul.hardliners} of 100` },
    { label: 'Crossings open', value: `${open} of ${CROSSING_IDS.length}` },
  ];
}

export function StatusStrip(props: { state: GameState }) {
  return (
    <dl class="status-strip" aria-label="State of the crisis">
      {statusItems(props.state).map((item) => (
        <div key={item.label} class="status-strip__item">
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
