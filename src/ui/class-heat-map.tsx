/**
 * The class's district heat map: the game's own map shapes (src/map/geometry.ts), each district
 * and Afghan province shaded by how often the class struck, policed or closed there, with the
 * same counts as a table beside it for screen readers and print.
 */
import { useState } from 'preact/hooks';
import { DISTRICTS, DISTRICT_IDS, PROVINCES, PROVINCE_IDS } from '../engine';
import type { ClassSummary, HeatKind, PlaceHeat } from '../classroom/class-comparison';
import { MAP } from '../map/geometry';
import type { Ring } from '../map/polygon';

const KINDS: { id: HeatKind; label: string; colour: string }[] = [
  { id: 'struck', label: 'Struck (strikes and operations)', colour: '240, 138, 122' },
  { id: 'policed', label: 'Policed (policing and intelligence)', colour: '138, 180, 232' },
  { id: 'closed', label: 'Closed (crossings shut)', colour: '233, 196, 106' },
];

const path = (ring: Ring) =>
  `M${ring.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z`;

export function ClassHeatMap(props: { summary: ClassSummary }) {
  const [kind, setKind] = useState<HeatKind>('struck');
  const { districts, provinces } = props.summary.heat;
  const look = KINDS.find((k) => k.id === kind)!;
  const value = (heat: PlaceHeat | undefined) => heat?.[kind] ?? 0;
  const most = Math.max(
    1,
    ...DISTRICT_IDS.map((id) => value(districts[id])),
    ...PROVINCE_IDS.map((id) => value(provinces[id])),
  );
  const fill = (count: number) =>
    count === 0 ? 'rgba(255,255,255,0.04)' : `rgba(${look.colour}, ${0.2 + (0.8 * count) / most})`;
  const rows = [
    ...DISTRICT_IDS.map((id) => ({ name: DISTRICTS[id].name, count: value(districts[id]) })),
    ...PROVINCE_IDS.map((id) => ({
      name: `${PROVINCES[id].name} (Afghanistan)`,
      count: value(provinces[id]),
    })),
  ]
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return (
    <div class="class-heat">
      <fieldset class="class-heat__kinds">
        <legend>Show where the class</legend>
        {KINDS.map((k) => (
          <label key={k.id}>
            <input
              type="radio"
              name="heat-kind"
              checked={kind === k.id}
              onChange={() => setKind(k.id)}
            />{' '}
            {k.label}
          </label>
        ))}
      </fieldset>
      <div class="class-heat__body">
        <svg
          class="class-heat__map"
          viewBox={`0 0 ${MAP.width} ${MAP.height}`}
          role="img"
          aria-label={`Map of the frontier shaded by how often the class ${kind} each place; the table beside it gives the counts.`}
        >
          <path d={path(MAP.afghanistan)} class="class-heat__land class-heat__land--af" />
          <path d={path(MAP.pakistan)} class="class-heat__land" />
          {PROVINCE_IDS.map((id) => (
            <path
              key={id}
              d={path(MAP.provinces[id].polygon)}
              fill={fill(value(provinces[id]))}
              class="class-heat__place"
            />
          ))}
          {DISTRICT_IDS.map((id) => (
            <path
              key={id}
              d={path(MAP.districts[id].polygon)}
              fill={fill(value(districts[id]))}
              class="class-heat__place"
            />
          ))}
          <path
            d={`M${MAP.border.map(([x, y]) => `${x},${y}`).join('L')}`}
            class="class-heat__border"
          />
          {DISTRICT_IDS.map((id) => {
            const count = value(districts[id]);
            if (count === 0) return null;
            const [x, y] = MAP.districts[id].anchor;
            return (
              <text key={id} x={x} y={y} class="class-heat__count" text-anchor="middle">
                {count}
              </text>
            );
          })}
          {PROVINCE_IDS.map((id) => {
            const count = value(provinces[id]);
            if (count === 0) return null;
            const [x, y] = MAP.provinces[id].anchor;
            return (
              <text key={id} x={x} y={y} class="class-heat__count" text-anchor="middle">
                {count}
              </text>
            );
          })}
        </svg>
        <table class="class-table class-heat__table">
          <caption>Times the class {kind} each place (all games, all weeks)</caption>
          <thead>
            <tr>
              <th scope="col">Place</th>
              <th scope="col">Times</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={2}>Nowhere yet.</td>
              </tr>
            ) : (
              rows.map((r) => (
                <tr key={r.name}>
                  <th scope="row">{r.name}</th>
                  <td>{r.count}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
