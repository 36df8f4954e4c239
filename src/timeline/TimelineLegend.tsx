import { useId, type ReactNode } from 'react';
import { t, type MessageKey } from '../i18n/i18n.ts';
import type { Language } from '../store/types.ts';
import { TIMELINE_COLORS as C, TIMELINE_SIZES as S } from './timeline-style.ts';
import './timeline.css';

const W = 44;
const H = 18;

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

function Hatch({ id, stroke, fill }: { id: string; stroke: string; fill: string }) {
  const size = S.hatchPx;
  return (
    <pattern id={id} width={size} height={size} patternUnits="userSpaceOnUse">
      <rect width={size} height={size} fill={fill} />
      <path d={`M-1 ${size + 1} L${size + 1} -1`} stroke={stroke} strokeWidth="1" />
    </pattern>
  );
}

/**
 * The timeline's key: each mark the canvas draws, with the same colours and shapes, and what it
 * means. Meant for the map's legend panel.
 */
export function TimelineLegend({ language }: { language: Language }) {
  const hatchId = `${useId()}-hatch`;
  const lane = S.laneHeightPx;
  const bar = S.barHeightPx;
  const y0 = (H - lane) / 2;
  const items: { key: MessageKey; swatch: ReactNode }[] = [
    {
      key: 'timelineLegendDay',
      swatch: <rect x={W / 2 - S.tickWidthPx / 2} y={y0} width={S.tickWidthPx} height={lane} fill={C.mark} />,
    },
    {
      key: 'timelineLegendDays',
      swatch: <rect x={10} y={(H - bar) / 2} width={24} height={bar} fill={C.mark} />,
    },
    {
      key: 'timelineLegendFuzzy',
      swatch: (
        <>
          <defs>
            <Hatch id={hatchId} stroke={C.bandHatch} fill={C.bandFill} />
          </defs>
          <rect
            x={2.5}
            y={y0 + 0.5}
            width={W - 5}
            height={lane - 1}
            fill={`url(#${hatchId})`}
            stroke={C.bandEdge}
            strokeDasharray="2 2"
          />
        </>
      ),
    },
    {
      key: 'timelineLegendLanes',
      swatch: (
        <>
          <rect x={4} y={1} width={30} height={4} fill={C.bandEdge} opacity={0.6} />
          <rect x={12} y={7} width={20} height={4} fill={C.mark} />
          <rect x={20} y={13} width={2} height={4} fill={C.mark} />
          <rect x={28} y={13} width={2} height={4} fill={C.mark} />
        </>
      ),
    },
    {
      key: 'timelineLegendDensity',
      swatch: [0.2, 0.35, 0.9, 1, 0.55, 0.2, 0.45, 0.3].map((alpha, i) => (
        <rect
          key={i}
          x={4 + i * 4.5}
          y={(H - S.densityHeightPx) / 2}
          width={4.5}
          height={S.densityHeightPx}
          fill={`rgba(${C.density}, ${alpha})`}
        />
      )),
    },
    {
      key: 'timelineLegendBreak',
      swatch: (
        <>
          <rect x={16} y={2} width={12} height={H - 4} fill={C.breakFill} />
          <rect x={2} y={H / 2} width={W - 4} height={1} fill={C.axis} />
          <path d="M16 15 L22 3 M22 15 L28 3" stroke={C.axis} strokeWidth="1.5" fill="none" />
        </>
      ),
    },
    {
      key: 'timelineLegendCurrent',
      swatch: (
        <>
          <path d={`M${W / 2 - 6} 0 L${W / 2 + 6} 0 L${W / 2} 7 Z`} fill={C.current} />
          <rect x={W / 2 - 1} y={1} width={2} height={H - 1} fill={C.current} />
          <rect x={W / 2 - 2} y={y0 + 2} width={4} height={lane - 2} fill={C.current} />
        </>
      ),
    },
  ];
  return (
    <ul className="timeline-legend" aria-label={t(language, 'timelineLegend')}>
      {items.map(({ key, swatch }) => (
        <li key={key}>
          <Swatch>{swatch}</Swatch>
          <span>{t(language, key)}</span>
        </li>
      ))}
    </ul>
  );
}
