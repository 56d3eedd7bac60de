// The classroom part of the save format (format 3): a lesson's short game, the class code, the
// display name and each week's justification, prediction and class vote. It round-trips, is never
// fingerprinted, and a record that does not fit the format or the game is refused by name.
import { describe, expect, it } from 'vitest';
import { encodeLesson, lessonGameOptions, type Lesson } from '../../src/classroom/lesson-code';
import type { ClassroomRecord } from '../../src/model/classroom';
import {
  makeSave,
  parseCheckedSave,
  parseSave,
  serialiseSave,
  withClassroom,
  type SaveFile,
} from '../../src/persistence/save-format';

const LESSON: Lesson = {
  scenario: 'karachi',
  seed: 321,
  difficulty: 'normal',
  length: 'class',
  predictionsRequired: true,
  adviceAllowed: true,
};
const WEEKS = [[{ response: 'apex-committee' }], [], [{ response: 'talks-qatar' }]];

const RECORD: ClassroomRecord = {
  lessonCode: encodeLesson(LESSON),
  student: 'Ayesha <img src=x onerror=alert(1)>',
  weeks: [
    {
      week: 1,
      justification: 'Calm the cabinet first.',
      prediction: { id: 'city-attack', confidence: 70 },
    },
    {
      week: 3,
      justification: 'Talks before strikes.',
      prediction: { id: 'china-mediation', confidence: 55 },
      vote: {
        options: [
          { decisions: [{ response: 'talks-qatar' }], hands: 17 },
          { decisions: [{ response: 'strike-camps', target: 'kunar' }], hands: 11 },
        ],
        chosen: 0,
      },
    },
  ],
};

function lessonSave(record: ClassroomRecord | null = RECORD): SaveFile {
  const made = makeSave(
    lessonGameOptions(LESSON),
    WEEKS,
    { name: 'class' },
    [],
    record ?? undefined,
  );
  if (!made.ok) throw new Error(made.error);
  return made.value;
}

describe('a classroom save', () => {
  it('round-trips with its short length and classroom record, placed before the meta', () => {
    const save = lessonSave();
    expect(save.version).toBe(3);
    expect(save.game).toEqual({
      scenario: 'karachi',
      seed: 321,
      difficulty: 'normal',
      length: 'class',
    });
    expect(Object.keys(save)).toEqual([
      'format',
      'version',
      'rulesVersion',
      'game',
      'weeks',
      'notes',
      'classroom',
      'meta',
    ]);
    const text = serialiseSave(save);
    expect(parseSave(text)).toEqual({ ok: true, value: save });
    const checked = parseCheckedSave(text);
    if (!checked.ok) throw new Error(checked.error);
    expect(checked.value.game.final.maxWeeks).toBe(8);
  });

  it('has the same fingerprints with or without its classroom record', () => {
    const plain = lessonSave(null);
    expect(plain).not.toHaveProperty('classroom');
    expect(lessonSave().weeks).toEqual(plain.weeks);
    const added = withClassroom(plain, RECORD);
    expect(added).toEqual({ ok: true, value: lessonSave() });
  });

  it('a short game and a full one of the same seed are different games', () => {
    const full = makeSave({ scenario: 'karachi', seed: 321, difficulty: 'normal' }, WEEKS, {
      name: 'full',
    });
    if (!full.ok) throw new Error(full.error);
    expect(full.value.game).not.toHaveProperty('length');
    expect(full.value.weeks.map((w) => w.fingerprint)).not.toEqual(
      lessonSave().weeks.map((w) => w.fingerprint),
    );
  });

  const refusals: [string, (save: SaveFile) => unknown, RegExp][] = [
    [
      'an unknown prediction',
      (s) => ({ ...s.classroom, weeks: [{ week: 1, prediction: { id: 'rain', confidence: 60 } }] }),
      /classroom\.weeks\.0\.prediction\.id: a prediction must be one of the reactions this game can check/,
    ],
    [
      'a confidence under 50%',
      (s) => ({
        ...s.classroom,
        weeks: [{ week: 1, prediction: { id: 'ladder-up', confidence: 49 } }],
      }),
      /confidence cannot be below 50%/,
    ],
    [
      'a confidence over 100%',
      (s) => ({
        ...s.classroom,
        weeks: [{ week: 1, prediction: { id: 'ladder-up', confidence: 101 } }],
      }),
      /confidence cannot be above 100%/,
    ],
    [
      'a blank justification',
      (s) => ({ ...s.classroom, weeks: [{ week: 1, justification: ' \u200b ' }] }),
      /a justification cannot be empty/,
    ],
    [
      'a justification too long',
      (s) => ({ ...s.classroom, weeks: [{ week: 1, justification: 'x'.repeat(281) }] }),
      /a justification can be at most 280 characters/,
    ],
    [
      'an entry for a week not played',
      (s) => ({ ...s.classroom, weeks: [{ week: 4, justification: 'later' }] }),
      /this entry is for week 4, but the game has only 3 weeks/,
    ],
    [
      'entries out of order',
      (s) => ({ ...s.classroom, weeks: [{ week: 2 }, { week: 1 }] }),
      /classroom entries are in week order, one a week/,
    ],
    [
      'a vote of one option',
      (s) => ({
        ...s.classroom,
        weeks: [{ week: 1, vote: { options: [{ decisions: [], hands: 3 }], chosen: 0 } }],
      }),
      /a vote weighs at least two options/,
    ],
    [
      'a vote that commits no option of its own',
      (s) => ({
        ...s.classroom,
        weeks: [
          {
            week: 1,
            vote: {
              options: [
                { decisions: [], hands: 3 },
                { decisions: [], hands: 4 },
              ],
              chosen: 2,
            },
          },
        ],
      }),
      /the option a vote committed must be one of its options/,
    ],
    [
      'a mistyped class code',
      (s) => ({
        ...s.classroom,
        lessonCode: `${s.classroom!.lessonCode!.slice(0, -1)}${s.classroom!.lessonCode!.endsWith('0') ? '1' : '0'}`,
      }),
      /classroom\.lessonCode: This class code has a typing mistake/,
    ],
    [
      "another class's code",
      (s) => ({ ...s.classroom, lessonCode: encodeLesson({ ...LESSON, seed: 322 }) }),
      /classroom\.lessonCode: this class code sets up another game than the one saved/,
    ],
    [
      'an unknown field',
      (s) => ({ ...s.classroom, grade: 'A' }),
      /there is no field called "grade" in a save/,
    ],
  ];

  it.each(refusals)('is refused with %s, by name', (_, change, message) => {
    const save = lessonSave();
    const text = JSON.stringify({ ...save, classroom: change(save) });
    const parsed = parseSave(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('makeSave and withClassroom refuse what parseSave would refuse', () => {
    const bad: ClassroomRecord = { weeks: [{ week: 9, justification: 'x' }] };
    const made = makeSave(lessonGameOptions(LESSON), WEEKS, { name: 'x' }, [], bad);
    expect(made).toEqual({ ok: false, error: expect.stringMatching(/^Classroom: .*week 9/) });
    expect(withClassroom(lessonSave(), bad).ok).toBe(false);
  });

  it('an unknown game length is refused by the engine with a sentence', () => {
    const save = lessonSave();
    const parsed = parseSave(JSON.stringify({ ...save, game: { ...save.game, length: 'long' } }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/game\.length/);
  });
});
