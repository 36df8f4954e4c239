import { lazy, Suspense } from 'react';
import { t } from '../i18n/i18n.ts';
import { selectCurrentEvent } from '../store/selectors.ts';
import { useStoryStore } from '../store/story-store.ts';
import { HeaderPopover } from './HeaderPopover.tsx';
import './share.css';

const SharePanel = lazy(() => import('./SharePanel.tsx').then((m) => ({ default: m.SharePanel })));

function ShareIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      <circle cx="13.5" cy="3.8" r="2.2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <circle cx="4.5" cy="9" r="2.2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <circle cx="13.5" cy="14.2" r="2.2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="m6.5 7.9 5-3M6.5 10.1l5 3" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}

/** The Share menu: its button, and its panel (its own chunk, loaded when first opened). */
export function ShareMenu() {
  const language = useStoryStore((s) => s.language);
  const hasEvent = useStoryStore((s) => selectCurrentEvent(s) !== null);
  return (
    <HeaderPopover
      label={t(language, 'shareLabel')}
      wideText={t(language, 'share')}
      icon={<ShareIcon />}
      disabled={!hasEvent}
    >
      <Suspense fallback={null}>
        <SharePanel />
      </Suspense>
    </HeaderPopover>
  );
}
