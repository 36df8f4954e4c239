/**
 * What a benchmark page said and fetched, kept so that a page that never gets ready fails with its
 * cause in the message: console output, page errors, failed requests, HTTP errors and a summary of
 * the app's store state.
 */
import type { Page } from 'playwright-core';
import { MAP_STATE_KEY } from '../../store/probe.ts';

const MAX_LINES = 40;

export interface PageDiagnostics {
  /** Everything collected so far plus the page's state now, as text for an error message. */
  describe(): Promise<string>;
}

/**
 * In-page summary of `__qanat.store.getState()`: primitives as they are, arrays and maps by size,
 * the story by its counts, functions left out, so a 10k-event state stays a few lines.
 */
const STATE_SUMMARY_SCRIPT = `(() => {
  const root = document.documentElement;
  const summary = { mapState: root.dataset[${JSON.stringify(MAP_STATE_KEY)}] ?? null, readyState: document.readyState };
  const store = window.__qanat && window.__qanat.store;
  if (!store) return { ...summary, store: 'window.__qanat.store is missing' };
  const state = store.getState();
  const shown = {};
  for (const [key, value] of Object.entries(state)) {
    if (typeof value === 'function') continue;
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) shown[key] = value;
    else if (Array.isArray(value)) shown[key] = '[' + value.length + ' items]';
    else if (key === 'story') shown[key] = { events: value.events?.length, places: value.places?.length };
    else if (value instanceof Error) shown[key] = String(value);
    else {
      try { shown[key] = JSON.parse(JSON.stringify(value).slice(0, 400)); }
      catch { shown[key] = String(JSON.stringify(value)).slice(0, 400); }
    }
  }
  return { ...summary, store: shown };
})()`;

function pushCapped(lines: string[], line: string): void {
  lines.push(line);
  if (lines.length > MAX_LINES) lines.splice(0, lines.length - MAX_LINES);
}

/** Starts collecting on `page`; call before navigating so nothing is missed. */
export function collectPageDiagnostics(page: Page): PageDiagnostics {
  const consoleLines: string[] = [];
  const network: string[] = [];
  const pageErrors: string[] = [];
  page.on('console', (message) => pushCapped(consoleLines, `[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => pushCapped(pageErrors, String(error)));
  page.on('requestfailed', (request) =>
    pushCapped(network, `failed ${request.url()}: ${request.failure()?.errorText ?? 'unknown error'}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) pushCapped(network, `HTTP ${response.status()} ${response.url()}`);
  });
  return {
    async describe() {
      let state: unknown;
      try {
        state = await page.evaluate(STATE_SUMMARY_SCRIPT);
      } catch (error) {
        state = `could not read the page state: ${String(error)}`;
      }
      const section = (title: string, lines: string[]): string =>
        `${title}: ${lines.length === 0 ? 'none' : `\n    ${lines.join('\n    ')}`}`;
      return [
        `state: ${JSON.stringify(state)}`,
        section('page errors', pageErrors),
        section('network failures', network),
        section('console', consoleLines),
      ].join('\n  ');
    },
  };
}

/** Page errors seen so far would make a timing meaningless; this reads them without the state. */
export function trackPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}
