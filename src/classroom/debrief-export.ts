/**
 * The debrief as files: CSV (UTF-8 with a byte-order mark, so spreadsheets read its characters
 * right; one row per week) and JSON (the debrief's data with the save it came from, so the file can
 * be checked). Cells that a spreadsheet would run as a formula are quoted as text.
 */
import { LADDER_RUNGS, METER_IDS } from '../engine';
import { PREDICTIONS } from './predictions';
import type { DebriefModel } from './debrief';

export const CSV_COLUMNS = [
  'week',
  'decisions',
  'justification',
  'prediction',
  'confidence',
  'prediction came true',
  ...METER_IDS,
  'ladder',
  'ladder rung',
  'attacks',
  'attacks foiled',
  'Pakistanis killed',
  'class vote (hands per option)',
  'turning point',
] as const;

/** One CSV cell: quoted when it holds a comma, quote or line break; a formula-like text made inert. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // A text starting with = + - @ (or a tab or return) would run as a formula in a spreadsheet.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const BYTE_ORDER_MARK = '\ufeff';

export function debriefCsv(model: DebriefModel): string {
  const turning = new Set(model.turningPoints.map((point) => point.week));
  const rows = model.weeks.map((week) => {
    const point = model.timeline[week.week];
    return [
      week.week,
      week.decisions.join('; '),
      week.justification,
      week.prediction ? PREDICTIONS[week.prediction.id].label : undefined,
      week.prediction?.confidence,
      week.prediction ? (week.predictionCameTrue ? 'yes' : 'no') : undefined,
      ...METER_IDS.map((id) => point?.meters[id]),
      week.ladderAfter,
      LADDER_RUNGS[week.ladderAfter],
      week.attacks,
      week.foiled,
      week.harm,
      week.vote
        ? week.vote.options
            .map((o, i) => `${i === week.vote!.chosen ? '*' : ''}${o.hands}`)
            .join(' / ')
        : undefined,
      turning.has(week.week) ? 'yes' : undefined,
    ].map(csvCell);
  });
  const lines = [CSV_COLUMNS.map(csvCell).join(','), ...rows.map((row) => row.join(','))];
  return `${BYTE_ORDER_MARK}${lines.join('\r\n')}\r\n`;
}

/** The debrief as JSON: its data and the save file itself (which a reader can replay to check). */
export function debriefJson(model: DebriefModel, save: unknown): string {
  return `${JSON.stringify({ format: 'frontier-crisis-debrief', version: 1, save, debrief: model }, null, 2)}\n`;
}
