import { t } from '../i18n/i18n.ts';
import { selectCurrentEvent, selectEventCount } from '../store/selectors.ts';
import { useStoryStore } from '../store/story-store.ts';
import { EventDetails } from './EventDetails.tsx';

/** The current event while exploring: its position in the story, title and details. */
export function EventCard() {
  const language = useStoryStore((s) => s.language);
  const event = useStoryStore(selectCurrentEvent);
  const index = useStoryStore((s) => s.currentIndex);
  const total = useStoryStore(selectEventCount);
  const all = useStoryStore((s) => s.fullStory?.events.length ?? total);
  if (!event) return null;
  return (
    <section className="event-card" aria-labelledby="event-title">
      <p className="event-card__count">
        {t(language, all > total ? 'eventOfFiltered' : 'eventOf', { n: index + 1, total, all })}
      </p>
      <h2 id="event-title" tabIndex={-1}>
        {event.properties.title[language]}
      </h2>
      <EventDetails event={event} />
    </section>
  );
}
