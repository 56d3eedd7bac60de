/**
 * Objectives and warnings as a player meets them, in real headless Chromium: the Objectives tab
 * lists each good ending's conditions with the week's figures and each loss; a game one week from
 * breaking public confidence (played in Node, imported as a file) warns of it where the player
 * decides, in the report and in the Objectives tab.
 */
import { describe, expect, it } from 'vitest';
import { lossWatch, type Decision, type GameState } from '../../src/engine';
import { STRATEGIES, playGame } from '../../src/engine/strategies';
import { makeSave, serialiseSave } from '../../src/persistence/save-format';
import { expectAccessible, openSaves, screenshot, useSessions, type Session } from './browser';

const sessions = useSessions();
let session: Session | null = null;

/** The decisions of a Karachi game up to the first week that opens with public pressure in crisis. */
function weeksToACrisis(): { weeks: Decision[][]; seed: number; state: GameState } {
  for (let seed = 1; seed < 200; seed++) {
    let found: { weeks: Decision[][]; state: GameState } | null = null;
    const weeks: Decision[][] = [];
    playGame(
      { scenario: 'karachi', seed, difficulty: 'normal' },
      STRATEGIES.dove,
      (before, report) => {
        if (found) return;
        if (before.pressureCrisisWeeks >= 2) found = { weeks: [...weeks], state: before };
        weeks.push(
          report.decisions.map((d) => ({
            response: d.response,
            ...(d.target ? { target: d.target } : {}),
          })),
        );
      },
    );
    if (found) return { ...(found as { weeks: Decision[][]; state: GameState }), seed };
  }
  throw new Error('No Karachi game of the dove reached two weeks of crisis pressure.');
}

describe('objectives and warnings', () => {
  it('opens the causes of a meter’s change, and says which way is better', async () => {
    session = await sessions.open();
    const { page } = session;
    await page.getByRole('button', { name: 'New game', exact: true }).click();
    await page.getByRole('radio', { name: /Karachi aftermath/ }).check();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByText('Week 1 of 12').waitFor();
    const meters = page.getByRole('list', { name: 'National meters' });
    expect(await meters.innerText()).toContain('Public pressure ↓');
    expect(await meters.getByRole('button').count()).toBe(0);
    await page.getByRole('button', { name: 'Convene the apex committee', exact: true }).click();
    await page.getByRole('button', { name: 'End week', exact: true }).click();
    await page.getByRole('heading', { name: 'Week 1 report' }).first().waitFor();
    const pressure = meters.getByRole('button', { name: /Why did public pressure change\?$/ });
    // Its name is what it shows (speech input reaches it by its words), then the question.
    expect(await pressure.evaluate((button) => button.textContent)).toMatch(
      /^Public pressure ↓ \(lower is better\) \d+( [+−]\d+ this week)?\. Why did public pressure change\?$/,
    );
    // The apex committee acts on cohesion: its causes name the response.
    const why = meters.getByRole('button', { name: /Why did institutional cohesion change\?$/ });
    await why.click();
    const dialog = page.getByRole('dialog', { name: 'Why did institutional cohesion change?' });
    await dialog.waitFor();
    const text = await dialog.innerText();
    expect(text).toContain('Week 1');
    expect(text).toContain('Higher is better.');
    expect(text).toContain('Your response: “Convene the apex committee”');
    await screenshot(page, '72-meter-why');
    await expectAccessible(page, 'meter causes');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('shows what winning takes, and warns of a loss in the week it can come', async () => {
    session = await sessions.open();
    const { page } = session;
    await page.getByRole('button', { name: 'New game', exact: true }).click();
    await page.getByRole('radio', { name: /Karachi aftermath/ }).check();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByText('Week 1 of 12').waitFor();
    await page.getByRole('tab', { name: 'Objectives' }).click();
    const panel = page.getByRole('region', { name: 'Objectives' });
    await panel.getByRole('heading', { name: /^Strategic reset \(\d of 7 met now\)$/ }).waitFor();
    await panel
      .getByRole('heading', { name: /^Fragile containment \(\d of 5 met now\)$/ })
      .waitFor();
    const text = await panel.innerText();
    expect(text).toMatch(/Successful attacks in weeks 9–12: \d+ or fewer \(counted from week 9\)/);
    expect(text).toContain('Public pressure: 72 — below 75.');
    expect(text).toContain('Torkham and Chaman must both be open.');
    expect(text).toMatch(/Loss of public confidence: Public pressure 72: 4 weeks in a row at 90/);
    expect(await page.getByText(/^Warning/).count()).toBe(0);
    await screenshot(page, '70-objectives');
    await expectAccessible(page, 'objectives');

    // A game two weeks into crisis pressure: every place the player looks warns of it.
    const crisis = weeksToACrisis();
    const watch = lossWatch(crisis.state).find((w) => w.id === 'loss-of-confidence')!;
    expect(watch.warning).toBe(true);
    const save = makeSave(
      { scenario: 'karachi', seed: crisis.seed, difficulty: 'normal' },
      crisis.weeks,
      {
        name: 'Pressure building',
      },
    );
    if (!save.ok) throw new Error(save.error);
    const dialog = await openSaves(page, 'Save game');
    await dialog.locator('input[type="file"]').setInputFiles({
      name: 'pressure.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serialiseSave(save.value)),
    });
    await dialog.getByRole('button', { name: 'Load', exact: true }).last().click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(`Week ${crisis.state.week} of 12`).waitFor();

    const left = crisis.state.pressureCrisisWeeks === 3 ? '1 more week' : '2 more weeks';
    const decide = page.getByRole('region', { name: 'Decide' });
    await decide
      .getByRole('status')
      .filter({ hasText: /^Warning/ })
      .waitFor();
    expect(await decide.innerText()).toContain(`${left} and public confidence breaks.`);
    await page.getByRole('tab', { name: 'Report' }).click();
    await page.getByText(`Warning for week ${crisis.state.week}`).waitFor();
    await page.getByRole('tab', { name: 'Objectives' }).click();
    expect(await panel.innerText()).toContain('Loss of public confidence — warning:');
    await screenshot(page, '71-objectives-warning');
    await expectAccessible(page, 'objectives with a warning');
  });
});
