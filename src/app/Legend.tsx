import type { ReactNode } from 'react';
import { COLORS } from '../map/layers.ts';
import { getStoryStore, useStoryStore } from '../store/story-store.ts';
import { TimelineLegend } from '../timeline/TimelineLegend.tsx';
import { t, type MessageKey } from '../i18n/i18n.ts';

const SIZE = 28;

/** A shaded area as the map draws it: its fill at some opacity, with an outline. */
function areaSwatch(x: number, color: string, fillOpacity: number, strokeWidth: number): ReactNode {
  return (
    <rect
      x={x}
      y="6"
      width="11"
      height="16"
      fill={color}
      fillOpacity={fillOpacity}
      stroke={color}
      strokeWidth={strokeWidth}
    />
  );
}

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
        {areaSwatch(2, COLORS.place, 0.08, 0.8)}
        {areaSwatch(15, COLORS.place, 0.22, 0.8)}
      </>
    ),
  },
  {
    key: 'legendCurrent',
    symbol: (
      <>
        {areaSwatch(2, COLORS.roles[0], 0.3, 2)}
        {areaSwatch(15, COLORS.roles[1], 0.12, 2)}
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
