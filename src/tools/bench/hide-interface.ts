/**
 * A diagnostic for the load and flight figures (`npm run -s bench -- --load-only --hide-interface`):
 * the app's page keeps its layout but does not draw its interface (header, side panel, timeline,
 * introduction, legend), so a run tells the map's own cost from the cost of compositing the page
 * around it on the bench's software renderer. The reference page has none of these elements and is
 * drawn as always.
 */
import type { Browser } from 'playwright-core';

const HIDE_INTERFACE_CSS =
  '.app-header, .side-panel, .timeline, .keys-hint, .intro, .legend { visibility: hidden !important; }' +
  ' .intro::backdrop { background: transparent !important; }';

/** Every page of every context `browser` opens from now on gets the style above. */
export function hideInterfaceIn(browser: Browser): void {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.addInitScript({
      content: `document.addEventListener('DOMContentLoaded', () => {
  const style = document.createElement('style');
  style.textContent = ${JSON.stringify(HIDE_INTERFACE_CSS)};
  document.head.append(style);
});`,
    });
    return context;
  };
}
