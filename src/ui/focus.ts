/** Where the keyboard focus goes when something that took it away closes. */

/**
 * Gives the focus back to `opener` (the control that opened a dialog or a chooser) as `closing`
 * closes: when the focus is inside `closing` or on nothing (the page's body), and the opener is
 * still on the page. A focus the player has moved elsewhere meanwhile is left alone.
 */
export function returnFocus(opener: Element | null, closing: Element | null): void {
  if (!(opener instanceof HTMLElement) || !opener.isConnected) return;
  const now = document.activeElement;
  const lost = !now || now === document.body || !now.isConnected || closing?.contains(now);
  if (lost) opener.focus();
}
