/**
 * Registers the service worker that keeps the game playable offline (built by vite-plugin-pwa,
 * see vite.config.ts). The registration is this imported module, not an inline script, so the
 * page's CSP stays strict. A new version is never forced on the player: it waits until they
 * choose to reload into it (`onUpdateReady` gets the function that does so). Saves live in the
 * page's storage, which an update never touches.
 */
import { registerSW } from 'virtual:pwa-register';

/** How often an open game asks whether a new version was published. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export function startServiceWorker(callbacks: {
  onUpdateReady: (reload: () => void) => void;
  onOfflineReady?: () => void;
}): void {
  if (!('serviceWorker' in navigator)) return;
  registerSW({
    onNeedRefresh: () => callbacks.onUpdateReady(() => void reloadIntoNewVersion()),
    onOfflineReady: () => {
      performance.mark('frontier:offline-ready');
      callbacks.onOfflineReady?.();
    },
    onRegisteredSW: (_url, registration) => {
      if (registration)
        setInterval(() => registration.update().catch(() => undefined), UPDATE_CHECK_MS);
    },
  });
}

/**
 * Moves the page onto the waiting version: asks the waiting worker to take over, then reloads once
 * it controls the page. Done here rather than through the registration helper's own reload, which
 * stays silent when the new worker was already waiting before this page registered (an update
 * fetched by the reload itself, or by another tab). If no worker is waiting any more (another tab
 * already moved on), the new version is active and a reload is all it takes.
 */
async function reloadIntoNewVersion(): Promise<void> {
  const waiting = (await navigator.serviceWorker.getRegistration())?.waiting;
  if (!waiting) {
    window.location.reload();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}
