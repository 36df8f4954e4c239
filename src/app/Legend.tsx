import type { ReactNode } from 'react';
import { COLORS } from '../map/layers.ts';
import { getStoryStore, useStoryStore } from '../store/story-store.ts';
import { TimelineLegend } from '../timeline/TimelineLegend.tsx';
import { t, type MessageKey } from './i18n.ts';

const SIZE = 28;

/** The map's marks, drawn with the map's own colours. */
const MAP_MARKS: readonly { key: MessageKey; symbol: ReactNode }[] = [
  {
    key: 'legendCity',
    symbol: (
      <>
        <circle cx="8" cy="16" r="4" fill={COLORS.place} fillOpacity="0.8" stroke="#fff" strokeWidth="1.5" />
        <circle cx="20" cy="14" r="7" fill={COLORS.place} fillOpacity="0.8" stroke="#fff" strokeWidth="1.5" />
      </>
    ),
  },
  {
    key: 'legendArea',
    symbol: (
      <>
        <rect
          x="2"
          y="6"
          width="11"
          height="16"
          fill={COLORS.place}
          fillOpacity="0.08"
          stroke={COLORS.place}
          strokeWidth="0.8"
        />
        <rect
          x="15"
          y="6"
          width="11"
          height="16"
          fill={COLORS.place}
          fillOpacity="0.22"
          stroke={COLORS.place}
          strokeWidth="0.8"
        />
      </>
    ),
  },
  {
    key: 'legendCurrent',
    symbol: (
      <>
        <rect
          x="2"
          y="6"
          width="11"
          height="16"
          fill={COLORS.active}
          fillOpacity="0.3"
          stroke={COLORS.active}
          strokeWidth="2"
        />
        <rect
          x="15"
          y="6"
          width="11"
          height="16"
          fill={COLORS.roles[1]}
          fillOpacity="0.3"
          stroke={COLORS.roles[1]}
          strokeWidth="2"
        />
      </>
    ),
  },
  {
    key: 'legendOpen',
    symbol: <circle cx="14" cy="14" r="7" fill={COLORS.active} stroke={COLORS.open} strokeWidth="3" />,
  },
  {
    key: 'legendLine',
    symbol: (
      <>
        <path
          d="M3 22 Q14 2 25 22"
          fill="none"
          stroke={COLORS.active}
          strokeWidth="3"
          strokeLinecap="round"
        />
        <circle cx="3" cy="22" r="2.5" fill={COLORS.active} />
        <circle cx="25" cy="22" r="2.5" fill={COLORS.active} />
      </>
    ),
  },
];

/** Every mark on the map and the timeline, explained with the same symbols. */
export function Legend() {
  const language = useStoryStore((s) => s.language);
  const open = useStoryStore((s) => s.legendOpen);
  if (!open) return null;
  return (
    <section id="legend" className="legend" role="region" aria-label={t(language, 'legend')}>
      <header className="legend__header">
        <h2>{t(language, 'legend')}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t(language, 'closeLegend')}
          onClick={() => getStoryStore().getState().toggleLegend()}
        >
          ×
        </button>
      </header>
      <h3>{t(language, 'legendMap')}</h3>
      <ul className="legend__list">
        {MAP_MARKS.map(({ key, symbol }) => (
          <li key={key}>
            <svg width={SIZE} height={SIZE} viewBox="0 0 28 28" aria-hidden="true">
              {symbol}
            </svg>
            <span>{t(language, key)}</span>
          </li>
        ))}
      </ul>
      <TimelineLegend language={language} />
    </section>
  );
}
