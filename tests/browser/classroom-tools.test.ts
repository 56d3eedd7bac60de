/**
 * The teacher's tools in real headless Chromium: the facilitator guide (every section, the role
 * cards from the game in progress, its print layout and the role cards printed one to a page) and
 * projector mode (larger type, sound muted, the meters hidden until M reveals them, announced).
 * Each screen is opened at a laptop's 1366×768, a projector's 1920×1080 and a tablet's 768×1024,
 * saved under test-results/screenshots and checked with axe-core.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, useSessions } from './browser';

const sessions = useSessions();

const SCREENS = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'tablet', width: 768, height: 1024 },
] as const;

async function open(width: number, height: number): Promise<Page> {
  const session = await sessions.open({ reducedMotion: true, width, height });
  return session.page;
}

async function startKarachi(page: Page) {
  await page.getByRole('button', { name: 'New game', exact: true }).click();
  await page.getByRole('radio', { name: /Karachi aftermath/ }).check();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByText('Week 1 of 12').waitFor();
}

const SECTION_TITLES = [
  'Learning goals',
  'A 45-minute lesson',
  'Three periods',
  'Codes, projector and comparison',
  'Discussing a real conflict',
  'Cabinet roles',
  'Discussion prompts',
  'Glossary',
  'Sources and assumptions',
];
const SEATS = [
  'Military command',
  'Foreign Office',
  'KP provincial government',
  'Finance',
  'Interior and intelligence',
];

describe('the facilitator guide', () => {
  for (const screen of SCREENS) {
    it(`opens from the title and prints cleanly (${screen.name})`, async () => {
      const page = await open(screen.width, screen.height);
      await page.getByRole('button', { name: 'Facilitator guide', exact: true }).click();
      await page.getByRole('heading', { name: 'Facilitator guide', level: 1 }).waitFor();
      for (const title of SECTION_TITLES)
        await expect(page.getByRole('heading', { name: title, level: 2 }).count()).resolves.toBe(1);
      // The contents jump to a section without touching the address (its fragment carries games).
      await page
        .getByRole('navigation', { name: 'Guide contents' })
        .getByRole('link', {
          name: 'Glossary',
        })
        .click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
      await page.getByRole('heading', { name: 'Learning goals' }).scrollIntoViewIfNeeded();
      await screenshot(page, `guide-${screen.name}`);
      await expectAccessible(page, `facilitator guide (${screen.name})`);

      await page.emulateMedia({ media: 'print' });
      // In print only the guide shows: no title screen behind it, no buttons.
      await expect(
        page.getByRole('heading', { name: 'Frontier Crisis', level: 1 }).isVisible(),
      ).resolves.toBe(false);
      await expect(page.getByRole('button', { name: 'Print the guide' }).isVisible()).resolves.toBe(
        false,
      );
      await screenshot(page, `guide-print-${screen.name}`);
      await page.emulateMedia({ media: 'screen' });

      await page.getByRole('button', { name: 'Close guide' }).click();
      await page.getByRole('button', { name: 'New game', exact: true }).waitFor();
    });
  }

  it('gives each cabinet seat its slice of the running game’s week, one card to a printed page', async () => {
    const page = await open(1366, 768);
    await startKarachi(page);
    await page.getByRole('button', { name: 'Facilitator guide' }).click();
    const roles = page.locator('#guide-roles');
    await roles.getByRole('heading', { name: 'Cabinet roles' }).scrollIntoViewIfNeeded();
    expect(await page.getByLabel('Briefing drawn from').inputValue()).toBe('game');
    const cards = roles.getByRole('article');
    await expect(cards.count()).resolves.toBe(SEATS.length);
    for (const [index, seat] of SEATS.entries()) {
      const card = cards.nth(index);
      await expect(card.getByRole('heading', { level: 4 }).innerText()).resolves.toBe(seat);
      await expect(card.textContent()).resolves.toContain('Karachi aftermath, week 1');
    }
    // Finance answers for the money: its card names fiscal room; Military for deterrence.
    await expect(cards.nth(3).innerText()).resolves.toContain('Fiscal room');
    await expect(cards.nth(0).innerText()).resolves.toContain('Deterrence credibility');
    await roles.scrollIntoViewIfNeeded();
    await screenshot(page, 'guide-role-cards');
    await expectAccessible(page, 'role cards');

    // The role cards alone, one to a page: five cards, at least five pages.
    await page.evaluate(() => (document.documentElement.dataset.print = 'role-cards'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: 'Learning goals' }).isVisible()).resolves.toBe(
      false,
    );
    await expect(cards.first().isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(SEATS.length);
    await page.emulateMedia({ media: 'screen' });

    // Closing returns to the game as it was.
    await page.getByRole('button', { name: 'Close guide' }).click();
    await page.getByText('Week 1 of 12').waitFor();
  });
});

describe('projector mode', () => {
  for (const screen of SCREENS) {
    it(`enlarges the type, starts muted and hides the meters until M (${screen.name})`, async () => {
      const page = await open(screen.width, screen.height);
      const normalSize = await page.evaluate(() =>
        parseFloat(getComputedStyle(document.documentElement).fontSize),
      );
      const toggle = page.getByRole('button', { name: /^Projector mode/ });
      await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
      await toggle.click();
      await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
      const projectorSize = await page.evaluate(() =>
        parseFloat(getComputedStyle(document.documentElement).fontSize),
      );
      expect(projectorSize).toBeGreaterThan(normalSize * (screen.width > 1000 ? 1.3 : 1.1));
      await screenshot(page, `projector-title-${screen.name}`);
      await expectAccessible(page, `projector title (${screen.name})`);

      await startKarachi(page);
      const meters = page.getByRole('list', { name: 'National meters' });
      const status = page.getByRole('status').filter({ hasText: /^Meters / });
      await expect(meters.count()).resolves.toBe(0);
      await expect(status.innerText()).resolves.toBe('Meters hidden for discussion.');
      await screenshot(page, `projector-game-hidden-${screen.name}`);
      await expectAccessible(page, `projector game, meters hidden (${screen.name})`);

      await page.keyboard.press('m');
      await meters.waitFor();
      await expect(status.innerText()).resolves.toMatch(/^Meters shown: Public pressure \d+, /);
      await screenshot(page, `projector-game-shown-${screen.name}`);
      await expectAccessible(page, `projector game, meters shown (${screen.name})`);
      await page.getByRole('button', { name: /Hide meters/ }).click();
      await expect(meters.count()).resolves.toBe(0);

      // Sound starts muted; the choice is remembered, and a reload stays in projector mode.
      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Settings' });
      await expect(
        dialog.getByRole('checkbox', { name: 'Mute all sound' }).isChecked(),
      ).resolves.toBe(true);
      await expect(
        dialog.getByRole('checkbox', { name: /^Projector mode/ }).isChecked(),
      ).resolves.toBe(true);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await page.reload();
      await expect(page.evaluate(() => document.documentElement.dataset.projector)).resolves.toBe(
        'on',
      );
    });
  }

  it('ignores M while the player types in a field', async () => {
    const page = await open(1366, 768);
    await page.getByRole('button', { name: /^Projector mode/ }).click();
    await startKarachi(page);
    await page.getByRole('tab', { name: 'Report' }).click();
    const field = page.getByRole('textbox').first();
    if ((await field.count()) === 0) throw new Error('No text field on the report tab to type in.');
    await field.focus();
    await page.keyboard.type('mmm');
    await expect(page.getByRole('list', { name: 'National meters' }).count()).resolves.toBe(0);
  });
});

describe('the class vote', () => {
  for (const screen of SCREENS.slice(0, 2)) {
    it(`lists options, counts hands, commits one and keeps it for the replay (${screen.name})`, async () => {
      const page = await open(screen.width, screen.height);
      await page.getByRole('button', { name: /^Projector mode/ }).click();
      await startKarachi(page);
      await page.getByRole('button', { name: 'Class vote', exact: true }).click();
      const vote = page.getByRole('region', { name: 'Class vote' });
      await page.getByRole('button', { name: 'Convene the apex committee', exact: true }).click();
      await vote.getByRole('button', { name: /^List this week’s choices as option A/ }).click();
      await page
        .getByRole('button', { name: 'Expand CTD and police capacity', exact: true })
        .click();
      await page
        .getByLabel('Target for Expand CTD and police capacity')
        .selectOption({ label: 'Bannu' });
      await page.getByRole('button', { name: 'Confirm target' }).click();
      await vote.getByRole('button', { name: /^List this week’s choices as option B/ }).click();
      await vote.getByLabel('Hands for option A').fill('9');
      for (let i = 0; i < 3; i++)
        await vote.getByRole('button', { name: 'One more hand for option B' }).click();
      await vote.getByLabel('Hands for option B').press('End');
      await expect(vote.getByLabel('Hands for option B').inputValue()).resolves.toBe('3');
      await vote.getByRole('button', { name: 'Start timer' }).click();
      await vote.getByText(/^\d:\d\d$/).waitFor();
      await vote.scrollIntoViewIfNeeded();
      await screenshot(page, `vote-open-${screen.name}`);
      await expectAccessible(page, `class vote (${screen.name})`);

      await vote.getByRole('button', { name: 'Commit option B' }).click();
      await page.getByText(/^Class vote recorded: option B \(3 of 12 hands\)/).waitFor();
      // Option B's choice is now the week's: police capacity in Bannu, and nothing else.
      await page.getByRole('button', { name: 'Undo Expand CTD and police capacity' }).waitFor();
      await expect(
        page.getByRole('button', { name: 'Undo Convene the apex committee' }).count(),
      ).resolves.toBe(0);
      await page.getByRole('button', { name: 'End week', exact: true }).click();
      await page.getByRole('heading', { name: 'Week 1 report' }).first().waitFor();

      await page.getByRole('button', { name: 'Replay', exact: true }).click();
      await page.getByRole('button', { name: 'Next week' }).click();
      const record = page.getByRole('region', { name: 'Class vote, week 1' });
      await record.waitFor();
      const options = await record.getByRole('listitem').allInnerTexts();
      expect(options[0]).toMatch(/^Option A: Convene the apex committee — 9 of 12 hands$/);
      expect(options[1]).toMatch(
        /^Option B \(committed\): Expand CTD and police capacity in Bannu — 3 of 12 hands$/,
      );
      await screenshot(page, `vote-replay-${screen.name}`);
      await expectAccessible(page, `replay with a class vote (${screen.name})`);
    });
  }
});
