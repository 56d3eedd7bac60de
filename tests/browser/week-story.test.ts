/**
 * The map tells the week's story, in real headless Chromium: after a week with a strike and
 * attacks, the places struck and attacked (and the districts whose threat band changed) say so in
 * their card and their button's description, as the pins and arrows on the map show it; and the
 * meters move in step with the events as they play rather than jumping before them. Screens at
 * 1366×768, 1920×1080, 768×1024 and in the projector text size are saved for review.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  DISTRICTS,
  PROVINCES,
  replay,
  resolveTurn,
  type Decision,
  type DistrictId,
  type ProvinceId,
} from '../../src/engine';
import { placeWeeks } from '../../src/map/week-changes';
import { makeSave } from '../../src/persistence/save-format';
import { encodeShareLink } from '../../src/persistence/share-link';
import { playedMeters } from '../../src/store/selectors';
import { placeWeekWords } from '../../src/ui/week-story-words';
import { expectAccessible, screenshot, useSessions, type Session } from './browser';

const sessions = useSessions();
let session: Session | null = null;

// Karachi, seed 7, a strike on the camps in Nuristan in week 1: two attacks answer it, and a
// district's threat band moves (found by playing the seeds in Node).
const OPTIONS = { scenario: 'karachi', seed: 7, difficulty: 'normal' } as const;
const WEEKS: Decision[][] = [[{ response: 'strike-camps', target: 'nuristan' }]];

async function openAfterStrike(
  size: { width: number; height: number } = { width: 1366, height: 768 },
) {
  const save = makeSave(OPTIONS, WEEKS, { name: 'A week with a strike' });
  if (!save.ok) throw new Error(save.error);
  const link = encodeShareLink(save.value);
  if (!link.ok) throw new Error(link.error);
  session = await sessions.open({
    ...size,
    reducedMotion: true,
    url: `${inject('baseUrl')}${link.value}`,
  });
  await session.page.getByText('Week 2 of 12').waitFor();
  await session.page.locator('.map-view__canvas canvas').waitFor();
  return session.page;
}

function placeName(key: string): string {
  const [kind, id] = key.split(':') as ['district' | 'province', string];
  return kind === 'district'
    ? DISTRICTS[id as DistrictId].name
    : `${PROVINCES[id as ProvinceId].name} (Afghanistan)`;
}

async function description(page: Page, name: string): Promise<string> {
  const button = page
    .getByRole('group', { name: 'Places on the map' })
    .getByRole('button', { name, exact: true });
  return button.evaluate((element) => {
    const id = element.getAttribute('aria-describedby');
    return id ? (document.getElementById(id)?.textContent ?? '') : '';
  });
}

describe('the week’s story on the map', () => {
  it('marks the places struck, attacked and whose threat changed, in words as on the map', async () => {
    const played = replay(OPTIONS, WEEKS, { reports: true });
    if (!played.ok) throw new Error(JSON.stringify(played.error.reason));
    const report = played.value.reports[0]!;
    const marked = placeWeeks(report, played.value.final.districts, report.events.length);
    expect(marked.get('province:nuristan')?.strikes).toBe(1);
    expect([...marked.values()].some((p) => p.attacks > 0)).toBe(true);
    expect([...marked.values()].some((p) => p.shift)).toBe(true);

    const page = await openAfterStrike();
    await screenshot(page, 'week-story-1366x768');
    for (const [key, place] of marked) {
      expect(await description(page, placeName(key)), key).toBe(placeWeekWords(place));
    }
    // A place nothing happened to has no description.
    const quiet = (['district:chitral', 'district:zhob', 'province:kabul'] as const).find(
      (key) => !marked.has(key),
    )!;
    expect(await description(page, placeName(quiet))).toBe('');

    // The place card says it too.
    await page
      .getByRole('group', { name: 'Places on the map' })
      .getByRole('button', { name: 'Nuristan (Afghanistan)', exact: true })
      .focus();
    const card = page.getByRole('complementary', { name: 'Nuristan, Afghanistan' });
    expect(await card.innerText()).toContain('1 strike this week.');
    await screenshot(page, 'week-story-card');
    await expectAccessible(page, 'the map after a week with a strike');
  });

  it('moves the meters in step with the events as they play', async () => {
    const before = replay(OPTIONS, WEEKS);
    if (!before.ok) throw new Error(JSON.stringify(before.error.reason));
    const turn = resolveTurn(before.value.final, []);
    if (!turn.ok) throw new Error(JSON.stringify(turn.error.reason));
    const { report, state: after } = turn.value;
    const expected = [report.metersBefore.publicPressure];
    report.events.forEach((_, index) => {
      const value = playedMeters(report, after, index + 1).meters.publicPressure;
      if (value !== expected[expected.length - 1]) expected.push(value);
    });
    // The week's events move pressure more than once before the week's drifts settle it.
    expect(expected.length).toBeGreaterThan(3);
    expect(expected[expected.length - 1]).toBe(after.meters.publicPressure);

    const page = await openAfterStrike();
    // Every value the meter shows, recorded by the page as it renders (no timing involved).
    await page.evaluate(() => {
      const seen: string[] = [];
      const read = () => {
        const meter = [...document.querySelectorAll('.meter')].find((m) =>
          m.querySelector('.meter__label')?.textContent?.startsWith('Public pressure'),
        );
        const value = meter?.querySelector('.meter__value')?.firstChild?.textContent ?? '';
        if (value && value !== seen[seen.length - 1]) seen.push(value);
      };
      read();
      new MutationObserver(read).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
      (window as unknown as { seenPressure: string[] }).seenPressure = seen;
    });
    await page.getByRole('button', { name: 'End week', exact: true }).click();
    await page.getByRole('heading', { name: 'Week 2 report' }).first().waitFor();
    await page.getByRole('button', { name: 'Skip animation' }).waitFor({ state: 'detached' });
    const seen = await page.evaluate(
      () => (window as unknown as { seenPressure: string[] }).seenPressure,
    );
    expect(seen.map(Number)).toEqual(expected);
  });

  for (const size of [
    { name: '1920x1080', width: 1920, height: 1080, projector: false },
    { name: '768x1024', width: 768, height: 1024, projector: false },
    { name: 'projector', width: 1366, height: 768, projector: true },
  ]) {
    it(`shows the week's pins at ${size.name}`, async () => {
      const page = await openAfterStrike(size);
      if (size.projector) {
        await page.getByRole('button', { name: 'Settings', exact: true }).click();
        await page.getByRole('radio', { name: 'Larger (projector)' }).check();
        await page.getByRole('button', { name: 'Close', exact: true }).click();
      }
      await screenshot(page, `week-story-${size.name}`);
    });
  }
});
