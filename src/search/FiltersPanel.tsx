import { formatDay } from '../i18n/format-date.ts';
import { hasMessage, t, type MessageKey } from '../i18n/i18n.ts';
import {
  countMatching,
  facetOptions,
  FILTER_FACETS,
  hasFilters,
  NO_FILTERS,
  toggleFilter,
  type FilterFacet,
} from '../data/story-filter.ts';
import type { StoryIndex } from '../data/story-index.ts';
import { getStoryStore, useStoryStore } from '../store/story-store.ts';
import type { Language } from '../store/types.ts';

const FACET_LEGEND: Record<FilterFacet, MessageKey> = {
  kinds: 'filterKinds',
  actors: 'filterActors',
  articles: 'filterArticles',
};

const regionNames = new Map<Language, Intl.DisplayNames>();

/** A facet value as a reader reads it: a kind's name, a country's name, an article's title and date. */
function valueLabel(story: StoryIndex, facet: FilterFacet, value: string, language: Language): string {
  if (facet === 'kinds') return t(language, `kind_${value}` as MessageKey);
  if (facet === 'articles') {
    const article = story.articleById.get(value);
    return article ? `${article.title[language]} (${formatDay(article.published.date, language)})` : value;
  }
  const organisation = `actor_${value}`;
  if (hasMessage(language, organisation)) return t(language, organisation);
  if (!/^[A-Z]{2}$/.test(value)) return value;
  let names = regionNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region' });
    regionNames.set(language, names);
  }
  return names.of(value) ?? value;
}

/**
 * Filters: checkboxes by kind, actor and source article (any chosen value within a facet, every
 * facet). Each says how many events have it, given the other groups' choices; one with none is
 * disabled. The
 * timeline, map, tour, keys and counts follow; the URL keeps the filters; one click clears them.
 */
export function FiltersPanel() {
  const language = useStoryStore((s) => s.language);
  const fullStory = useStoryStore((s) => s.fullStory);
  const filters = useStoryStore((s) => s.filters);
  const shown = useStoryStore((s) => s.story?.events.length ?? 0);
  if (!fullStory) return null;
  const { setFilters } = getStoryStore().getState();
  const on = hasFilters(filters);
  const total = fullStory.events.length;
  return (
    <>
      <p className="share-popover__lead" role="status">
        {t(language, 'filtersShowing', { n: shown, total })}
      </p>
      {FILTER_FACETS.map((facet) => (
        <fieldset key={facet} className="filters__facet">
          <legend>{t(language, FACET_LEGEND[facet])}</legend>
          {facetOptions(fullStory.events, facet).map((value) => {
            const checked = filters[facet].includes(value);
            // How many events have this value, given the other groups' choices (as faceted search counts).
            const count = countMatching(fullStory.events, { ...filters, [facet]: [value] });
            return (
              <label key={value} className="filters__option">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && count === 0}
                  onChange={() => setFilters(toggleFilter(filters, facet, value))}
                />
                <bdi>{valueLabel(fullStory, facet, value, language)}</bdi>{' '}
                <span className="muted filters__count">({count})</span>
              </label>
            );
          })}
        </fieldset>
      ))}
      <button type="button" className="button" disabled={!on} onClick={() => setFilters(NO_FILTERS)}>
        {t(language, 'clearFilters')}
      </button>
    </>
  );
}
