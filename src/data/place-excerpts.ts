import type { EventDetails, Excerpt } from './schema.ts';
import type { StoryIndex, StoryEvent, StoryPlace } from './story-index.ts';

export interface PlaceExcerptGroup {
  event: StoryEvent;
  eventIndex: number;
  excerpts: readonly Excerpt[];
  note: EventDetails['note'];
}

function mentions(text: string, aliases: readonly string[]): boolean {
  return aliases.some((alias) => alias.length > 0 && text.includes(alias));
}

/**
 * Every excerpt that mentions a place, grouped by event in story order. An event linked to the
 * place whose excerpts never name it (the link was made from context) still shows its excerpts,
 * since they are the evidence for the link. Events whose details are not loaded show no excerpts.
 * @example excerptsForPlace(story, story.placeById.get('moscow')!)[0]?.event.id
 */
export function excerptsForPlace(
  story: StoryIndex,
  place: StoryPlace,
  details: ReadonlyMap<string, EventDetails>,
): PlaceExcerptGroup[] {
  const aliases = [...place.properties.aliases, place.properties.name.ar];
  const groups: PlaceExcerptGroup[] = [];
  story.events.forEach((event, eventIndex) => {
    const eventDetails = details.get(event.id);
    const excerpts = eventDetails?.excerpts ?? [];
    const note = eventDetails?.note;
    const linked = event.properties.places.includes(place.id);
    const naming = excerpts.filter((x) => mentions(x.text, aliases));
    if (naming.length > 0) groups.push({ event, eventIndex, excerpts: naming, note });
    else if (linked) groups.push({ event, eventIndex, excerpts, note });
  });
  return groups;
}
