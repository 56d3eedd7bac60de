/**
 * Classroom games: starting a lesson from its class code (with the student's display name) and
 * writing this week's classroom entry (justification, prediction, class vote) before the week
 * ends. endWeek (game.ts) adds the entry to the game's record, or refuses to end a week the lesson
 * says needs one.
 */
import type { Result } from '../../engine';
import {
  decodeLesson,
  encodeLesson,
  lessonGameOptions,
  type Lesson,
} from '../../classroom/lesson-code';
import {
  MAX_STUDENT_NAME_CHARS,
  type ClassroomDraft,
  type ClassroomRecord,
} from '../../model/classroom';
import { characterCount, trimInvisible } from '../../model/text-checks';
import { store } from '../game-store';
import { startGame } from './game';
import { soundChoiceRemembered } from './saves';
import { updateSettings } from './ui';

const set = store.setState;
const get = store.getState;

/**
 * Starts the lesson a class code sets up. Refuses a mistyped or outdated code, or a display name
 * too long, with the reason; the student's name is kept only in this browser and the save.
 */
export function startLesson(typedCode: string, student = ''): Result<Lesson, string> {
  const lesson = decodeLesson(typedCode);
  if (!lesson.ok) return lesson;
  const name = trimInvisible(student);
  if (characterCount(name) > MAX_STUDENT_NAME_CHARS)
    return {
      ok: false,
      error: `A display name can be at most ${MAX_STUDENT_NAME_CHARS} characters.`,
    };
  const classroom: ClassroomRecord = {
    lessonCode: encodeLesson(lesson.value),
    ...(name ? { student: name } : {}),
    weeks: [],
  };
  // The record joins the lesson's game once it is shown (the game in play may ask first).
  const started = startGame(lessonGameOptions(lesson.value), () => {
    set({ session: { ...get().session!, classroom } });
    // A room of laptops starts quiet: sound is muted unless this player chose their sound before.
    if (!soundChoiceRemembered())
      updateSettings({ sound: { ...get().settings.sound, muted: true } });
  });
  if (!started.ok) return started;
  return lesson;
}

/** Changes this week's classroom entry being written (a field set to undefined is cleared). */
export function updateClassroomDraft(change: Partial<ClassroomDraft>): void {
  const next: ClassroomDraft = { ...get().classroomDraft, ...change };
  for (const key of Object.keys(next) as (keyof ClassroomDraft)[])
    if (next[key] === undefined) delete next[key];
  set({ classroomDraft: next });
}
