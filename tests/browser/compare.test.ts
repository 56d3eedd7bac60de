/**
 * Comparing two games, in real headless Chromium. Saves seeded into the browser's slots (a game
 * and its branch, with hostile names) are opened from the Saves dialog with the keyboard; the
 * charts must draw both lines, their tables must hold the engine's own values week by week, the
 * weeks whose decisions differ must be marked (the first one called out), and both endings shown.
 * A tampered file is refused with the persistence layer's message; a save of another scenario can
 * be compared. Then a branch made through the UI is compared with its original from the replay
 * viewer, and closing goes back there with the game and autosave untouched. Checked with axe-core.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  METER_IDS,
  newGame,
  resolveTurn,
  type Decision,
  type GameOptions,
  type GameState,
} from '../../src/engine';
import { EN } from '../../src/text';
import { makeSave, parseCheckedSave, type SaveFile } from '../../src/persistence/save-format';
import { autosaveOfThisTab, screenshot, seriousViolations, useSessions } from './browser';

const sessions = useSessions();

const ORIGIN_NAME = '<img src=x onerror=alert(1)> original';
const BRANCH_NAME = 'Branch <b>bold</b> & “quiet”';
const BRANCH_WEEK = 4;

function golden(file: string): SaveFile {
  const save = parseCheckedSave(readFileSync(`tests/golden-saves/${file}.json`, 'utf8'));
  if (!save.ok) throw new Error(save.error);
  return save.value.save;
}

function build(
  options: GameOptions,
  weeks: Decision[][],
  meta: { name: string; branchOf?: { name: string; week: number } },
): SaveFile {
  const save = makeSave(options, weeks, { ...meta, createdAt: '2026-01-02T10:04:00.000Z' });
  if (!save.ok) throw new Error(save.error);
  return save.value;
}

/** Every week's state from the engine itself: the opening, then the state after each week. */
function engineStates(options: GameOptions, weeks: readonly Decision[][]): GameState[] {
  const start = newGame(options);
  if (!start.ok) throw new Error(start.error);
  const states = [start.value];
  for (const decisions of weeks) {
    const turn = resolveTurn(states[states.length - 1]!, decisions);
    if (!turn.ok) throw new Error(JSON.stringify(turn.error.reason));
    states.push(turn.value.state);
  }
  return states;
}

async function open(): Promise<Page> {
  const session = await sessions.open({ reducedMotion: true, width: 1440, height: 900 });
  return session.page;
}

/** The table under a chart, as [week label, first, second] rows of text. */
async function chartTable(page: Page, series: string): Promise<string[][]> {
  return page
    .locator(`table[data-series="${series}"] tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? '')),
    );
}

/** How many pixels of a canvas are close to a colour: a line in that colour was drawn. */
async function pixelsOfColour(page: Page, index: number, hex: string): Promise<number> {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return page.evaluate(
    `(() => {
      const canvas = document.querySelectorAll('.compare-chart canvas')[${index}];
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let i = 0; i < data.length; i += 4)
        if (Math.abs(data[i] - ${r}) < 30 && Math.abs(data[i + 1] - ${g}) < 30 && Math.abs(data[i + 2] - ${b}) < 30 && data[i + 3] > 200) count++;
      return count;
    })()`,
  ) as Promise<number>;
}

/** The name of the game a picker has chosen: its option's label up to the description. */
async function chosenName(picker: Locator): Promise<string> {
  const label = await picker.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text ?? '');
  return label.replace(/ \([^()]*\)$/, '');
}

async function tabTo(page: Page, label: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (text === label) return;
  }
  throw new Error(`Tab never reached “${label}”`);
}

describe('comparing two games', () => {
  it('compares a save with its branch, opened from the Saves dialog with the keyboard', async () => {
    const base = golden('karachi-balanced-1101');
    const options = base.game as GameOptions;
    const originWeeks = base.weeks.map((w) => w.decisions);
    // The branch shares the first four weeks, then chooses nothing for four weeks.
    const branchWeeks = [...originWeeks.slice(0, BRANCH_WEEK), [], [], [], []];
    const origin = build(options, originWeeks, { name: ORIGIN_NAME });
    const branch = build(options, branchWeeks, {
      name: BRANCH_NAME,
      branchOf: { name: ORIGIN_NAME, week: BRANCH_WEEK },
    });
    const other = golden('doha-truce-balanced-3303');

    const page = await open();
    // Newest first: the branch is the first slot, its original the second.
    await page.evaluate(
      `localStorage.setItem('frontier-crisis/slots', ${JSON.stringify(JSON.stringify([branch, origin]))})`,
    );
    await page.reload();
    const slotsBefore = await page.evaluate(() => localStorage.getItem('frontier-crisis/slots'));
    const autosaveBefore = await autosaveOfThisTab(page);

    await page.getByRole('button', { name: 'Load game', exact: true }).click();
    await page.getByRole('dialog', { name: 'Saves' }).waitFor();
    await tabTo(page, 'Compare…');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Compare two games', level: 1 }).waitFor();

    // The branch comes first and its original is offered beside it; the names are text only.
    const first = page.getByRole('combobox', { name: 'Choose the first game' });
    const second = page.getByRole('combobox', { name: 'Choose the second game' });
    await expect.poll(() => chosenName(first)).toBe(BRANCH_NAME);
    await expect.poll(() => chosenName(second)).toBe(ORIGIN_NAME);
    await page.getByText(ORIGIN_NAME, { exact: true }).first().waitFor();
    await page.getByText(BRANCH_NAME, { exact: true }).first().waitFor();
    expect(await page.locator('img, b').count()).toBe(0);
    await page
      .getByText(`Branched from “${ORIGIN_NAME}” after week ${BRANCH_WEEK}`, { exact: true })
      .waitFor();
    const summary = await page.getByRole('region', { name: 'How they differ' }).innerText();
    expect(summary).toContain(
      `“${BRANCH_NAME}” is a branch of “${ORIGIN_NAME}”: it branched after week ${BRANCH_WEEK}`,
    );
    expect(summary).toContain(`Their decisions first differ in week ${BRANCH_WEEK + 1}`);

    // Six charts, each with both lines drawn (blue solid and orange dashed).
    await expect.poll(() => page.locator('.compare-chart canvas').count()).toBe(6);
    for (let index = 0; index < 6; index++) {
      await expect.poll(() => pixelsOfColour(page, index, '#56b4e9')).toBeGreaterThan(20);
      await expect.poll(() => pixelsOfColour(page, index, '#e69f00')).toBeGreaterThan(20);
    }
    await screenshot(page, '60-compare-top');

    // Each chart's table holds the engine's values for both games, week by week.
    const branchStates = engineStates(options, branchWeeks);
    const originStates = engineStates(options, originWeeks);
    const expected = (states: GameState[], week: number, series: string) => {
      const state = states[week];
      if (!state) return 'not played';
      const value = series === 'ladder' ? state.ladder : state.meters[series as 'cohesion'];
      return String(value);
    };
    for (const series of [...METER_IDS, 'ladder']) {
      const rows = await chartTable(page, series);
      expect(rows).toHaveLength(originWeeks.length + 1);
      rows.forEach(([week, a, b], index) => {
        expect(week).toBe(index === 0 ? 'Opening' : String(index));
        expect(a?.split(' · ')[0]).toBe(expected(branchStates, index, series));
        expect(b?.split(' · ')[0]).toBe(expected(originStates, index, series));
      });
    }

    // The decisions: the weeks that differ are marked, the first one called out.
    const rows = page.locator('tr.compare-decisions__row');
    expect(await rows.count()).toBe(originWeeks.length);
    const marked = await page
      .locator('tr.compare-decisions__row.is-different')
      .evaluateAll((list) => list.map((row) => Number(row.getAttribute('data-week'))));
    const differing = originWeeks.flatMap((week, index) =>
      index < branchWeeks.length && JSON.stringify(week) !== JSON.stringify(branchWeeks[index])
        ? [index + 1]
        : [],
    );
    expect(differing.length).toBeGreaterThan(0);
    expect(marked).toEqual(differing);
    const firstDiff = rows.nth(BRANCH_WEEK);
    expect(await firstDiff.getAttribute('class')).toContain('is-first-difference');
    expect(await firstDiff.locator('td').last().innerText()).toBe(
      'Different: the first difference · the branch starts',
    );
    await firstDiff.scrollIntoViewIfNeeded();
    await screenshot(page, '61-compare-decisions');
    expect(await rows.nth(0).locator('td').last().innerText()).toBe('Same');
    expect(
      await rows
        .nth(originWeeks.length - 1)
        .locator('td')
        .last()
        .innerText(),
    ).toBe('Only the second game');

    // The endings: the original's, and the branch still in progress.
    const ending = originStates[originStates.length - 1]!.ending;
    expect(ending).not.toBeNull();
    const endings = page.getByRole('region', { name: 'Endings' });
    const words = EN.ending(ending!);
    expect(await endings.innerText()).toContain(words.title);
    for (const cause of words.causes) expect(await endings.innerText()).toContain(cause);
    await endings
      .getByText(`Still in progress at week ${branchWeeks.length + 1} of 12`, { exact: true })
      .waitFor();
    await endings.scrollIntoViewIfNeeded();
    await screenshot(page, '62-compare-endings');

    expect(await seriousViolations(page)).toEqual([]);
    for (const summaryElement of await page.locator('.compare-chart summary').all())
      await summaryElement.click();
    expect(await seriousViolations(page)).toEqual([]);

    // A tampered file is refused with the persistence layer's reason; nothing changes.
    const tampered = structuredClone(other);
    tampered.weeks[2]!.fingerprint = '0123456789abcdef';
    const secondFile = page.locator('input[type="file"]').last();
    await secondFile.setInputFiles({
      name: 'tampered.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(tampered)),
    });
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toBe(
        '“tampered.json” cannot be compared. This save has been altered or damaged: week 3 does not replay to the fingerprint recorded for it.',
      );
    await expect.poll(() => chosenName(second)).toBe(ORIGIN_NAME);

    // Another scenario can be compared: weeks line up by number, and the screen says so.
    await secondFile.setInputFiles({
      name: 'doha.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(other)),
    });
    await expect.poll(() => second.inputValue()).toBe('file:1');
    await page
      .getByText(/^Different scenarios: Karachi aftermath \(12 weeks\) and Doha truce/)
      .waitFor();
    expect(await rows.count()).toBe(other.weeks.length);
    const ladder = await chartTable(page, 'ladder');
    expect(ladder).toHaveLength(other.weeks.length + 1);
    expect(ladder[ladder.length - 1]?.[1]).toBe('not played');
    await screenshot(page, '63-compare-scenarios');
    expect(await seriousViolations(page)).toEqual([]);

    // Close returns to the title; no save or autosave was touched.
    await page.getByRole('button', { name: 'Close comparison', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'New game', exact: true }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('frontier-crisis/slots'))).toBe(
      slotsBefore,
    );
    expect(await autosaveOfThisTab(page)).toBe(autosaveBefore);
  });

  it('compares a branch made in the game with its original from the replay viewer', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'New game', exact: true }).click();
    await page.getByRole('radio', { name: /Karachi aftermath/ }).check();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByText('Week 1 of 12').waitFor();
    for (let week = 1; week <= 3; week++) {
      await page.getByRole('button', { name: 'End week', exact: true }).click();
      await page.getByText(`Week ${week + 1} of 12`).waitFor();
    }
    await page.getByRole('button', { name: 'Save game', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Saves' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Quiet weeks');
    await dialog.getByRole('button', { name: 'Save to a new slot' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Saved “Quiet weeks”.' }).waitFor();
    await dialog.getByRole('button', { name: 'Replay', exact: true }).click();
    await page.getByRole('slider', { name: 'Turn' }).waitFor();
    await page.getByRole('button', { name: 'Next week', exact: true }).click();
    await page.getByRole('button', { name: 'Branch from this week', exact: true }).click();
    await page.getByText('Week 2 of 12').waitFor();
    await page.getByRole('button', { name: 'Convene the apex committee', exact: true }).click();
    await page.getByRole('button', { name: 'End week', exact: true }).click();
    await page.getByText('Week 3 of 12').waitFor();

    await page.getByRole('button', { name: 'Save game', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Saves' })
      .getByRole('button', { name: 'Replay this game' })
      .click();
    await page.getByRole('slider', { name: 'Turn' }).waitFor();
    const autosaveBefore = await autosaveOfThisTab(page);
    const compare = page.getByRole('button', { name: 'Compare with original', exact: true });
    await screenshot(page, '64-replay-of-a-branch');
    await compare.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Compare two games', level: 1 }).waitFor();

    await expect
      .poll(() => page.getByRole('combobox', { name: 'Choose the first game' }).inputValue())
      .toBe('replay');
    await expect
      .poll(() => chosenName(page.getByRole('combobox', { name: 'Choose the second game' })))
      .toBe('Quiet weeks');
    const summary = await page.getByRole('region', { name: 'How they differ' }).innerText();
    expect(summary).toMatch(/is a branch of “Quiet weeks”: it branched after week 1,/);
    expect(summary).toContain('Their decisions first differ in week 2');
    const rows = page.locator('tr.compare-decisions__row');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(1).locator('td').nth(0).innerText()).toBe('Convene the apex committee');
    expect(await rows.nth(1).locator('td').nth(1).innerText()).toBe('No response chosen');
    expect(await rows.nth(1).getAttribute('class')).toContain('is-first-difference');
    await expect.poll(() => page.locator('.compare-chart canvas').count()).toBe(6);
    await screenshot(page, '65-compare-from-replay');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Close comparison', exact: true }).click();
    await page.getByRole('slider', { name: 'Turn' }).waitFor();
    await page.getByRole('button', { name: 'Close replay', exact: true }).click();
    await page.getByText('Week 3 of 12').waitFor();
    await page.getByRole('button', { name: 'End week', exact: true }).waitFor();
    expect(await autosaveOfThisTab(page)).toBe(autosaveBefore);

    // From the game itself: the game in play comes first, its original beside it; Close
    // returns to the game at the same week.
    await page.getByRole('button', { name: 'Save game', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Saves' })
      .getByRole('button', { name: 'Compare…' })
      .click();
    await page.getByRole('heading', { name: 'Compare two games', level: 1 }).waitFor();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Choose the first game' }).inputValue())
      .toBe('current');
    await expect
      .poll(() => chosenName(page.getByRole('combobox', { name: 'Choose the second game' })))
      .toBe('Quiet weeks');
    await page.getByRole('button', { name: 'Close comparison', exact: true }).click();
    await page.getByText('Week 3 of 12').waitFor();
    await page.getByRole('button', { name: 'End week', exact: true }).waitFor();
    expect(await autosaveOfThisTab(page)).toBe(autosaveBefore);
  });
});
