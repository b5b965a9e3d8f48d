// A new release of the app, as the page learns of it: a new service worker waiting (it never takes over by
// itself: registerType 'prompt'), or a chunk of this release gone from the server. Either way the page offers a
// reload and never goes on with a mix of old and new code.

type Listener = () => void;

const CHECK_EVERY_MS = 60 * 60_000;

let ready = false;
let apply: (() => Promise<void>) | null = null;
const listeners = new Set<Listener>();

function announce(applyUpdate: (() => Promise<void>) | null): void {
  ready = true;
  apply = applyUpdate ?? apply;
  listeners.forEach((listener) => listener());
}

export function subscribeUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function updateReady(): boolean {
  return ready;
}

/** Lets the waiting service worker take over and reloads the page (or just reloads, without one). */
export async function reloadForUpdate(): Promise<void> {
  if (apply) await apply();
  else window.location.reload();
}

/** A chunk of this release could not be loaded while online: the server has moved on to a new release. */
export function chunkMissing(): void {
  if (navigator.onLine) announce(null);
}

type RegisterSW = typeof import('virtual:pwa-register').registerSW;

/** Registers the service worker with vite-plugin-pwa's helper; a new one waiting is announced (and applied on
 * the user's word: the helper tells it to skip waiting, then reloads), and a new release is looked for every
 * hour while the page stays open. */
export function listenForUpdates(registerSW: RegisterSW): void {
  const updateServiceWorker = registerSW({
    onNeedRefresh: () => announce(() => updateServiceWorker(true)),
    onRegisteredSW: (_url, registration) => {
      if (registration) setInterval(() => void registration.update(), CHECK_EVERY_MS);
    },
  });
}

/** Runs the function when the main thread is idle (at most 5 s on), or a moment later where the browser cannot
 * say (Safari). */
function whenIdle(run: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 5000 });
  else setTimeout(run, 1);
}

/** Registers the service worker once the page has loaded and the main thread is idle (its precache then costs
 * the first page nothing). */
export function startServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const register = () =>
    whenIdle(() => void import('virtual:pwa-register').then(({ registerSW }) => listenForUpdates(registerSW)));
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
  // Vite's preload of a lazy page's chunks failed.
  window.addEventListener('vite:preloadError', chunkMissing);
}
