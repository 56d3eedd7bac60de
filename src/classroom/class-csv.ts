/**
 * The class comparison as a spreadsheet: one row per game (the student, the class code, the
 * ending, the predictions' score, the scorecard, the decisions of every week), then what the class
 * chose each week, then how each reaction the class predicted fared. UTF-8
 * with a byte-order mark so spreadsheets open accents and Urdu correctly; every cell quoted when it
 * needs to be, and a cell a spreadsheet would run as a formula is defused.
 */
import { RESPONSES, type Decision, type Scorecard } from '../engine';
import { EN } from '../text';
import type { ClassGame, ClassSummary, PredictionTally } from './class-comparison';
import { PREDICTIONS } from './predictions';

export const BOM = '\uFEFF';

const TITLE = new Map<string, string>(RESPONSES.map((r) => [r.id, r.title]));

/** The scorecard's columns, in the order the screen shows them. */
export const SCORE_COLUMNS: readonly { key: keyof Scorecard; label: string }[] = [
  { key: 'attacks', label: 'Attacks' },
  { key: 'foiled', label: 'Attacks foiled' },
  { key: 'civiliansPakistan', label: 'Pakistani civilians killed' },
  { key: 'civiliansAfghanistan', label: 'Afghan civilians killed' },
  { key: 'police', label: 'Police killed' },
  { key: 'soldiers', label: 'Soldiers killed' },
  { key: 'displaced', label: 'Displaced in Pakistan' },
  { key: 'afghanDisplaced', label: 'Displaced in Afghanistan' },
  { key: 'deportations', label: 'Deportations' },
  { key: 'tradeLostMillions', label: 'Trade lost (million $)' },
  { key: 'ladderPeak', label: 'Ladder peak' },
  { key: 'legitimacy', label: 'Legitimacy' },
];

/** One cell: quoted when it holds a separator, a quote or a line break; formulas defused. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (cells: readonly (string | number)[]) => cells.map(csvCell).join(',');

/** A tally's Brier score to three places, or an empty cell when nothing was predicted. */
export function brierCell(tally: PredictionTally): string {
  return tally.brier === null ? '' : tally.brier.toFixed(3);
}

/** A week's decisions in words: "Strike militant camps (paktika); Expand CTD … (bannu)". */
export function decisionsText(decisions: readonly Decision[]): string {
  if (decisions.length === 0) return 'No action';
  return decisions
    .map((d) => `${TITLE.get(d.response) ?? d.response}${d.target ? ` (${d.target})` : ''}`)
    .join('; ');
}

/** The whole comparison as CSV text, starting with the byte-order mark. */
export function classCsv(summary: ClassSummary, games: readonly ClassGame[]): string {
  const weeks = summary.weeks.length;
  const lines: string[] = [];
  lines.push(
    row([
      'Student',
      'From',
      'Class code',
      'Another class',
      'Ending',
      'Grade',
      'Weeks played',
      'Predictions',
      'Came true',
      'Brier score',
      ...SCORE_COLUMNS.map((c) => c.label),
      ...Array.from({ length: weeks }, (_, i) => `Week ${i + 1}`),
    ]),
  );
  for (const summaryRow of summary.rows) {
    const game = games.find((g) => g.id === summaryRow.id)!;
    lines.push(
      row([
        summaryRow.student,
        summaryRow.origin,
        summaryRow.lessonCode ?? '',
        summaryRow.otherClass ? 'yes' : 'no',
        summaryRow.ending ? EN.endingTitle(summaryRow.ending) : 'Not finished',
        summaryRow.grade ?? '',
        summaryRow.weeksPlayed,
        summaryRow.predictions.made,
        summaryRow.predictions.hits,
        brierCell(summaryRow.predictions),
        ...SCORE_COLUMNS.map((c) => summaryRow.scorecard[c.key]),
        ...Array.from({ length: weeks }, (_, i) => {
          const decisions = game.game.weeks[i];
          return decisions ? decisionsText(decisions) : '';
        }),
      ]),
    );
  }
  lines.push('');
  lines.push(row(['Week', 'Games', 'Different plans', 'Choice', 'Target', 'Games choosing it']));
  for (const week of summary.weeks)
    for (const choice of week.choices)
      lines.push(
        row([
          week.week,
          week.games,
          week.distinctPlans,
          TITLE.get(choice.response) ?? choice.response,
          choice.target ?? '',
          choice.count,
        ]),
      );
  lines.push('');
  lines.push(row(['Prediction', 'Made', 'Came true', 'Brier score']));
  for (const kind of summary.predictions.kinds)
    lines.push(row([PREDICTIONS[kind.id].label, kind.made, kind.hits, brierCell(kind)]));
  lines.push(
    row([
      'All predictions',
      summary.predictions.made,
      summary.predictions.hits,
      brierCell(summary.predictions),
    ]),
  );
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
