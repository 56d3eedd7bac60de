/**
 * The class comparison (teacher): many students' games at once, from dropped or chosen files and
 * from pasted result codes or game links. Every game is read by the saves service's own import
 * paths and verified by replay; a damaged one is listed with its reason while the rest load.
 * Nothing leaves the browser.
 */
import type { Result } from '../../engine';
import type { ClassGame } from '../../classroom/class-comparison';
import { decodeLesson, encodeLesson } from '../../classroom/lesson-code';
import { pastedEntries } from '../../classroom/pasted-games';
import type { CheckedSave } from '../../persistence/save-format';
import { withoutDirectionControls } from '../../model/text-checks';
import { store, type ClassComparison } from '../game-store';
import { returnScreenOf, screenToReturnTo } from '../selectors';
import { showDebrief } from './debrief';
import { readPastedGame, readSaveFile, replayCheckedSave, type SaveFileSource } from './saves';

const set = store.setState;
const get = store.getState;

function shown(): ClassComparison | null {
  const { screen } = get();
  return screen.kind === 'class' ? screen.class : null;
}

function update(change: (current: ClassComparison) => ClassComparison): void {
  const { screen } = get();
  if (screen.kind !== 'class') return;
  set({ screen: { ...screen, class: change(screen.class) } });
}

/** Opens the class comparison, empty, over the title, the game or a replay. */
export function openClassComparison(): void {
  set({
    screen: {
      kind: 'class',
      class: { games: [], saves: [], problems: [], lessonCode: null, busy: false },
      returnTo: returnScreenOf(get().screen),
    },
    targeting: null,
    focus: null,
    playback: null,
    dialog: null,
  });
}

/** Leaves the class comparison for the screen it was opened from. */
export function closeClassComparison(): void {
  const { screen, session } = get();
  if (screen.kind !== 'class') return;
  set({ screen: screenToReturnTo(screen.returnTo, session), dialog: null });
}

/**
 * The lesson's class code the teacher expects (null or blank: the code most games carry). A code
 * is compared in its canonical form, however it was typed; a code that does not read as one is
 * refused with the reason, and the comparison keeps the code it had.
 */
export function setClassLessonCode(typed: string | null): Result<string | null, string> {
  if (typed === null || typed.trim() === '') {
    update((current) => ({ ...current, lessonCode: null }));
    return { ok: true, value: null };
  }
  const lesson = decodeLesson(typed);
  if (!lesson.ok) return lesson;
  const code = encodeLesson(lesson.value);
  update((current) => ({ ...current, lessonCode: code }));
  return { ok: true, value: code };
}

/** Forgets every game and problem loaded so far. */
export function clearClassComparison(): void {
  update((current) => ({ ...current, games: [], saves: [], problems: [] }));
}

/** A verified game as a class entry: who played it, where it came from, its class code. */
function classGame(id: number, checked: CheckedSave, origin: string): ClassGame {
  const { save, game } = checked;
  const student = save.classroom?.student?.trim() || save.meta.name.trim() || origin;
  return {
    id,
    student: withoutDirectionControls(student),
    origin,
    lessonCode: save.classroom?.lessonCode ?? null,
    classroomWeeks: save.classroom?.weeks ?? [],
    game,
  };
}

type Loaded = { ok: true; checked: CheckedSave; origin: string } | { ok: false; problem: string };

function addLoaded(loaded: readonly Loaded[]): void {
  update((current) => {
    const games = [...current.games];
    const saves = [...current.saves];
    const problems = [...current.problems];
    for (const item of loaded) {
      if (!item.ok) {
        problems.push(item.problem);
        continue;
      }
      games.push(classGame(games.length, item.checked, item.origin));
      saves.push(item.checked.save);
    }
    return { ...current, games, saves, problems, busy: false };
  });
}

/** Reads dropped or chosen files; each is checked like any import, and a bad one is listed. */
export async function addClassFiles(files: readonly SaveFileSource[]): Promise<void> {
  if (!shown()) return;
  update((current) => ({ ...current, busy: true }));
  const loaded: Loaded[] = [];
  for (const file of files) {
    const read = await readSaveFile(file, 'cannot be compared');
    loaded.push(
      read.ok
        ? { ok: true, checked: read.value, origin: `File “${withoutDirectionControls(file.name)}”` }
        : { ok: false, problem: read.error },
    );
  }
  addLoaded(loaded);
}

/**
 * Reads pasted result codes or game links (one per line, or cells of a spreadsheet column); a
 * cell that holds no game, or a damaged one, is listed by its line.
 */
export function addClassText(text: string): void {
  if (!shown()) return;
  const loaded: Loaded[] = pastedEntries(text).map(({ line, text: cell }) => {
    const read = readPastedGame(cell);
    return read.ok
      ? { ok: true, checked: read.value, origin: `Pasted line ${line}` }
      : { ok: false, problem: `Pasted line ${line} cannot be compared. ${read.error}` };
  });
  addLoaded(loaded);
}

/**
 * Opens one student's game from the comparison in the replay viewer (read-only notes); closing
 * the viewer returns to the title. The game is the one the comparison verified: nothing is
 * replayed again.
 */
export function openClassGame(id: number): void {
  const comparison = shown();
  const game = comparison?.games[id];
  const save = comparison?.saves[id];
  if (!game || !save) return;
  replayCheckedSave({ save, game: game.game });
}

/**
 * Opens one student's debrief from the comparison, named by the student; closing it returns to
 * the comparison as it was. Like the replay, it reads the game the comparison verified.
 */
export function openClassDebrief(id: number): void {
  const { screen } = get();
  if (screen.kind !== 'class') return;
  const entry = screen.class.games[id];
  const save = screen.class.saves[id];
  if (!entry || !save) return;
  const { game } = entry;
  showDebrief({
    name: entry.student,
    options: game.options,
    weeks: game.weeks,
    states: game.states,
    reports: game.reports,
    notes: save.notes,
    ...(save.classroom ? { classroom: save.classroom } : {}),
    ...(save.meta.branchOf ? { branchOf: save.meta.branchOf } : {}),
    returnTo: screen,
  });
}
