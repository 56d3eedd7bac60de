/**
 * The text mirror of the map: every district and province with its state (the threat the map
 * shows by colour named in words), for screen readers and anyone who prefers a table.
 */
import {
  CROSSINGS,
  DISTRICTS,
  DISTRICT_IDS,
  GROUPS,
  GROUP_IDS,
  PROVINCES,
  PROVINCE_IDS,
  type GameState,
  type GroupId,
} from '../engine';
import { threatWords } from '../map/threat';
import { formatNumber } from './format';
import './district-table.css';

function strongest(levels: Record<GroupId, number>): string {
  const present = GROUP_IDS.filter((g) => levels[g] > 0).sort((a, b) => levels[b] - levels[a]);
  if (present.length === 0) return 'none';
  return present
    .slice(0, 2)
    .map((g) => `${GROUPS[g].short} ${levels[g]}`)
    .join(', ');
}

export function DistrictTable(props: { state: GameState }) {
  const { state } = props;
  return (
    <div class="mirror">
      <table class="mirror__table">
        <caption>Districts of the frontier</caption>
        <thead>
          <tr>
            <th scope="col">District</th>
            <th scope="col">Militant threat</th>
            <th scope="col">Strongest militants</th>
            <th scope="col">Security</th>
            <th scope="col">Police</th>
            <th scope="col">Trust</th>
            <th scope="col">Economy</th>
            <th scope="col">Displaced</th>
            <th scope="col">Crossing</th>
          </tr>
        </thead>
        <tbody>
          {DISTRICT_IDS.map((id) => {
            const d = state.districts[id];
            const crossing = DISTRICTS[id].crossings[0];
            return (
              <tr key={id}>
                <th scope="row">{DISTRICTS[id].name}</th>
                <td>{threatWords(d)}</td>
                <td>{strongest(d.presence)}</td>
                <td>{d.security}</td>
                <td>{d.police}</td>
                <td>{d.trust}</td>
                <td>{d.economy}</td>
                <td>{formatNumber(d.displaced)}</td>
                <td>
                  {crossing
                    ? `${CROSSINGS[crossing].name}: ${state.crossings[crossing].open ? 'open' : 'closed'}`
                    : '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <table class="mirror__table">
        <caption>Afghan provinces across the line</caption>
        <thead>
          <tr>
            <th scope="col">Province</th>
            <th scope="col">Militant sanctuary</th>
            <th scope="col">Intelligence</th>
            <th scope="col">Civilians killed by strikes</th>
          </tr>
        </thead>
        <tbody>
          {PROVINCE_IDS.map((id) => {
            const p = state.provinces[id];
            return (
              <tr key={id}>
                <th scope="row">{PROVINCES[id].name}</th>
                <td>{strongest(p.sanctuary)}</td>
                <td>{p.intel}</td>
                <td>{formatNumber(p.civilianHarm)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
