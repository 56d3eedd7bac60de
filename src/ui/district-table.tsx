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
import type { Words } from '../text';
import { useWords } from './use-words';
import './district-table.css';

function strongest(levels: Record<GroupId, number>, words: Words): string {
  const table = words.ui.districtTable;
  const present = GROUP_IDS.filter((g) => levels[g] > 0).sort((a, b) => levels[b] - levels[a]);
  if (present.length === 0) return table.none;
  return present
    .slice(0, 2)
    .map((g) => table.group(GROUPS[g].short, levels[g], words.format))
    .join(table.groupSeparator);
}

export function DistrictTable(props: { state: GameState }) {
  const { state } = props;
  const words = useWords();
  const table = words.ui.districtTable;
  const t = words.format;
  const columns = table.districtColumns;
  const provinceColumns = table.provinceColumns;
  return (
    <div class="mirror">
      <table class="mirror__table">
        <caption>{table.districts}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.district}</th>
            <th scope="col">{columns.threat}</th>
            <th scope="col">{columns.strongest}</th>
            <th scope="col">{columns.security}</th>
            <th scope="col">{columns.police}</th>
            <th scope="col">{columns.trust}</th>
            <th scope="col">{columns.economy}</th>
            <th scope="col">{columns.displaced}</th>
            <th scope="col">{columns.crossing}</th>
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
                <td>{strongest(d.presence, words)}</td>
                <td>{t.number(d.security)}</td>
                <td>{t.number(d.police)}</td>
                <td>{t.number(d.trust)}</td>
                <td>{t.number(d.economy)}</td>
                <td>{t.number(d.displaced)}</td>
                <td>
                  {crossing
                    ? table.crossing(CROSSINGS[crossing].name, state.crossings[crossing].open)
                    : '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <table class="mirror__table">
        <caption>{table.provinces}</caption>
        <thead>
          <tr>
            <th scope="col">{provinceColumns.province}</th>
            <th scope="col">{provinceColumns.sanctuary}</th>
            <th scope="col">{provinceColumns.intel}</th>
            <th scope="col">{provinceColumns.civilianHarm}</th>
          </tr>
        </thead>
        <tbody>
          {PROVINCE_IDS.map((id) => {
            const p = state.provinces[id];
            return (
              <tr key={id}>
                <th scope="row">{PROVINCES[id].name}</th>
                <td>{strongest(p.sanctuary, words)}</td>
                <td>{t.number(p.intel)}</td>
                <td>{t.number(p.civilianHarm)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
