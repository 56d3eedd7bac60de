/**
 * Lessons in real headless Chromium: a teacher makes a class code (with its link, QR code and
 * printable lesson sheet); two students, one typing the code and one opening the link, play the
 * same decisions and get the same fingerprints as Node does; a mistyped code is refused clearly;
 * a lesson that requires predictions holds the week until both are given, and the week's report
 * says whether the prediction came true, as the engine's report says. Every new screen is checked
 * with axe and photographed on a laptop, a projector and a tablet.
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildDebrief } from '../../src/classroom/debrief';
import { debriefCsv } from '../../src/classroom/debrief-export';
import { decodeLesson, encodeLesson, lessonGameOptions } from '../../src/classroom/lesson-code';
import { STRATEGIES, playGame } from '../../src/engine/strategies';
import { makeSave, parseCheckedSave } from '../../src/persistence/save-format';
import { decodeResultCode, encodeShareLink } from '../../src/persistence/share-link';
import { PREDICTIONS, cameTrue } from '../../src/classroom/predictions';
import { replay } from '../../src/engine';
import type { PredictionId } from '../../src/model/classroom';
import {
  autosaveOfThisTab,
  expectAccessible,
  screenshot,
  skipPlaybackIfPlaying,
  useSessions,
} from './browser';

const sessions = useSessions();

async function open(options: { width?: number; height?: number; url?: string } = {}) {
  const session = await sessions.open(options);
  // A game link opens the game itself; everything else opens on the title.
  if (!options.url?.includes('#save='))
    await session.page.getByRole('heading', { name: 'Frontier Crisis' }).waitFor();
  return session.page;
}

const VIEWPORTS = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'tablet', width: 768, height: 1024 },
] as const;

/** Makes a Karachi lesson of the class length with predictions required; its code and link. */
async function makeLesson(page: Page, shots = ''): Promise<{ code: string; link: string }> {
  await page.getByRole('button', { name: 'Teach a class', exact: true }).click();
  await page.getByRole('heading', { name: 'Teach a class' }).waitFor();
  if (shots) await screenshot(page, `${shots}-lesson-builder`);
  await expectAccessible(page, 'lesson builder');
  await page.getByRole('radio', { name: /Karachi aftermath/ }).check();
  await page.getByRole('radio', { name: /Class length: 8 weeks/ }).check();
  await page.getByRole('checkbox', { name: /Predictions required/ }).check();
  await page.getByRole('checkbox', { name: /Take advice/ }).uncheck();
  await page.getByRole('button', { name: 'Make class code' }).click();
  await page.getByRole('heading', { name: 'Your class code' }).waitFor();
  const code = (await page.locator('.class-code--large').textContent()) ?? '';
  const link = (await page.locator('.lesson__link a').getAttribute('href')) ?? '';
  if (shots) await screenshot(page, `${shots}-lesson-code`);
  await expectAccessible(page, 'class code');
  return { code, link };
}

/** The week's decisions the students play, the same for both. */
const PLAN: {
  responses: string[];
  justification: string;
  prediction: PredictionId;
  confidence: number;
}[] = [
  {
    responses: ['Convene the apex committee'],
    justification: 'Hold the cabinet together first.',
    prediction: 'pressure-up',
    confidence: 80,
  },
  {
    responses: ['Expand CTD and police capacity@Bannu'],
    justification: 'Police before soldiers.',
    prediction: 'ladder-down',
    confidence: 55,
  },
  {
    responses: [],
    justification: 'Once more, with <img src=x onerror=alert(1)>',
    prediction: 'attack-foiled',
    confidence: 65,
  },
];

async function playPlannedWeek(page: Page, week: number): Promise<void> {
  const plan = PLAN[week - 1]!;
  for (const choice of plan.responses) {
    const [response, target] = choice.split('@') as [string, string | undefined];
    await page.getByRole('button', { name: response, exact: true }).click();
    if (target) {
      await page.getByLabel(`Target for ${response}`).selectOption({ label: target });
      await page.getByRole('button', { name: 'Confirm target' }).click();
    }
  }
  await page.getByRole('textbox', { name: 'Justification' }).fill(plan.justification);
  await page
    .getByRole('combobox', { name: 'Prediction' })
    .selectOption({ label: PREDICTIONS[plan.prediction].label });
  const slider = page.getByRole('slider', { name: /Confidence/ });
  await slider.focus();
  // From the 70% it starts at, by 5% a key press.
  const steps = (plan.confidence - 70) / 5;
  for (let i = 0; i < Math.abs(steps); i++)
    await slider.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
  await expect.poll(() => slider.inputValue()).toBe(String(plan.confidence));
  await page.getByRole('button', { name: 'End week', exact: true }).click();
  await page
    .getByRole('heading', { name: `Week ${week} report` })
    .first()
    .waitFor();
  await skipPlaybackIfPlaying(page);
}

interface StoredSave {
  game: Record<string, unknown>;
  weeks: { decisions: unknown[]; fingerprint: string }[];
  classroom?: {
    lessonCode?: string;
    student?: string;
    weeks: {
      week: number;
      justification?: string;
      prediction?: { id: PredictionId; confidence: number };
    }[];
  };
}

async function autosave(page: Page): Promise<StoredSave> {
  return JSON.parse(String(await autosaveOfThisTab(page))) as StoredSave;
}

describe('a lesson', () => {
  it('is made by the teacher, with a link, a QR code and a one-page lesson sheet, on every screen', async () => {
    for (const viewport of VIEWPORTS) {
      const page = await open(viewport);
      const { code, link } = await makeLesson(page, `classroom-1-${viewport.name}`);
      expect(code).toMatch(/^KAR-[0-9A-Z]{3}-[0-9A-Z]{3}$/);
      expect(link).toMatch(new RegExp(`#lesson=${code}$`));
      await page
        .getByRole('img', { name: `QR code of the lesson link for class code ${code}` })
        .first()
        .waitFor();
      // Nothing is cut off or scrolls sideways.
      expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(
        true,
      );
      await page.emulateMedia({ media: 'print' });
      await screenshot(page, `classroom-2-${viewport.name}-lesson-sheet-print`);
      const printed = await page.evaluate(() => {
        const sheet = document.querySelector('.lesson-sheet')!.getBoundingClientRect();
        const visible = (selector: string) => {
          const element = document.querySelector(selector);
          return element !== null && getComputedStyle(element).display !== 'none';
        };
        return {
          height: sheet.height,
          width: sheet.width,
          share: visible('.lesson__share'),
          heading: visible('.title__heading'),
        };
      });
      // One A4 page at 96 px an inch is about 1123 px tall: the sheet alone fits on it.
      expect(printed.share).toBe(false);
      expect(printed.heading).toBe(false);
      expect(printed.height).toBeLessThan(1123);
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('gives two students, by code and by link, the same crisis for the same decisions', async () => {
    const teacher = await open();
    const { code, link } = await makeLesson(teacher);

    // One student types the code (in lower case, with spaces), with a display name.
    const typed = await open({ width: 1366, height: 768 });
    await typed.getByRole('button', { name: 'Class code', exact: true }).click();
    await typed.getByRole('heading', { name: 'Join a lesson' }).waitFor();
    await screenshot(typed, 'classroom-3-join-lesson');
    await expectAccessible(typed, 'join a lesson');
    await typed
      .getByRole('textbox', { name: 'Class code' })
      .fill(code.toLowerCase().replace(/-/g, ' '));
    await typed.getByRole('textbox', { name: 'Display name (optional)' }).fill('Ayesha');
    await typed.getByRole('button', { name: 'Join the lesson' }).click();
    await typed.getByText('Week 1 of 8').waitFor();
    await typed.getByText(`Lesson ${code}`).waitFor();

    // The other opens the lesson link on a tablet: the form comes with the code filled in.
    const linked = await open({ width: 768, height: 1024, url: link });
    await linked.getByRole('heading', { name: 'Join a lesson' }).waitFor();
    expect(await linked.getByRole('textbox', { name: 'Class code' }).inputValue()).toBe(code);
    await linked.getByRole('button', { name: 'Join the lesson' }).click();
    await linked.getByText('Week 1 of 8').waitFor();

    // The lesson does not allow "Take advice"; sound starts muted in a classroom.
    expect(await typed.getByRole('button', { name: /^Take advice/ }).count()).toBe(0);
    await typed.getByRole('tab', { name: 'Briefing' }).click();
    expect(await typed.getByRole('button', { name: /^Take advice/ }).count()).toBe(0);
    const muted = await typed.evaluate('localStorage.getItem("frontier-crisis/settings")');
    expect(JSON.parse(String(muted)).sound.muted).toBe(true);

    for (const [index, page] of [typed, linked].entries()) {
      for (let week = 1; week <= PLAN.length; week++) {
        if (week === 1 && index === 0) {
          // Required: the week will not end without a justification and a prediction.
          await page.getByRole('button', { name: 'End week', exact: true }).click();
          await page
            .getByText(/This lesson asks for a one-line justification and a prediction/)
            .first()
            .waitFor();
          await page.getByText('Week 1 of 8').waitFor();
          await screenshot(page, 'classroom-4-predict-required');
          await expectAccessible(page, 'predict and justify');
        }
        await playPlannedWeek(page, week);
      }
    }
    await screenshot(typed, 'classroom-5-prediction-result');
    await screenshot(linked, 'classroom-5-tablet-prediction-result');
    await expectAccessible(typed, 'week report with prediction');

    const a = await autosave(typed);
    const b = await autosave(linked);
    expect(a.weeks.map((w) => w.fingerprint)).toEqual(b.weeks.map((w) => w.fingerprint));
    expect(a.game).toEqual(b.game);
    expect(a.classroom?.lessonCode).toBe(code);
    expect(b.classroom?.lessonCode).toBe(code);
    expect(a.classroom?.student).toBe('Ayesha');
    expect(b.classroom?.student).toBeUndefined();

    // Node plays the same lesson to the same fingerprints, and judges the predictions the same.
    const lesson = decodeLesson(code);
    if (!lesson.ok) throw new Error(lesson.error);
    const node = replay(
      lessonGameOptions(lesson.value),
      a.weeks.map((w) => w.decisions as { response: string }[]),
      { states: true, reports: true },
    );
    if (!node.ok) throw new Error(JSON.stringify(node.error.reason));
    expect(node.value.fingerprints).toEqual(a.weeks.map((w) => w.fingerprint));
    expect(a.classroom?.weeks).toEqual(
      PLAN.map((plan, i) => ({
        week: i + 1,
        justification: plan.justification,
        prediction: { id: plan.prediction, confidence: plan.confidence },
      })),
    );
    const lastReport = node.value.reports.at(-1)!;
    const truth = cameTrue(
      { id: PLAN.at(-1)!.prediction, confidence: 65 },
      { report: lastReport, history: node.value.final.history },
    );
    await typed.getByRole('tab', { name: 'Report' }).click();
    await typed
      .getByText(
        `${PREDICTIONS[PLAN.at(-1)!.prediction].label} (65%) — ${truth ? 'it came true.' : 'it did not happen.'}`,
      )
      .waitFor();
    // The hostile justification is shown as text.
    await typed.getByText('Once more, with <img src=x onerror=alert(1)>').waitFor();
  }, 240_000);

  it('refuses a mistyped code and an outdated one, naming the problem', async () => {
    const teacher = await open();
    const { code } = await makeLesson(teacher);
    const page = await open();
    await page.getByRole('button', { name: 'Class code', exact: true }).click();
    const field = page.getByRole('textbox', { name: 'Class code' });
    const last = code.at(-1)!;
    await field.fill(`${code.slice(0, -1)}${last === '7' ? '8' : '7'}`);
    await page.keyboard.press('Enter');
    await page
      .getByRole('alert')
      .getByText(/typing mistake: its check character does not match/)
      .waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'classroom-6-mistyped-code');
    await expectAccessible(page, 'mistyped code');
    await field.fill('KAR-7Q3');
    await page.getByRole('button', { name: 'Join the lesson' }).click();
    await page
      .getByRole('alert')
      .getByText(/has 9 letters and digits .* this one has 6/)
      .waitFor();
    await field.fill(code.replace(/^KAR/, 'QQQ'));
    await page.getByRole('button', { name: 'Join the lesson' }).click();
    await page
      .getByRole('alert')
      .getByText(/this one starts with “QQQ”/)
      .waitFor();
    await page.getByRole('heading', { name: 'Join a lesson' }).waitFor();
  });
});

describe('the debrief', () => {
  it('opens from the ending, prints whole charts, exports the CSV of the save, gives a result code and branches at a turning point', async () => {
    // A finished lesson game with a classroom record, opened from its link.
    const lesson = {
      scenario: 'karachi',
      seed: 4321,
      difficulty: 'normal',
      length: 'class',
      predictionsRequired: true,
      adviceAllowed: true,
    } as const;
    const options = lessonGameOptions(lesson);
    const played = playGame(options, STRATEGIES.balanced);
    const made = makeSave(options, played.weeks, { name: 'Zara' }, [], {
      lessonCode: encodeLesson(lesson),
      student: 'Zara',
      weeks: played.weeks.map((_, i) => ({
        week: i + 1,
        justification: i === 0 ? 'Calm first, <b>then</b> strike' : `Reason ${i + 1}`,
        prediction: { id: i % 2 ? 'attack-foiled' : 'pressure-up', confidence: 60 + (i % 5) * 5 },
      })),
    });
    if (!made.ok) throw new Error(made.error);
    const hash = encodeShareLink(made.value);
    if (!hash.ok) throw new Error(hash.error);
    const page = await open({ width: 1366, height: 768, url: `${inject('baseUrl')}${hash.value}` });
    await page.locator('.ending').waitFor();
    await page.getByRole('button', { name: 'Debrief', exact: true }).click();
    await page.getByRole('heading', { name: 'Debrief: Zara' }).waitFor();
    await page.getByRole('img', { name: /The five meters week by week/ }).waitFor();
    await expectAccessible(page, 'debrief');
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      await screenshot(page, `classroom-7-${viewport.name}-debrief`);
      expect(
        await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth'),
        `${viewport.name}: nothing scrolls sideways`,
      ).toBe(true);
    }

    // Print, at the width of an A4 page (210 mm less 2 × 14 mm margins, at 96 px an inch).
    await page.setViewportSize({ width: 688, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const measureCharts = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.debrief-chart canvas')].map((canvas) => {
          const box = canvas.getBoundingClientRect();
          const holder = canvas.parentElement!.getBoundingClientRect();
          return {
            left: box.left,
            right: box.right,
            width: box.width,
            height: box.height,
            holderHeight: holder.height,
          };
        }),
      );
    // Chart.js also follows its holder through a ResizeObserver, a frame or two late: a size
    // observed on screen just before may land after the print resize, so wait for the charts to
    // settle into their print holders (they must, within the poll's time).
    await expect
      .poll(async () => (await measureCharts()).every((c) => c.height <= c.holderHeight + 1), {
        timeout: 5000,
      })
      .toBe(true);
    const charts = await measureCharts();
    expect(charts).toHaveLength(2);
    for (const chart of charts) {
      expect(chart.left).toBeGreaterThanOrEqual(0);
      expect(chart.right).toBeLessThanOrEqual(688);
      expect(chart.width).toBeGreaterThan(300);
      expect(chart.height).toBeGreaterThan(100);
      expect(chart.height).toBeLessThanOrEqual(chart.holderHeight + 1);
    }
    expect(await page.locator('.debrief__actions').first().isVisible()).toBe(false);
    await page.screenshot({
      path: 'test-results/screenshots/classroom-8-debrief-print.png',
      fullPage: true,
    });
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1366, height: 768 });

    // The CSV export is the debrief of the save, as Node makes it, byte for byte.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const file = join(tmpdir(), `frontier-crisis-debrief-${process.pid}.csv`);
    await download.saveAs(file);
    const csv = readFileSync(file, 'utf8');
    rmSync(file, { force: true });
    const checked = parseCheckedSave(JSON.stringify(made.value));
    if (!checked.ok) throw new Error(checked.error);
    const model = buildDebrief({ ...checked.value.game, classroom: checked.value.save.classroom });
    expect(csv).toBe(debriefCsv(model));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    await page.getByText('Calm first, <b>then</b> strike').first().waitFor();

    // The result code holds the whole game: the teacher's copy replays to the same fingerprints.
    const code = await page.getByRole('textbox', { name: 'Result code' }).inputValue();
    const handedIn = decodeResultCode(code);
    if (!handedIn.ok) throw new Error(handedIn.error);
    expect(handedIn.value.save.weeks).toEqual(made.value.weeks);
    expect(handedIn.value.save.classroom).toEqual(made.value.classroom);

    // "What if?" at the first turning point starts a branch at the start of that week.
    const first = model.turningPoints[0]!;
    await page.getByRole('button', { name: `What if? Play week ${first.week} again` }).click();
    await page.getByText(`Week ${first.week} of 8`).waitFor();
    await page.getByText(new RegExp(`^branch of “.+” after week ${first.week - 1}$`)).waitFor();
  }, 180_000);

  it('opens from the replay viewer of an unfinished game', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'New game', exact: true }).click();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByText('Week 1 of 12').waitFor();
    await page.getByRole('button', { name: 'End week', exact: true }).click();
    await page.getByRole('heading', { name: 'Week 1 report' }).first().waitFor();
    await page.getByRole('button', { name: 'Replay', exact: true }).click();
    await page.getByRole('button', { name: 'Debrief', exact: true }).click();
    await page.getByRole('heading', { name: 'Still in progress' }).waitFor();
    await page.getByText('No predictions were made in this game.').waitFor();
    await expectAccessible(page, 'debrief of a replay');
    await page.getByRole('button', { name: 'Close debrief' }).click();
    await page.getByRole('button', { name: 'Close replay' }).waitFor();
  });
});
