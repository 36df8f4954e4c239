/**
 * Fetching the site's JSON files with errors a person can act on: which file, and what was wrong.
 * No validator here (zod loads after the first view: src/data/validate-story.ts).
 */

/** Why the story could not be shown: which file, and what was wrong, in words a person can act on. */
export class StoryLoadError extends Error {
  readonly details: readonly string[];
  constructor(message: string, details: readonly string[] = []) {
    super(message);
    this.name = 'StoryLoadError';
    this.details = details;
  }
}

/** How many problems an error lists before "… and N more". */
export const MAX_LISTED_ISSUES = 8;

export function failWith(message: string, details: readonly string[] = []): never {
  throw new StoryLoadError(message, details);
}

export async function fetchJson(fileName: string, url: string, fetchImpl: typeof fetch): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    return failWith(`${fileName} could not be loaded`, [`${url}: ${String(error)}`]);
  }
  if (!response.ok) {
    return failWith(`${fileName} could not be loaded`, [
      `${url}: HTTP ${response.status} ${response.statusText}`,
    ]);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return failWith(`${fileName} could not be loaded`, [`${url}: ${String(error)}`]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return failWith(`${fileName} is not valid JSON`, [`${url}: ${String(error)}`]);
  }
}

export const RELOAD_HINT = 'Reload the page. If it persists, run `npm run geo:build`, then `npm run build`.';
