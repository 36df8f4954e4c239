/**
 * Narrowing the story to the events a reader chose: by kind, by actor, by source article. The
 * narrowed story is a StoryIndex like the whole one, so the timeline, the map, the tour, the step
 * keys and the counts all go through the matching events only.
 */
import type { StoryIndex, StoryEvent } from './story-index.ts';

/** What the reader kept; an empty list keeps every value of that facet. */
export interface StoryFilters {
  kinds: readonly string[];
  actors: readonly string[];
  articles: readonly string[];
}

export type FilterFacet = keyof StoryFilters;
export const FILTER_FACETS: readonly FilterFacet[] = ['kinds', 'actors', 'articles'];
export const NO_FILTERS: StoryFilters = { kinds: [], actors: [], articles: [] };

/** Whether any facet narrows the story. */
export function hasFilters(filters: StoryFilters): boolean {
  return FILTER_FACETS.some((facet) => filters[facet].length > 0);
}

/** The values an event has for a facet. */
export function facetValues(event: StoryEvent, facet: FilterFacet): string[] {
  const p = event.properties;
  if (facet === 'kinds') return [p.kind];
  if (facet === 'actors') return [...p.actors];
  return [...new Set(p.sources)];
}

/**
 * Within a facet any chosen value matches (or); across facets all must (and).
 * @example matchesFilters(talksEvent, { kinds: ['talks', 'call'], actors: [], articles: [] }) // true
 */
export function matchesFilters(event: StoryEvent, filters: StoryFilters): boolean {
  return FILTER_FACETS.every((facet) => {
    const chosen = filters[facet];
    return chosen.length === 0 || facetValues(event, facet).some((value) => chosen.includes(value));
  });
}

/** Every value a facet takes in the story, in a stable order (most events first, then by name). */
export function facetOptions(events: readonly StoryEvent[], facet: FilterFacet): string[] {
  const counts = new Map<string, number>();
  for (const event of events)
    for (const value of facetValues(event, facet)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value]) => value);
}

/** The filters with one value of a facet switched on or off. */
export function toggleFilter(filters: StoryFilters, facet: FilterFacet, value: string): StoryFilters {
  const chosen = filters[facet];
  return {
    ...filters,
    [facet]: chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value].sort(),
  };
}

/** How many events of the whole story match. */
export function countMatching(events: readonly StoryEvent[], filters: StoryFilters): number {
  let n = 0;
  for (const event of events) if (matchesFilters(event, filters)) n += 1;
  return n;
}

/**
 * The story narrowed to the matching events, indexed again; chapters start at their first matching
 * event, and a chapter with none is left out. The same story back when nothing narrows it.
 */
export function filterStory(story: StoryIndex, filters: StoryFilters): StoryIndex {
  if (!hasFilters(filters)) return story;
  const keptIndices = story.events.flatMap((event, i) => (matchesFilters(event, filters) ? [i] : []));
  const events = keptIndices.map((i) => story.events[i]!);
  const chapters = story.chapters.flatMap((chapter, c) => {
    const nextStart = story.chapters[c + 1]?.firstIndex ?? Infinity;
    const first = keptIndices.findIndex((i) => i >= chapter.firstIndex && i < nextStart);
    return first < 0 ? [] : [{ ...chapter, firstIndex: first }];
  });
  return {
    ...story,
    events,
    eventIndexById: new Map(events.map((e, i) => [e.id, i])),
    eventWindowsMs: keptIndices.map((i) => story.eventWindowsMs[i]!),
    chapters,
  };
}
