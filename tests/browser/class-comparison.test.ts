/**
 * The class comparison in real headless Chromium: 30 generated games given as a mix of chosen
 * files and pasted game links, plus a damaged file and a damaged pasted line. Every good game
 * loads and the counts on screen are the engine's own; each damaged one is listed with its reason
 * while the rest load; the scorecards sort; the class's prediction accuracy is what the games'
 * own reports say; a student's game and debrief open one click away and closing either comes back
 * to the comparison as it was; the CSV export holds a row per game. Screens at laptop,
 * projector and tablet sizes, each checked with axe-core.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeLesson, lessonGameOptions, type Lesson } from '../../src/classroom/lesson-code';
import { replay, type Decision, ENDING_IDS } from '../../src/engine';
import { STRATEGIES, playGame, type StrategyName } from '../../src/engine/strategies';
import { makeSave, serialiseSave, type SaveFile } from '../../src/persistence/save-format';
import { encodeShareLink } from '../../src/persistence/share-link';
import { expectAccessible, screenshot, useSessions } from './browser';

const sessions = useSessions();

const STRATEGY_CYCLE: StrategyName[] = ['balanced', 'hawk', 'dove', 'random'];

const LESSON: Lesson = {
  scenario: 'karachi',
  seed: 1234,
  difficulty: 'normal',
  length: 'full',
  predictionsRequired: false,
  adviceAllowed: true,
};
const CODE = encodeLesson(LESSON);
const OTHER_CODE = encodeLesson({ ...LESSON, seed: 4321 });

/** Two students in three predict, 60% sure, that public pressure rises in each of weeks 1–3. */
const PREDICTED_WEEKS = [1, 2, 3];
const predicts = (index: number) => index % 3 !== 0;

/**
 * Students' games of one lesson, each played by a built-in strategy and carrying the class code,
 * the student's display name and their predictions; `otherClass` lists the students who played
 * another lesson.
 */
function classGames(count: number, otherClass: readonly number[] = []): SaveFile[] {
  return Array.from({ length: count }, (_, index) => {
    const strategy = STRATEGY_CYCLE[index % STRATEGY_CYCLE.length]!;
    const other = otherClass.includes(index);
    const options = lessonGameOptions(other ? { ...LESSON, seed: 4321 } : LESSON);
    const played = playGame(options, STRATEGIES[strategy]);
    const save = makeSave(options, played.weeks, { name: `game ${index + 1}` }, [], {
      lessonCode: other ? OTHER_CODE : CODE,
      student: `Student ${index + 1} (${strategy})`,
      weeks: predicts(index)
        ? PREDICTED_WEEKS.map((week) => ({
            week,
            prediction: { id: 'pressure-up', confidence: 60 },
          }))
        : [],
    });
    if (!save.ok) throw new Error(save.error);
    return save.value;
  });
}

async function openComparison(width: number, height: number): Promise<Page> {
  const session = await sessions.open({ reducedMotion: true, width, height });
  const { page } = session;
  await page.getByRole('button', { name: 'Class comparison', exact: true }).click();
  await page.getByRole('heading', { name: 'Class comparison', level: 1 }).waitFor();
  return page;
}

function linkOf(save: SaveFile): string {
  const link = encodeShareLink(save);
  if (!link.ok) throw new Error(link.error);
  return link.value;
}

describe('the class comparison', () => {
  it('loads 30 games from files and pasted links, flags another class, lists the damaged ones and counts right', async () => {
    const saves = classGames(30, [12]);
    const page = await openComparison(1366, 768);
    await screenshot(page, 'class-empty');
    await expectAccessible(page, 'class comparison, empty');

    // Twenty files and a damaged one, chosen at once.
    const files = saves.slice(0, 20).map((save, index) => ({
      name: `student-${index + 1}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(serialiseSave(save)),
    }));
    const tampered = JSON.parse(serialiseSave(saves[0]!)) as SaveFile;
    tampered.weeks[2]!.fingerprint = '0123456789abcdef';
    files.splice(7, 0, {
      name: 'damaged.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(tampered)),
    });
    await page.locator('input[type=file]').setInputFiles(files);
    await page.getByText('20 games verified by replay · 1 could not be read').waitFor();

    // Ten links pasted as a spreadsheet column with a heading, one of them cut short.
    const links = saves.slice(20).map((save) => `https://school.example/game/${linkOf(save)}`);
    const cut = links[4]!.slice(0, links[4]!.length - 40);
    const column = ['Result code', ...links.slice(0, 4), cut, ...links.slice(4)].join('\r\n');
    await page.getByLabel(/^Result codes or game links/).fill(column);
    await page.getByRole('button', { name: 'Add pasted games' }).click();
    await page.getByText('30 games verified by replay · 2 could not be read').waitFor();

    const problems = page.getByRole('list', { name: 'Games that could not be read' });
    const listed = await problems.getByRole('listitem').allInnerTexts();
    expect(listed).toHaveLength(2);
    expect(listed[0]).toMatch(/^“damaged\.json” cannot be compared\. .*week 3/);
    expect(listed[1]).toMatch(/^Pasted line 6 cannot be compared\. /);

    // The file of another class is flagged, by its code; the lesson's code is the common one.
    await page
      .getByText('30 games verified by replay · 2 could not be read · 1 of another class')
      .waitFor();
    await expect(
      page.getByLabel('Class code of this lesson').getAttribute('placeholder'),
    ).resolves.toBe(CODE);
    const flagged = page.locator('tr.is-flagged');
    await expect(flagged.count()).resolves.toBe(1);
    await expect(flagged.locator('th').innerText()).resolves.toContain(`Student 13 (balanced)`);
    await expect(flagged.locator('th').innerText()).resolves.toContain(
      `another class (${OTHER_CODE})`,
    );

    // The spread of endings is the engine's own.
    const expected = new Map<string, number>();
    for (const [index, save] of saves.entries()) {
      const played = playGame(
        lessonGameOptions(index === 12 ? { ...LESSON, seed: 4321 } : LESSON),
        STRATEGIES[STRATEGY_CYCLE[index % STRATEGY_CYCLE.length]!],
      );
      expect(played.weeks.length).toBe(save.weeks.length);
      const id = played.state.ending!.id;
      expected.set(id, (expected.get(id) ?? 0) + 1);
    }
    for (const id of [...ENDING_IDS]) {
      const row = page.locator(`tr[data-ending="${id}"]`);
      await expect(row.locator('td').first().innerText()).resolves.toBe(
        String(expected.get(id) ?? 0),
      );
    }
    const scores = page
      .getByRole('table')
      .filter({ has: page.getByRole('button', { name: 'Student' }) });
    await expect(scores.locator('tbody tr').count()).resolves.toBe(30);
    await screenshot(page, 'class-loaded-laptop');
    await expectAccessible(page, 'class comparison, loaded');

    // Sorting by attacks, most first: the first row holds the most attacks of any game.
    const attacks = scores.getByRole('button', { name: 'Attacks', exact: true });
    await attacks.click();
    await attacks.click();
    await expect(
      scores.getByRole('columnheader', { name: 'Attacks', exact: true }).getAttribute('aria-sort'),
    ).resolves.toBe('descending');
    const attackColumn = await scores
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => Number(row.children[5]?.textContent)));
    expect(attackColumn).toEqual([...attackColumn].sort((a, b) => b - a));

    // Prediction accuracy: the hits are what each game's own reports say happened.
    let made = 0;
    let hits = 0;
    let predictingGames = 0;
    for (const [index, save] of saves.entries()) {
      if (!predicts(index)) continue;
      predictingGames++;
      const options = lessonGameOptions(index === 12 ? { ...LESSON, seed: 4321 } : LESSON);
      const decisions = save.weeks.map((week) => week.decisions as Decision[]);
      const game = replay(options, decisions, { reports: true });
      if (!game.ok) throw new Error(JSON.stringify(game.error.reason));
      for (const week of PREDICTED_WEEKS) {
        const report = game.value.reports[week - 1]!;
        made++;
        if (report.metersAfter.publicPressure > report.metersBefore.publicPressure) hits++;
      }
    }
    const accuracy = page.getByRole('region', { name: 'Prediction accuracy' });
    await expect(accuracy.locator('p').first().innerText()).resolves.toContain(
      `${predictingGames} of 30 games made predictions: ${hits} of ${made} came true`,
    );
    const pressureRow = accuracy.getByRole('row', {
      name: /^Public pressure on the government rises/,
    });
    await expect(pressureRow.locator('td').first().innerText()).resolves.toBe(String(made));
    await accuracy.scrollIntoViewIfNeeded();
    await screenshot(page, 'class-predictions');

    // The heat map and the week-by-week table are there; the map counts by kind.
    await page.getByRole('img', { name: /^Map of the frontier shaded/ }).waitFor();
    await page.getByRole('radio', { name: /^Policed/ }).check();
    await page.getByRole('img', { name: /^Map of the frontier shaded/ }).scrollIntoViewIfNeeded();
    await screenshot(page, 'class-heat-map');

    // One click to a student's game, and back to the comparison as it was.
    await page.getByRole('button', { name: 'Open the game of Student 2 (hawk)' }).click();
    await page.getByRole('slider', { name: 'Turn' }).waitFor();
    await page.getByRole('button', { name: /^Close replay/ }).click();
    await page
      .getByText('30 games verified by replay · 2 could not be read · 1 of another class')
      .waitFor();

    // And one to the student's debrief, named for the student, and back again.
    await page.getByRole('button', { name: 'Debrief of Student 2 (hawk)' }).click();
    await page.getByRole('heading', { name: 'Debrief: Student 2 (hawk)' }).waitFor();
    await page.getByRole('img', { name: /The five meters week by week/ }).waitFor();
    await screenshot(page, 'class-debrief');
    await expectAccessible(page, 'a student’s debrief from the class comparison');
    await page.getByRole('button', { name: 'Close debrief' }).click();
    await page
      .getByText('30 games verified by replay · 2 could not be read · 1 of another class')
      .waitFor();

    // The CSV: a byte-order mark, a heading and a row per game.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    const path = await file.path();
    const { readFileSync } = await import('node:fs');
    const csv = readFileSync(path, 'utf8');
    expect(csv.startsWith('\uFEFFStudent,From,Class code,')).toBe(true);
    const rows = csv.split('\r\n\r\n')[0]!.split('\r\n');
    expect(rows).toHaveLength(31);
    expect(rows.filter((row) => row.startsWith('Student 1 (balanced),'))).toHaveLength(1);
    expect(rows.find((row) => row.startsWith('Student 13 (balanced),'))).toContain(
      `,${OTHER_CODE},yes,`,
    );
  });

  for (const screen of [
    { name: 'projector', width: 1920, height: 1080 },
    { name: 'tablet', width: 768, height: 1024 },
  ]) {
    it(`reads well on a ${screen.name}`, async () => {
      const page = await openComparison(screen.width, screen.height);
      const links = classGames(8).map(linkOf).join('\n');
      await page.getByLabel(/^Result codes or game links/).fill(links);
      await page.getByRole('button', { name: 'Add pasted games' }).click();
      await page.getByText('8 games verified by replay · 0 could not be read').waitFor();
      await screenshot(page, `class-loaded-${screen.name}`);
      await expectAccessible(page, `class comparison (${screen.name})`);
    });
  }
});
