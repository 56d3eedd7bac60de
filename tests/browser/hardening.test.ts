/**
 * What the server and the page guard against, in real headless Chromium: `vite preview` sends the
 * headers the README asks any host to send (no framing, an opener policy, no sniffing), so another
 * site cannot show the game in a frame; and a slot name made of direction overrides cannot disguise
 * the delete confirmation, which shows the name isolated and without them.
 */
import { describe, expect, it } from 'vitest';
import { balancedStrategy, playGame } from '../../src/engine/strategies';
import { makeSave } from '../../src/persistence/save-format';
import { SLOTS_KEY } from '../../src/persistence/slots';
import { openSaves, useSessions } from './browser';

const sessions = useSessions();

describe('hardening', () => {
  it('the server forbids framing and sets an opener policy; a framing page gets nothing', async () => {
    const session = await sessions.open();
    const response = await fetch(session.baseUrl);
    expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');

    // Another page (about:blank, so another origin) tries to frame the game.
    const framer = await session.context.newPage();
    await framer.setContent(`<iframe src="${session.baseUrl}" width="600" height="400"></iframe>`);
    const frame = framer.frames().find((f) => f !== framer.mainFrame());
    // Chromium shows its own error page in a frame it refused to fill.
    await expect.poll(() => frame?.url() ?? '').toMatch(/^chrome-error:/);
    expect(await frame!.locator('#app').count()).toBe(0);
    await framer.close();
  });

  it('a name of direction overrides is shown isolated and without them when deleting', async () => {
    const session = await sessions.open();
    const { page } = session;
    const options = { scenario: 'karachi', seed: 2, difficulty: 'normal' } as const;
    // Reads, with the override, as “Keep this one” backwards around the real name.
    const name = 'Old game \u202eeno siht peeK\u202c';
    const made = makeSave(options, playGame(options, balancedStrategy).weeks.slice(0, 1), {
      name,
    });
    if (!made.ok) throw new Error(made.error);
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [SLOTS_KEY, JSON.stringify([made.value])],
    );
    await page.reload();
    const dialog = await openSaves(page, 'Load game');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    const question = dialog.getByText(/for good\? This cannot be undone\./);
    const text = await question.innerText();
    expect(text).toBe('Delete “Old game eno siht peeK” for good? This cannot be undone.');
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(await question.locator('bdi').innerText()).toBe('Old game eno siht peeK');
  });
});
