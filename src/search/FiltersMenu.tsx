import { lazy, Suspense } from 'react';
import { t } from '../i18n/i18n.ts';
import { hasFilters } from '../data/story-filter.ts';
import { HeaderPopover } from '../share/HeaderPopover.tsx';
import { useStoryStore } from '../store/story-store.ts';
import './search.css';

const FiltersPanel = lazy(() => import('./FiltersPanel.tsx').then((m) => ({ default: m.FiltersPanel })));

/** A funnel; filled while filters narrow the story (the phone shows only the icon). */
function FilterIcon({ active }: { active: boolean }) {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      <path
        d="M2 3h14l-5.5 6.5V15l-3 1.5v-7z"
        fill={active ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="1.6"
      />
    </svg>
  );
}

/** The Filters menu: its button (how many events are shown while filters narrow the story), and its panel. */
export function FiltersMenu() {
  const language = useStoryStore((s) => s.language);
  const total = useStoryStore((s) => s.fullStory?.events.length ?? 0);
  const on = useStoryStore((s) => hasFilters(s.filters));
  const shown = useStoryStore((s) => s.story?.events.length ?? 0);
  if (total === 0) return null;
  const label = t(language, 'filters');
  return (
    <HeaderPopover
      label={label}
      wideText={on ? t(language, 'filtersOn', { n: shown, total }) : label}
      icon={<FilterIcon active={on} />}
    >
      <Suspense fallback={null}>
        <FiltersPanel />
      </Suspense>
    </HeaderPopover>
  );
}
