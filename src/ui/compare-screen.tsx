/**
 * The compare screen: two games side by side — the national meters and the ladder over time (a
 * chart each, with its values as a table), the decisions week by week with the weeks that differ
 * marked, and the endings with their causes and scorecards. The games are picked here from the
 * game in play, the autosave, the save slots or a file. Loaded on demand (with Chart.js), so the
 * game's first load does not carry it. Every name from storage or a file is rendered as text.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DIFFICULTY, SCENARIOS, type Result } from '../engine';
import { closeCompare, setCompareGame } from '../store/actions';
import type { Compare, CompareGame } from '../store/game-store';
import { LINE_LOOK } from './compare-chart';
import { Decisions } from './compare-decisions';
import { Endings } from './compare-endings';
import { ChartFigure } from './compare-meters';
import {
  SERIES_IDS,
  branchRelation,
  compareDecisions,
  findOrigin,
  findPartner,
  firstDifferentWeek,
  isBranchOf,
  sameGame,
  setupDifferences,
  timelineOf,
  type BranchRelation,
  type DecisionRow,
  type Timeline,
} from './compare-model';
import { LineKey, SIDES, SIDE_TITLE, type Side } from './compare-side';
import { listSources, loadFile, type SourceOption } from './compare-sources';
import type { GameInputs } from './compare-model';
import { ImportFileButton } from './import-file-button';
import { useStore } from './use-store';
import './game-layout.css';
import { StatusLine } from './row-controls';
import './compare.css';

const OTHER: Record<Side, Side> = { first: 'second', second: 'first' };

type Message = { kind: 'done' | 'problem'; text: string } | null;

function isStored(source: string): boolean {
  return source === 'current' || /^(autosave|slot|finished):/.test(source);
}

/** A source's inputs as stored, with the source's id: what defaults and originals are found among. */
type Candidate = GameInputs & { id: string };

/** "Karachi aftermath · Normal · seed 1101 · ended in week 7 of 12". */
function describeSetup(game: CompareGame, timeline: Timeline | null): string {
  const scenario = SCENARIOS[game.options.scenario];
  const ending = timeline?.final.ending;
  const progress = ending
    ? `ended in week ${ending.week} of ${scenario.weeks}`
    : `${game.weeks.length} of ${scenario.weeks} weeks played`;
  return [
    scenario.title,
    DIFFICULTY[game.options.difficulty].title,
    `seed ${game.options.seed}`,
    progress,
  ].join(' · ');
}

function GamePicker(props: {
  side: Side;
  game: CompareGame | null;
  timeline: Timeline | null;
  options: SourceOption[];
  origin: { name: string } | null;
  onPick: (id: string) => boolean;
  onFile: (file: File) => void;
  onOrigin: () => void;
}) {
  const { side, game } = props;
  const selectId = `compare-${side}-game`;
  return (
    <section class={`compare-game compare-game--${side}`} aria-labelledby={`compare-${side}-title`}>
      <h3 id={`compare-${side}-title`} class="compare-game__title">
        <LineKey side={side} />
        {SIDE_TITLE[side]}
        <span class="compare-game__look">({LINE_LOOK[side].label})</span>
      </h3>
      <div class="compare-game__pick">
        <label class="slot__label" for={selectId}>
          Choose the {SIDE_TITLE[side].toLowerCase()}
        </label>
        <div class="compare-game__row">
          <select
            id={selectId}
            class="text-input"
            value={game?.source ?? ''}
            onChange={(event) => {
              const select = event.target as HTMLSelectElement;
              // A refused pick changes nothing: the list goes back to the game shown.
              if (!props.onPick(select.value)) select.value = game?.source ?? '';
            }}
          >
            {!game && (
              <option value="" disabled>
                Choose a game
              </option>
            )}
            {props.options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
          <ImportFileButton describedBy={`compare-${side}-title`} onFile={props.onFile} />
        </div>
      </div>
      {game ? (
        <dl class="compare-game__facts">
          <dt>Name</dt>
          <dd class="compare-game__name">{game.name}</dd>
          <dt>From</dt>
          <dd>{game.origin}</dd>
          <dt>Game</dt>
          <dd>{describeSetup(game, props.timeline)}</dd>
          {game.branchOf && (
            <>
              <dt>Branch</dt>
              <dd>
                Branched from “{game.branchOf.name}” after week {game.branchOf.week}
              </dd>
            </>
          )}
        </dl>
      ) : (
        <p class="muted">No game chosen yet.</p>
      )}
      {props.origin && (
        <button type="button" class="button button--small" onClick={props.onOrigin}>
          Compare with its original, “{props.origin.name}”
        </button>
      )}
    </section>
  );
}

function Differences(props: {
  first: CompareGame;
  second: CompareGame;
  rows: DecisionRow[];
  relation: BranchRelation | null;
  shade: number | null;
}) {
  const { first, second, rows, relation } = props;
  const setup = setupDifferences(first, second);
  const a = first.options;
  const b = second.options;
  const both = rows.filter((row) => row.status === 'same' || row.status === 'different');
  const differing = both.filter((row) => row.status === 'different').length;
  const firstDiff = firstDifferentWeek(rows);
  const items: string[] = [];
  if (setup.includes('scenario'))
    items.push(
      `Different scenarios: ${SCENARIOS[a.scenario].title} (${SCENARIOS[a.scenario].weeks} weeks) and ${SCENARIOS[b.scenario].title} (${SCENARIOS[b.scenario].weeks} weeks). Weeks are lined up by number: week 5 of one is set beside week 5 of the other, whatever happened in them.`,
    );
  else if (setup.includes('seed'))
    items.push(
      `Different seeds (${a.seed} and ${b.seed}): chance runs differently from the first week, so the meters can part even in weeks with the same decisions.`,
    );
  if (setup.includes('difficulty'))
    items.push(
      `Different difficulty: ${DIFFICULTY[a.difficulty].title} and ${DIFFICULTY[b.difficulty].title}.`,
    );
  if (relation) {
    const branch = relation.branch === 'first' ? first : second;
    const origin = relation.branch === 'first' ? second : first;
    items.push(
      `“${branch.name}” is a branch of “${origin.name}”: it branched after week ${relation.week}, with the same decisions until then.`,
    );
  }
  if (firstDiff !== null)
    items.push(
      `Their decisions first differ in week ${firstDiff}${setup.length === 0 ? ', so the games part from there' : ''}. Decisions differ in ${differing} of the ${both.length} weeks both played.`,
    );
  else if (both.length > 0)
    items.push(
      `Their decisions are the same in all ${both.length} week${both.length === 1 ? '' : 's'} both played${setup.length === 0 ? ', and so are the meters: the same set-up and the same decisions always give the same game' : ''}.`,
    );
  if (first.weeks.length !== second.weeks.length) {
    const longer = first.weeks.length > second.weeks.length ? first : second;
    const shorter = longer === first ? second : first;
    items.push(
      `“${longer.name}” runs to week ${longer.weeks.length}; “${shorter.name}” stops after week ${shorter.weeks.length}.`,
    );
  }
  if (props.shade !== null)
    items.push(`On the charts, week ${props.shade} (the first difference) is shaded.`);
  return (
    <section class="compare__section" aria-labelledby="compare-differences">
      <h2 id="compare-differences">How they differ</h2>
      <ul class="compare__differences">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

function Comparison(props: {
  first: CompareGame;
  second: CompareGame;
  timelines: { first: Timeline; second: Timeline };
}) {
  const { first, second, timelines } = props;
  const rows = useMemo(() => compareDecisions(first, second), [first, second]);
  const relation = useMemo(() => branchRelation(first, second), [first, second]);
  const shade = setupDifferences(first, second).length === 0 ? firstDifferentWeek(rows) : null;
  return (
    <>
      <Differences first={first} second={second} rows={rows} relation={relation} shade={shade} />
      <section class="compare__section" aria-labelledby="compare-meters">
        <h2 id="compare-meters">Meters over time</h2>
        <p class="compare__legend">
          {SIDES.map((side) => (
            <span key={side} class="compare__legend-item">
              <LineKey side={side} />
              {SIDE_TITLE[side]} ({LINE_LOOK[side].label}): {props[side].name}
            </span>
          ))}
          {shade !== null && (
            <span class="compare__legend-item">
              <span class="compare__shade-key" aria-hidden="true" />
              Shaded: week {shade}, the first difference
            </span>
          )}
        </p>
        <div class="compare__charts">
          {SERIES_IDS.map((series) => (
            <ChartFigure
              key={series}
              series={series}
              first={first}
              second={second}
              timelines={timelines}
              shade={shade}
            />
          ))}
        </div>
      </section>
      <Decisions rows={rows} timelines={timelines} relation={relation} />
      <Endings first={first} second={second} timelines={timelines} />
    </>
  );
}

export function CompareScreen(props: { compare: Compare }) {
  const { compare } = props;
  const session = useStore((s) => s.session);
  // On the title screen the game last played is the autosave; "the game in play" is offered
  // only when the player came from it (or from a replay opened over it).
  const inPlay = compare.returnTo.kind === 'title' ? null : session;
  const sources = useMemo(() => listSources(inPlay), [inPlay]);
  const [files, setFiles] = useState<CompareGame[]>(() =>
    [compare.first, compare.second].filter(
      (game): game is CompareGame => game !== null && !isStored(game.source),
    ),
  );
  const [message, setMessage] = useState<Message>(
    sources.problem ? { kind: 'problem', text: sources.problem } : null,
  );
  const cache = useRef(new Map<string, Result<CompareGame, string>>());
  const nextFile = useRef(1);
  const heading = useRef<HTMLHeadingElement>(null);

  const options: SourceOption[] = [
    ...files.map((game) => ({
      id: game.source,
      label:
        game.source === 'replay'
          ? `The game in the replay viewer: ${game.name}`
          : `${game.name} (${game.origin})`,
      inputs: game,
      load: () => ({ ok: true as const, value: game }),
    })),
    ...sources.options,
  ];
  /** Replays and checks a source once, when it is picked (or offered as a default). */
  const load = (id: string): Result<CompareGame, string> => {
    const cached = cache.current.get(id);
    if (cached) return cached;
    const option = options.find((o) => o.id === id);
    const loaded = option
      ? option.load()
      : { ok: false as const, error: 'That save is no longer there (it may have been deleted).' };
    if (!files.some((game) => game.source === id)) cache.current.set(id, loaded);
    return loaded;
  };
  const candidates = (): Candidate[] =>
    options.flatMap((option) => (option.inputs ? [{ ...option.inputs, id: option.id }] : []));

  useEffect(() => {
    heading.current?.focus();
    // Sides left empty get a natural choice: the game in play first (from the title screen, the
    // autosave, else the newest save), then its original or a branch of it, else another game.
    // Only the games chosen are replayed.
    const all = candidates();
    const firstChoice: Result<CompareGame, string> | null = compare.first
      ? { ok: true, value: compare.first }
      : all[0]
        ? load(all[0].id)
        : null;
    if (firstChoice && !firstChoice.ok)
      return setMessage({ kind: 'problem', text: firstChoice.error });
    const first = firstChoice?.value ?? null;
    if (!first)
      return setMessage({
        kind: 'problem',
        text: 'There are no games kept in this browser yet: import two files to compare them.',
      });
    if (!compare.first) setCompareGame('first', first);
    if (compare.second) return;
    const others = all.filter((game) => game.id !== first.source && !sameGame(game, first));
    const partner = findPartner(first, others) ?? others[0] ?? null;
    const secondChoice = partner ? load(partner.id) : null;
    if (secondChoice && !secondChoice.ok)
      return setMessage({ kind: 'problem', text: secondChoice.error });
    const second = secondChoice?.value ?? null;
    if (second) setCompareGame('second', second);
    if (first.branchOf && !(second && isBranchOf(first, second)))
      setMessage({
        kind: 'problem',
        text: `The original of “${first.name}”, “${first.branchOf.name}”, is not among this browser's saves: choose another game or import its file.`,
      });
    else if (!second)
      setMessage({
        kind: 'problem',
        text: 'There is only one game to choose from here: import a file to compare with it.',
      });
  }, []);

  const pick = (side: Side, id: string): boolean => {
    const game = load(id);
    if (!game.ok) {
      setMessage({ kind: 'problem', text: game.error });
      return false;
    }
    setCompareGame(side, game.value);
    setMessage(null);
    return true;
  };

  const importFile = async (side: Side, file: File) => {
    const game = await loadFile(`file:${nextFile.current}`, file);
    if (!game.ok) return setMessage({ kind: 'problem', text: game.error });
    nextFile.current += 1;
    setFiles((list) => [...list, game.value]);
    setCompareGame(side, game.value);
    setMessage({
      kind: 'done',
      text: `“${game.value.name}” from ${file.name} is now the ${SIDE_TITLE[side].toLowerCase()}.`,
    });
  };

  const timelines = useMemo(
    () => ({
      first: compare.first ? timelineOf(compare.first.played) : null,
      second: compare.second ? timelineOf(compare.second.played) : null,
    }),
    [compare.first, compare.second],
  );
  const timelineOfSide = (side: Side) => timelines[side];
  // A branch whose original is among the sources (and not already beside it) offers it.
  const originFor = useMemo(() => {
    const all = candidates();
    const found = (side: Side) => {
      const game = compare[side];
      const other = compare[OTHER[side]];
      if (!game?.branchOf || (other && isBranchOf(game, other))) return null;
      return findOrigin(game, all);
    };
    return { first: found('first'), second: found('second') };
  }, [compare.first, compare.second, files]);

  const first = compare.first;
  const second = compare.second;
  const firstTimeline = timelineOfSide('first');
  const secondTimeline = timelineOfSide('second');
  return (
    <div class="compare">
      <header class="topbar compare__bar">
        <div class="topbar__game">
          <span class="topbar__name">Frontier Crisis</span>
          <h1 class="compare__heading" ref={heading} tabIndex={-1}>
            Compare two games
          </h1>
        </div>
        <nav class="topbar__menu" aria-label="Compare menu">
          <button type="button" class="button button--primary button--small" onClick={closeCompare}>
            Close comparison
          </button>
        </nav>
      </header>
      <main class="compare__body">
        <StatusLine status={message} />
        <section class="compare__section" aria-labelledby="compare-games">
          <h2 id="compare-games">The games</h2>
          <div class="compare__pair">
            {SIDES.map((side) => (
              <GamePicker
                key={side}
                side={side}
                game={compare[side]}
                timeline={timelineOfSide(side)}
                options={options}
                origin={originFor[side]}
                onPick={(id) => pick(side, id)}
                onFile={(file) => void importFile(side, file)}
                onOrigin={() => {
                  const origin = originFor[side];
                  if (origin) pick(OTHER[side], origin.id);
                }}
              />
            ))}
          </div>
        </section>
        {first && second && firstTimeline && secondTimeline ? (
          <Comparison
            first={first}
            second={second}
            timelines={{ first: firstTimeline, second: secondTimeline }}
          />
        ) : (
          <p class="muted compare__waiting">
            Choose two games above: a save and its branch, say, or any two games kept here or in
            files.
          </p>
        )}
      </main>
    </div>
  );
}
