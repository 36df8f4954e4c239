import { lazy, Suspense } from 'react';
import { t } from '../i18n/i18n.ts';
import { useStoryStore } from '../store/story-store.ts';
import { HeaderPopover } from './HeaderPopover.tsx';
import './share.css';

const ExportPanel = lazy(() => import('./ExportPanel.tsx').then((m) => ({ default: m.ExportPanel })));

function DownloadIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      <path
        d="M9 2v9M5 7.5 9 11.5l4-4M3 15h12"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** The Export menu: its button, and its panel (its own chunk, loaded when first opened). */
export function ExportMenu() {
  const language = useStoryStore((s) => s.language);
  const hasEvents = useStoryStore((s) => (s.story?.events.length ?? 0) > 0);
  return (
    <HeaderPopover
      label={t(language, 'exportLabel')}
      wideText={t(language, 'export')}
      icon={<DownloadIcon />}
      disabled={!hasEvents}
    >
      <Suspense fallback={null}>
        <ExportPanel />
      </Suspense>
    </HeaderPopover>
  );
}
