// The debrief's model and files, checked against saves: the CSV has a byte-order mark, one row per
// week whose figures are those of the replayed save, and text cells that survive commas, quotes,
// line breaks and formula-like input; turning points are the weeks of the largest swing; a result
// code carries the whole save and is checked by replay.
import { describe, expect, it } from 'vitest';
import { buildDebrief, weekSwing } from '../../src/classroom/debrief';
import {
  BYTE_ORDER_MARK,
  CSV_COLUMNS,
  debriefCsv,
  debriefJson,
} from '../../src/classroom/debrief-export';
import { encodeLesson, lessonGameOptions, type Lesson } from '../../src/classroom/lesson-code';
import { PREDICTIONS } from '../../src/classroom/predictions';
import { LADDER_RUNGS, METER_IDS, replay } from '../../src/engine';
import { STRATEGIES, playGame } from '../../src/engine/strategies';
import type { ClassroomRecord } from '../../src/model/classroom';
import { makeSave, parseCheckedSave, serialiseSave } from '../../src/persistence/save-format';
import { decodeResultCode, encodeResultCode } from '../../src/persistence/share-link';
import { readPastedGame } from '../../src/store/actions/saves';

const LESSON: Lesson = {
  scenario: 'seven-camps',
  seed: 909,
  difficulty: 'normal',
  length: 'class',
  predictionsRequired: true,
  adviceAllowed: true,
};
const OPTIONS = lessonGameOptions(LESSON);
const PLAYED = playGame(OPTIONS, STRATEGIES.hawk);
const JUSTIFICATIONS = [
  'Strike, then talk',
  'He said "enough", so we hit back',
  '=HYPERLINK("http://x")',
  'two\nlines',
];
const RECORD: ClassroomRecord = {
  lessonCode: encodeLesson(LESSON),
  student: 'Zara',
  weeks: PLAYED.weeks.map((_, index) => ({
    week: index + 1,
    justification: JUSTIFICATIONS[index % JUSTIFICATIONS.length]!,
    prediction: { id: index % 2 ? 'ladder-up' : 'pressure-up', confidence: 50 + 5 * (index % 11) },
    ...(index === 1
      ? {
          vote: {
            options: [
              { decisions: [], hands: 12 },
              { decisions: [{ response: 'apex-committee' }], hands: 18 },
            ],
            chosen: 1,
          },
        }
      : {}),
  })),
};

function checkedGame() {
  const made = makeSave(OPTIONS, PLAYED.weeks, { name: 'Zara' }, [], RECORD);
  if (!made.ok) throw new Error(made.error);
  const checked = parseCheckedSave(serialiseSave(made.value));
  if (!checked.ok) throw new Error(checked.error);
  return checked.value;
}

/** A small CSV reader (RFC 4180: quoted cells, doubled quotes, CRLF rows). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return rows;
}

describe('the debrief of a saved classroom game', () => {
  const { save, game } = checkedGame();
  const model = buildDebrief({ ...game, classroom: save.classroom });

  it('has a timeline from the opening and a line per week played', () => {
    expect(model.timeline).toHaveLength(save.weeks.length + 1);
    expect(model.weeks).toHaveLength(save.weeks.length);
    expect(model.timeline[0]!.meters).toEqual(game.opening.meters);
  });

  it('CSV: a byte-order mark, the header, one row a week, figures as the replayed save has them', () => {
    const csv = debriefCsv(model);
    expect(csv.startsWith(BYTE_ORDER_MARK)).toBe(true);
    const rows = readCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(save.weeks.length + 1);
    const again = replay(
      save.game,
      save.weeks.map((w) => w.decisions),
      { states: true },
    );
    if (!again.ok) throw new Error(JSON.stringify(again.error.reason));
    const column = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]);
    rows.slice(1).forEach((row, index) => {
      const state = again.value.states[index + 1]!;
      const line = state.history.at(-1)!;
      const entry = save.classroom!.weeks[index]!;
      expect(row[column('week')]).toBe(String(index + 1));
      for (const id of METER_IDS) expect(row[column(id)], id).toBe(String(state.meters[id]));
      expect(row[column('ladder')]).toBe(String(state.ladder));
      expect(row[column('ladder rung')]).toBe(LADDER_RUNGS[state.ladder]);
      expect(row[column('attacks')]).toBe(String(line.attacks));
      expect(row[column('attacks foiled')]).toBe(String(line.foiled));
      expect(row[column('Pakistanis killed')]).toBe(String(line.harm));
      expect(row[column('prediction')]).toBe(PREDICTIONS[entry.prediction!.id].label);
      expect(row[column('confidence')]).toBe(String(entry.prediction!.confidence));
      const justification = entry.justification!;
      expect(row[column('justification')]).toBe(
        justification.startsWith('=') ? `'${justification}` : justification,
      );
    });
    expect(rows[2]![column('class vote (hands per option)')]).toBe('12 / *18');
  });

  it('turning points are the weeks of the largest swing, in week order, each with a prompt', () => {
    const swings = game.reports.map((report, index) =>
      weekSwing(report, game.final.history[index]!.harm),
    );
    const top = [...swings.keys()]
      .sort((a, b) => swings[b]! - swings[a]! || a - b)
      .slice(0, 3)
      .map((i) => i + 1)
      .sort((a, b) => a - b);
    expect(model.turningPoints.map((point) => point.week)).toEqual(top);
    for (const point of model.turningPoints)
      expect(point.prompt).toMatch(new RegExp(`week ${point.week}`, 'i'));
  });

  it('JSON carries the save, which replays', () => {
    const json = JSON.parse(debriefJson(model, save)) as { save: unknown; debrief: unknown };
    const reread = parseCheckedSave(JSON.stringify(json.save));
    expect(reread.ok).toBe(true);
    expect(json.debrief).toEqual(JSON.parse(JSON.stringify(model)));
  });
});

describe('result codes', () => {
  const { save } = checkedGame();

  it('carry the whole save and come back checked, as a code or inside a link', () => {
    const code = encodeResultCode(save);
    if (!code.ok) throw new Error(code.error);
    expect(code.value).toMatch(/^FC1\.[A-Za-z0-9_-]+$/);
    for (const text of [
      code.value,
      ` ${code.value}\n`,
      `https://school.example/#save=${code.value.slice(2)}`,
    ]) {
      const read = decodeResultCode(text);
      if (!read.ok) throw new Error(read.error);
      expect(read.value.save).toEqual(save);
    }
  });

  it('are read by the class comparison when pasted, like a game link', () => {
    const code = encodeResultCode(save);
    if (!code.ok) throw new Error(code.error);
    const read = readPastedGame(`  ${code.value} `);
    if (!read.ok) throw new Error(read.error);
    expect(read.value.save).toEqual(save);
    expect(readPastedGame('FC1.broken').ok).toBe(false);
  });

  it('a damaged or foreign code is refused with a reason', () => {
    const code = encodeResultCode(save);
    if (!code.ok) throw new Error(code.error);
    expect(decodeResultCode(code.value.slice(0, 40)).ok).toBe(false);
    expect(decodeResultCode('hello')).toEqual({
      ok: false,
      error: expect.stringMatching(/not a Frontier Crisis result code/),
    });
    expect(decodeResultCode('').ok).toBe(false);
  });
});
