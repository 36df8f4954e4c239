/**
 * The full data contract check of what the page loads (zod, src/data/schema.ts): the story's index
 * once the first view is drawn, each details chunk as it arrives. Loaded with the details loader,
 * after the first view, so the validator is not part of what the front door costs.
 */
import type * as z from 'zod/mini';
import { detailsChunkFileSchema, storyIndexFileSchema, type EventDetails } from './schema.ts';
import { failWith, fetchJson, MAX_LISTED_ISSUES, RELOAD_HINT } from './fetch-json.ts';
import type { DataUrls } from './story-assets.ts';
import type { StoryIndex } from './story-index.ts';
import { detailsChunkFile, STORY_INDEX_FILE } from './story-split.ts';

/** Names the feature an issue is in (by its id) so "features.12.properties.date" becomes findable. */
function describeIssue(data: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String);
  let where = path.join('.') || '(top level)';
  const at = path.indexOf('features');
  if (at >= 0 && path[at + 1] !== undefined) {
    let holder: unknown = data;
    for (const key of path.slice(0, at)) holder = (holder as Record<string, unknown> | undefined)?.[key];
    const features = (holder as { features?: unknown } | undefined)?.features;
    const feature = Array.isArray(features)
      ? (features[Number(path[at + 1])] as { id?: unknown } | undefined)
      : undefined;
    if (feature && typeof feature.id === 'string')
      where = `${path.slice(0, at).join('.')}${at > 0 ? ' › ' : ''}feature "${feature.id}" › ${path.slice(at + 2).join('.')}`;
  }
  return `${where}: ${issue.message}`;
}

function validate<T>(fileName: string, schema: z.ZodMiniType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const listed = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => describeIssue(data, issue));
  if (issues.length > MAX_LISTED_ISSUES) listed.push(`… and ${issues.length - MAX_LISTED_ISSUES} more`);
  return failWith(`${fileName} does not match the data contract`, listed);
}

/** Checks the story's index against the data contract; throws a StoryLoadError naming the field. */
export function validateStoryIndex(json: unknown): void {
  validate(STORY_INDEX_FILE, storyIndexFileSchema, json);
}

/**
 * Fetches and checks one chunk of event details (details-<k>.json beside the index): it must be of
 * the index's generation, start where the index says, and hold the index's events in order.
 */
export async function loadDetailsChunk(
  urls: DataUrls,
  story: Pick<StoryIndex, 'events' | 'detailChunks' | 'generation'>,
  chunk: number,
  fetchImpl: typeof fetch = fetch,
): Promise<EventDetails[]> {
  const name = detailsChunkFile(chunk);
  const url = urls.index.replace(/[^/]*$/, name);
  const file = validate(name, detailsChunkFileSchema, await fetchJson(name, url, fetchImpl));
  if (file.generation !== story.generation) {
    failWith('The story data files come from different builds', [
      `${name} was made from build ${file.generation}, ${STORY_INDEX_FILE} from build ${story.generation}`,
      RELOAD_HINT,
    ]);
  }
  const first = story.detailChunks[chunk];
  const end = story.detailChunks[chunk + 1] ?? story.events.length;
  const expected = story.events.slice(first, end).map((e) => e.id);
  const found = file.events.map((e) => e.id);
  if (file.first !== first || found.join('\n') !== expected.join('\n')) {
    failWith(`${name} does not hold the events ${STORY_INDEX_FILE} lists for it`, [
      `expected ${expected.length} events from "${expected[0] ?? ''}", found ${found.length} from "${found[0] ?? ''}"`,
      RELOAD_HINT,
    ]);
  }
  return file.events;
}
