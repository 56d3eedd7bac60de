/**
 * The game as a player meets it, in real headless Chromium: start, read, decide, end weeks, ask
 * "Why?", check the map's text mirror, finish a whole scenario by keyboard and by mouse. Screens
 * are saved under test-results/screenshots for review; each is checked with axe-core.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DISTRICTS, DISTRICT_IDS, previewResponse, replay, type Decision } from '../../src/engine';
import { MAP } from '../../src/map/geometry';
import { threatWords } from '../../src/map/threat';
import { makeSave } from '../../src/persistence/save-format';
import { encodeShareLink } from '../../src/persistence/share-link';
import { previewLines } from '../../src/ui/preview-words';
import { expectAccessible, screenshot, endWeekAndWait, useSessions, type Session } from './browser';

const sessions = useSessions();
let session: Session | null = null;

async function startKarachi(page: Page) {
  await page.getByRole('button', { name: 'New game', exact: true }).click();
  await page.getByRole('radio', { name: /Karachi aftermath/ }).check();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByText('Week 1 of 12').waitFor();
}

/** The game has ended (its ending shows once the last week's events have played). */
async function gameOver(page: Page): Promise<boolean> {
  return (await page.getByText(/ · game over$/).count()) > 0;
}

/**
 * A Karachi game of a known seed, `weeks` into it, opened from its game link: the page shows the
 * start of the next week and Node has its state to check the page against.
 */
async function openLinkedGame(seed: number, name: string, weeks: Decision[][] = []) {
  const options = { scenario: 'karachi', seed, difficulty: 'normal' } as const;
  const save = makeSave(options, weeks, { name });
  if (!save.ok) throw new Error(save.error);
  const link = encodeShareLink(save.value);
  if (!link.ok) throw new Error(link.error);
  const played = replay(options, weeks);
  if (!played.ok) throw new Error(JSON.stringify(played.error.reason));
  session = await sessions.open({ reducedMotion: true, url: `${inject('baseUrl')}${link.value}` });
  await session.page.getByText(`Week ${weeks.length + 1} of 12`).waitFor();
  return { page: session.page, state: played.value.final };
}

describe('a player in the browser', () => {
  it('starts a game, chooses responses, ends the week and reads why each actor reacted', async () => {
    session = await sessions.open();
    const { page } = session;
    await page.getByRole('heading', { name: 'Frontier Crisis' }).waitFor();
    await screenshot(page, '01-title');
    await expectAccessible(page, 'title');

    await page.getByRole('button', { name: 'New game', exact: true }).click();
    await screenshot(page, '02-new-game');
    await expectAccessible(page, 'new game');
    await page.getByRole('radio', { name: /Karachi aftermath/ }).check();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByText('Week 1 of 12').waitFor();
    await screenshot(page, '03-week-1');
    await expectAccessible(page, 'game');

    // An untargeted response, then a targeted one through the list.
    await page.getByRole('button', { name: 'Convene the apex committee', exact: true }).click();
    await expect.poll(() => page.getByText('Actions 3 of 4 left').count()).toBe(1);
    await page.getByRole('button', { name: 'Expand CTD and police capacity', exact: true }).click();
    await page
      .getByLabel('Target for Expand CTD and police capacity')
      .selectOption({ label: 'Bannu' });
    await screenshot(page, '04-choosing-target');
    await page.getByRole('button', { name: 'Confirm target' }).click();
    await expect.poll(() => page.getByText('Actions 2 of 4 left').count()).toBe(1);
    // Undo the first choice.
    await page.getByRole('button', { name: 'Undo Convene the apex committee' }).click();
    await expect.poll(() => page.getByText('Actions 3 of 4 left').count()).toBe(1);

    // An unavailable response says why.
    const posts = page.getByRole('button', {
      name: 'Strike Taliban posts and cities',
      exact: true,
    });
    await expect.poll(() => posts.getAttribute('aria-disabled')).toBe('true');
    await expect
      .poll(() => page.getByText(/Unavailable: Only once the ladder reaches/).count())
      .toBeGreaterThan(0);

    await endWeekAndWait(page, 1);
    await page.getByText('Week 2 of 12').waitFor();
    await screenshot(page, '05-week-1-report');
    await expectAccessible(page, 'report');

    await page
      .getByRole('button', { name: /^Why\?/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect.poll(() => dialog.getByRole('heading', { name: 'Because' }).count()).toBe(1);
    const text = await dialog.innerText();
    expect(text).toMatch(/\(\d+\)|\((yes|no)\)/);
    await screenshot(page, '06-why');
    await expectAccessible(page, 'why dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // The text mirror of the map lists every district.
    await page.getByRole('tab', { name: 'Table' }).click();
    const rows = page.getByRole('table', { name: 'Districts of the frontier' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(22);
    await expect.poll(() => page.getByRole('rowheader', { name: 'Bannu' }).count()).toBe(1);
    await screenshot(page, '07-table');
    await page.getByRole('tab', { name: 'Map' }).click();

    // The log keeps past weeks.
    await page.getByRole('tab', { name: 'Log' }).click();
    await expect.poll(() => page.getByText(/^Week 1: \d+ events?/).count()).toBe(1);
  });

  it('plays a whole scenario to its ending with the keyboard alone', async () => {
    session = await sessions.open({ reducedMotion: true });
    const { page } = session;
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    // Tab to "New game" and press Enter.
    for (let i = 0; i < 10 && (await focusedText()) !== 'New game'; i++)
      await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('New game');
    await page.keyboard.press('Enter');
    // Tab into the scenario radio group; arrows pick Karachi aftermath (the first), Tab on to Start.
    for (let i = 0; i < 10 && (await focusedText()) !== 'Start'; i++)
      await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Start');
    await page.keyboard.press('Enter');
    await page.getByText('Week 1 of 12').waitFor();

    for (let week = 1; week <= 12 && !(await gameOver(page)); week++) {
      // Choose the apex committee by keyboard when it is open.
      const apex = page.getByRole('button', { name: 'Convene the apex committee', exact: true });
      if ((await apex.getAttribute('aria-disabled')) !== 'true') {
        await apex.focus();
        await page.keyboard.press('Enter');
        await expect
          .poll(() => page.getByRole('button', { name: 'Undo Convene the apex committee' }).count())
          .toBe(1);
      }
      await page.getByRole('button', { name: 'End week', exact: true }).focus();
      await page.keyboard.press('Enter');
      await page
        .getByRole('heading', { name: `Week ${week} report` })
        .first()
        .waitFor();
    }
    const ending = page.locator('.ending');
    await ending.waitFor();
    expect(await ending.getByRole('heading').first().innerText()).toMatch(
      /Open war|Loss of public confidence|Fiscal crisis|Strategic reset|Fragile containment|Forever frontier/,
    );
    await expect.poll(() => ending.getByRole('row').count()).toBeGreaterThan(5);
    await screenshot(page, '08-ending');
    await expectAccessible(page, 'ending');
    await ending.getByRole('button', { name: 'New game', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'New game', exact: true }).waitFor();
  }, 180_000);

  it('plays a whole scenario by mouse, taking advice and targets', async () => {
    session = await sessions.open({ width: 1920, height: 1080 });
    const { page } = session;
    await startKarachi(page);
    for (let week = 1; week <= 12 && !(await gameOver(page)); week++) {
      const advice = page.getByRole('button', { name: /^Take advice/ }).first();
      if (await advice.isEnabled()) await advice.click();
      await endWeekAndWait(page, week);
      await page.getByRole('tab', { name: 'Briefing' }).click();
    }
    await page.locator('.ending').waitFor();
    await screenshot(page, '09-ending-1080p');
    await page.getByRole('button', { name: 'New game', exact: true }).click();
    await page.getByRole('button', { name: 'New game', exact: true }).click();
    await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
  }, 180_000);

  it('shows a district card on hover and takes a target from a click on the map', async () => {
    session = await sessions.open();
    const { page } = session;
    await startKarachi(page);
    const canvas = page.locator('.map-view canvas');
    await canvas.waitFor();
    const box = (await canvas.boundingBox())!;
    const [x, y] = MAP.districts.bannu.anchor;
    const at = { x: box.x + (x / MAP.width) * box.width, y: box.y + (y / MAP.height) * box.height };
    await page.mouse.move(at.x, at.y);
    await page.getByRole('complementary', { name: 'Bannu' }).waitFor();
    await page.getByRole('button', { name: 'Expand CTD and police capacity', exact: true }).click();
    await page.mouse.click(at.x, at.y);
    await page.getByRole('button', { name: 'Undo Expand CTD and police capacity' }).waitFor();
    expect(await page.locator('.choices').innerText()).toContain('Bannu');
    await screenshot(page, '12-map-target');
  });

  it('names in the table and the place card the threat the map shows by colour', async () => {
    // A game opened from its link at week 1: Node knows every district's threat.
    const { page, state } = await openLinkedGame(2024, 'Threat in words');
    const { districts } = state;

    await page
      .getByRole('group', { name: 'Places on the map' })
      .getByRole('button', { name: 'Bannu', exact: true })
      .focus();
    const card = page.getByRole('complementary', { name: 'Bannu' });
    await card.waitFor();
    expect(await card.innerText()).toContain(`Militant threat\n${threatWords(districts.bannu)}`);

    await page.getByRole('tab', { name: 'Table' }).click();
    const table = page.getByRole('table', { name: 'Districts of the frontier' });
    for (const id of DISTRICT_IDS) {
      const row = table.locator('tr', {
        has: page.getByRole('rowheader', { name: DISTRICTS[id].name, exact: true }),
      });
      await expect(row.locator('td').first().innerText()).resolves.toBe(threatWords(districts[id]));
    }
    await screenshot(page, '13-table-threat');
  });

  it('keeps the state of talks, truce, verification, Kabul and the crossings in a strip', async () => {
    // Talks in Doha in week 1: the strip of week 2 says what Node's state says.
    const { page, state } = await openLinkedGame(77, 'Talks', [[{ response: 'talks-qatar' }]]);
    const { diplomacy, kabul, crossings } = state;
    expect(diplomacy.talksProgress).toBeGreaterThan(0);
    const text = (await page.locator('.status-strip').innerText()).replace(/\s+/g, ' ');
    expect(text).toContain(`Talks ${diplomacy.talksProgress} of 100`);
    expect(text).toContain(`Kabul’s hostility ${kabul.hostility} of 100`);
    expect(text).toContain(`Kabul’s hardliners ${kabul.hardliners} of 100`);
    const open = Object.values(crossings).filter((crossing) => crossing.open).length;
    expect(text).toContain(`Crossings open ${open} of ${Object.keys(crossings).length}`);
    expect(text).toContain(
      diplomacy.truceWeeks > 0 ? `Truce ${diplomacy.truceWeeks} week` : 'Truce none',
    );
    expect(text).toMatch(/Verification (agreed|suspended|none)/);
    await page.locator('.map-view canvas').waitFor();
    await page.waitForTimeout(500);
    await screenshot(page, '14-status-strip');
    await expectAccessible(page, 'status strip');
  });

  it('previews what a response would do this week, as the engine works it out', async () => {
    const { page, state } = await openLinkedGame(4242, 'Previews');
    const expected = (
      decision: { response: string; target?: string },
      chosen = [] as (typeof decision)[],
    ) => {
      const preview = previewResponse(state, chosen, decision);
      if (!preview.ok) throw new Error('Node refused the preview');
      return previewLines(preview.value);
    };
    await expect(page.locator('.response__preview').count()).resolves.toBe(0);
    await page.getByRole('checkbox', { name: /^Show previews/ }).check();

    const card = (title: string) =>
      page.locator('li.response', {
        has: page.getByRole('button', { name: title, exact: true }),
      });
    const apexLines = await card('Convene the apex committee')
      .locator('.response__preview-lines li')
      .allInnerTexts();
    expect(apexLines).toEqual(expected({ response: 'apex-committee' }));
    expect(apexLines.length).toBeGreaterThan(0);

    // With the apex committee chosen, another response's preview is of the week with both.
    await page.getByRole('button', { name: 'Convene the apex committee', exact: true }).click();
    await page.getByRole('button', { name: 'Undo Convene the apex committee' }).waitFor();
    await expect
      .poll(() =>
        card('Agree a security compact with Khyber Pakhtunkhwa')
          .locator('.response__preview-lines li')
          .allInnerTexts(),
      )
      .toEqual(expected({ response: 'provincial-compact' }, [{ response: 'apex-committee' }]));

    // A targeted response previews the target picked in its chooser.
    await page.getByRole('button', { name: 'Harden police stations', exact: true }).click();
    const chooser = page.getByLabel('Target for Harden police stations');
    await chooser.selectOption({ label: 'Bannu' });
    await expect
      .poll(() => page.locator('.target-chooser .response__preview-lines li').allInnerTexts())
      .toEqual(
        expected({ response: 'harden-stations', target: 'bannu' }, [
          { response: 'apex-committee' },
        ]),
      );
    await page.locator('.target-chooser').scrollIntoViewIfNeeded();
    await screenshot(page, '15-previews');
    await expectAccessible(page, 'previews');
  });

  it('marks the glossary’s terms where they first appear and opens the glossary at them', async () => {
    session = await sessions.open({ reducedMotion: true });
    const { page } = session;
    await startKarachi(page);
    const briefing = page.locator('.briefing');
    const terms = briefing.locator('abbr.term');
    await expect.poll(() => terms.count()).toBeGreaterThan(0);
    const marked = await terms.allInnerTexts();
    // Each term is marked once in the briefing, though it may appear again.
    expect(new Set(marked.map((t) => t.toLowerCase())).size).toBe(marked.length);
    const first = terms.first();
    expect(await first.getAttribute('title')).toMatch(/: /);
    await first.click();
    const glossary = page.getByRole('dialog', { name: 'Glossary' });
    await glossary.waitFor();
    const current = glossary.locator('.glossary__entry.is-current dt');
    expect((await current.innerText()).toLowerCase()).toContain(marked[0]!.toLowerCase());
    await screenshot(page, '16-glossary');
    await expectAccessible(page, 'glossary');
    await page.keyboard.press('Escape');
    await glossary.waitFor({ state: 'detached' });

    // And from How to play.
    await page.getByRole('button', { name: 'How to play', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'How to play' })
      .getByRole('button', { name: 'Glossary' })
      .click();
    await glossary.getByText('Apex committee', { exact: true }).waitFor();
  });

  it('takes a target from the map with the keyboard', async () => {
    session = await sessions.open({ reducedMotion: true });
    const { page } = session;
    await startKarachi(page);
    await page.getByRole('button', { name: 'Harden police stations', exact: true }).focus();
    await page.keyboard.press('Enter');
    const place = page
      .getByRole('group', { name: 'Places on the map' })
      .getByRole('button', { name: 'Lakki Marwat', exact: true });
    await place.focus();
    await page.getByRole('complementary', { name: 'Lakki Marwat' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Undo Harden police stations' }).waitFor();
    expect(await page.locator('.choices').innerText()).toContain('Lakki Marwat');
  });

  it('restores the autosaved week after a reload', async () => {
    session = await sessions.open();
    const { page } = session;
    await startKarachi(page);
    await endWeekAndWait(page, 1);
    await endWeekAndWait(page, 2);
    await page.getByText('Week 3 of 12').waitFor();
    await page.reload();
    await page.getByRole('button', { name: /^Continue: Karachi aftermath, week 3 of 12/ }).click();
    await page.getByText('Week 3 of 12').waitFor();
    await page.getByRole('tab', { name: 'Log' }).click();
    await expect.poll(() => page.getByText(/^Week 2: /).count()).toBe(1);
  });

  it('remembers settings and renders hostile text as text', async () => {
    session = await sessions.open();
    const { page } = session;
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: 'Larger (projector)' }).check();
    await page.getByRole('checkbox', { name: /Reduced motion/ }).check();
    await screenshot(page, '10-settings');
    await page.keyboard.press('Escape');
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.textSize))
      .toBe('larger');
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect
      .poll(() => page.getByRole('checkbox', { name: /Reduced motion/ }).isChecked())
      .toBe(true);
    await page.keyboard.press('Escape');

    // A hostile autosave name never becomes markup, and a corrupt autosave is refused clearly.
    await page.evaluate(() => {
      localStorage.setItem(
        'frontier-crisis/autosave',
        '{"format":"frontier-crisis-save","version":1,"meta":{"name":"<img src=x onerror=alert(1)>"}',
      );
    });
    await page.reload();
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/could not be restored/);
    expect(await page.locator('img').count()).toBe(0);
  });

  it('shows the sources and assumptions page', async () => {
    session = await sessions.open();
    const { page } = session;
    await page.getByRole('button', { name: 'Sources and assumptions' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sources and assumptions' });
    await dialog.waitFor();
    expect(await dialog.getByRole('listitem').count()).toBeGreaterThan(30);
    // Each article by its title, author and outlet where the copy names them, and never a
    // made-up title or an author given as the outlet.
    const articles = await dialog.locator('.articles li').allInnerTexts();
    expect(articles).toHaveLength(5);
    expect(articles).toContain(
      '“After the Airstrikes: Is Pakistan Heading Towards Escalation or a Strategic Reset with Afghanistan?”, by Shamim Shahid — outlet not named in the copy the game drew on: the case for a political, diplomatic and people-centred strategy.',
    );
    expect(articles.some((a) => a.includes('— The News, republished by PK Press Club'))).toBe(true);
    expect(articles.join('\n')).not.toMatch(/unnamed outlet|Untitled article/);
    await screenshot(page, '11-sources');
    await expectAccessible(page, 'sources');
  });
});
