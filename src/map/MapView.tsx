import { useEffect, useRef, useState, type ReactNode } from 'react';
import { t } from '../i18n/i18n.ts';
import { publishMapState } from '../store/probe.ts';
import { getStoryStore, useStoryStore } from '../store/story-store.ts';
import type { MapFailure } from './start-map.ts';

/**
 * The map's area: it imports the map (its own chunk, with maplibre-gl) when it mounts and starts
 * it. Without WebGL, or when the map's code or worker cannot be loaded, it says so; the rest of the
 * page keeps working, and the map area shows `fallback` (the plain chronology) instead.
 */
export function MapView({ fallback }: { fallback?: ReactNode }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const language = useStoryStore((s) => s.language);
  const mapStatus = useStoryStore((s) => s.mapStatus);
  const [failure, setFailure] = useState<MapFailure>(null);

  useEffect(() => {
    const container = containerRef.current;
    const store = getStoryStore();
    const { story, setMapStatus } = store.getState();
    if (!container || !story) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    import('./start-map.ts').then(
      ({ startMap }) => {
        if (!cancelled) stop = startMap(container, store, story, setFailure);
      },
      () => {
        if (cancelled) return;
        setMapStatus('unavailable');
        publishMapState('unavailable');
        setFailure({ key: 'mapCodeFailed' });
      },
    );
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);

  return (
    <main className="map-area" aria-label={t(language, 'map')}>
      <div ref={containerRef} className="map-container" data-testid="map" />
      {mapStatus === 'pending' && <p className="map-message">{t(language, 'mapLoading')}</p>}
      {mapStatus === 'unavailable' && (
        <p className="map-message map-message--error" role="status">
          {failure === null
            ? t(language, 'mapUnavailable')
            : 'key' in failure
              ? t(language, failure.key)
              : failure.text}
        </p>
      )}
      {mapStatus === 'unavailable' && <div className="map-fallback">{fallback}</div>}
    </main>
  );
}
