/**
 * The control that left the game for another screen (the replay), so that coming back gives it
 * the focus again rather than the week's panel: the game screen is rebuilt on return, so the
 * control is found again by its mark (a `data-return-focus` attribute), not kept as an element.
 */
let pending: string | null = null;

/** Marks `mark` as the control to focus when the game screen is next shown. */
export function returnFocusTo(mark: string): void {
  pending = mark;
}

/** The control marked before leaving, once (the mark is then forgotten), or null. */
export function takeReturnFocus(root: ParentNode): HTMLElement | null {
  const mark = pending;
  pending = null;
  return mark ? root.querySelector<HTMLElement>(`[data-return-focus="${mark}"]`) : null;
}
