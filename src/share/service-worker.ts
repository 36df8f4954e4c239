/**
 * Registers the service worker that the build generates (Workbox, through vite-plugin-pwa; see
 * vite.config.ts): it precaches the built app, data, fonts and basemap, so a page opened once
 * reloads with no network, and a new build's worker replaces the old cache.
 *
 * It registers after the page has loaded and gone idle, so precaching never competes with the
 * first map. Where service workers are not available or not allowed (an old browser, a sandboxed
 * or third-party iframe, a private window), the page simply works online, and nothing is reported.
 */
export function registerServiceWorker(win: Window = window): void {
  let container: ServiceWorkerContainer | undefined;
  try {
    container = win.navigator.serviceWorker;
  } catch {
    return; // A sandboxed iframe throws on access.
  }
  if (!container) return;
  const worker = container;
  const register = (): void => {
    worker.register('./sw.js', { scope: './' }).catch(() => undefined);
  };
  const whenIdle = (): void => {
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(register, { timeout: 5000 });
    else register();
  };
  if (win.document.readyState === 'complete') whenIdle();
  else win.addEventListener('load', whenIdle, { once: true });
}
