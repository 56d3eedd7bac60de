/**
 * A lesson with the keyboard alone, in real headless Chromium: the teacher makes a class code,
 * turns projector mode on and, with a student who joined by that code, holds a class vote,
 * predicts and justifies the week, ends it and opens the debrief; then the class comparison takes
 * the game's link, sorts its scorecards and opens the student's debrief. Every step is reached
 * with Tab (and arrows, Space, Enter, typing), never by a click.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, useSessions, type Session } from './browser';

const sessions = useSessions();
let session: Session | null = null;

/** What a screen reader would call the focused control, near enough: its label or its text. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return '';
    const labelled = element.getAttribute('aria-labelledby');
    const text =
      element.getAttribute('aria-label') ??
      (labelled ? document.getElementById(labelled)?.textContent : null) ??
      (element as HTMLInputElement).labels?.[0]?.textContent ??
      element.textContent ??
      '';
    return text.replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab until the focused control's name matches; fails naming what it never reached. */
async function tabTo(page: Page, name: RegExp, limit = 150): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    const focused = await focusedName(page);
    if (name.test(focused)) return;
    seen.push(focused);
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${name}; it passed ${seen.slice(-12).join(' | ')}`);
}

async function press(page: Page, name: RegExp, key = 'Enter'): Promise<void> {
  await tabTo(page, name);
  await page.keyboard.press(key);
}

describe('a lesson by keyboard', () => {
  it('is made, joined, voted on, predicted, debriefed and compared without a click', async () => {
    session = await sessions.open({ reducedMotion: true, width: 1366, height: 768 });
    const { page } = session;
    await page.getByRole('heading', { name: 'Frontier Crisis' }).waitFor();

    // The teacher: a class code with predictions required and no advisers' advice.
    await press(page, /^Teach a class$/);
    await page.getByRole('heading', { name: 'Teach a class' }).waitFor();
    // Predictions are required by default; Space takes "Take advice" away.
    await expect(
      page.getByRole('checkbox', { name: /Predictions required/ }).isChecked(),
    ).resolves.toBe(true);
    await press(page, /Take advice/, 'Space');
    await expect(page.getByRole('checkbox', { name: /Take advice/ }).isChecked()).resolves.toBe(
      false,
    );
    await press(page, /^Make class code$/);
    await page.getByRole('heading', { name: 'Your class code' }).waitFor();
    const code = ((await page.locator('.class-code--large').textContent()) ?? '').trim();
    expect(code).toMatch(/^KAR-/);
    await press(page, /^(Back|Close|Main menu)/);
    await page.getByRole('button', { name: 'Class code', exact: true }).waitFor();

    // Projector mode for the class, then the code typed as a student would.
    await press(page, /^Projector mode$/);
    await page.getByRole('button', { name: 'Projector mode: on' }).waitFor();
    await press(page, /^Class code$/);
    await tabTo(page, /^Class code/);
    await page.keyboard.type(code.toLowerCase().replace(/-/g, ' '));
    await tabTo(page, /^Display name/);
    await page.keyboard.type('Keyboard class');
    await page.keyboard.press('Enter');
    await page
      .getByText(/Week 1 of/)
      .first()
      .waitFor();

    // The class vote: two options, hands counted, one committed.
    await press(page, /^Class vote$/);
    const vote = page.getByRole('region', { name: 'Class vote' });
    await vote.waitFor();
    await press(page, /^Convene the apex committee$/);
    await page.getByRole('button', { name: 'Undo Convene the apex committee' }).waitFor();
    await press(page, /^List this week’s choices as option A/);
    // Listing an option clears the decisions: option B is "no action this week".
    await press(page, /^List this week’s choices as option B/);
    await tabTo(page, /^Hands for option A$/);
    await page.keyboard.type('7');
    await tabTo(page, /^Hands for option B$/);
    await page.keyboard.type('4');
    await press(page, /^Commit option A$/);
    await page.getByText(/^Class vote recorded: option A \(7 of 11 hands\)/).waitFor();
    await page.getByRole('button', { name: 'Undo Convene the apex committee' }).waitFor();

    // Predict and justify: the week does not end without them.
    await press(page, /^End week$/);
    await page
      .getByText(/This lesson asks for a one-line justification and a prediction/)
      .first()
      .waitFor();
    await expect(page.getByText(/Week 1 of/).count()).resolves.toBeGreaterThan(0);
    await tabTo(page, /^Justification/);
    await page.keyboard.type('The committee first, as the class voted.');
    await tabTo(page, /^Prediction(?!s)/);
    await page.keyboard.press('ArrowDown');
    await tabTo(page, /^Confidence/);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.getByRole('slider', { name: /Confidence/ }).inputValue())
      .toBe('75');
    await press(page, /^End week$/);
    await page.getByRole('heading', { name: 'Week 1 report' }).first().waitFor();
    await expect(page.locator('.prediction-result').first().innerText()).resolves.toMatch(
      /Your prediction: .* — it (came true|did not happen)\./,
    );

    // The debrief of the game so far, from the replay viewer, and back.
    await press(page, /^Replay$/);
    await page.getByRole('slider', { name: 'Turn' }).waitFor();
    await press(page, /^Debrief$/);
    await page.getByRole('heading', { name: 'Debrief: Keyboard class' }).waitFor();
    await expectAccessible(page, 'debrief by keyboard');
    // The result code the student hands in, as the debrief shows it.
    const resultCode = (await page.locator('.debrief__result-field textarea').inputValue()).trim();
    expect(resultCode).toMatch(/^FC1\./);
    await press(page, /^Close debrief$/);
    await page.getByRole('slider', { name: 'Turn' }).waitFor();
    await press(page, /^Close replay/);
    await page.getByRole('button', { name: 'End week', exact: true }).waitFor();

    // The teacher's comparison takes it by keyboard, and opens the student's debrief.
    await press(page, /^Main menu$/);
    await press(page, /^Class comparison$/);
    await page.getByRole('heading', { name: 'Class comparison', level: 1 }).waitFor();
    await tabTo(page, /^Result codes or game links/);
    await page.keyboard.insertText(resultCode);
    await press(page, /^Add pasted games$/);
    await page.getByText('1 game verified by replay · 0 could not be read').waitFor();
    await press(page, /^Brier score/);
    await expect(
      page
        .locator('.class__scores')
        .getByRole('columnheader', { name: /^Brier score/ })
        .getAttribute('aria-sort'),
    ).resolves.toBe('ascending');
    await press(page, /^Debrief of Keyboard class$/);
    await page.getByRole('heading', { name: 'Debrief: Keyboard class' }).waitFor();
    await press(page, /^Close debrief$/);
    await page.getByText('1 game verified by replay · 0 could not be read').waitFor();
  }, 240_000);
});
