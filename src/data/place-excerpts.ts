import type { Excerpt, EventFeature, PlaceFeature } from './schema.ts';
import type { StoryIndex } from './story-index.ts';

export interface PlaceExcerptGroup {
  event: EventFeature;
  eventIndex: number;
  excerpts: readonly Excerpt[];
}

function mentions(text: string, aliases: readonly string[]): boolean {
  return aliases.some((alias) => alias.length > 0 && text.includes(alias));
}

/**
 * Every excerpt that mentions a place, grouped by event in story order. An event linked to the
 * place whose excerpts never name it (the link was made from context) still shows its excerpts,
 * since they are the evidence for the link.
 * @example excerptsForPlace(story, story.placeById.get('moscow')!)[0]?.event.id
 */
export function excerptsForPlace(story: StoryIndex, place: PlaceFeature): PlaceExcerptGroup[] {
  const aliases = [...place.properties.aliases, place.properties.name.ar];
  const groups: PlaceExcerptGroup[] = [];
  story.events.forEach((event, eventIndex) => {
    const linked = event.properties.places.includes(place.id);
    const naming = event.properties.excerpts.filter((x) => mentions(x.text, aliases));
    if (naming.length > 0) groups.push({ event, eventIndex, excerpts: naming });
    else if (linked) groups.push({ event, eventIndex, excerpts: event.properties.excerpts });
  });
  return groups;
}
