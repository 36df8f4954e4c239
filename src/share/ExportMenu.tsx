import { useState } from 'react';
import { t, type MessageKey } from '../i18n/i18n.ts';
import type { EventFeature } from '../data/schema.ts';
import { getStoryStore, useStoryStore } from '../store/story-store.ts';
import { downloadText } from './download.ts';
import { HeaderPopover } from './HeaderPopover.tsx';
import './share.css';

const NO_EVENTS: readonly EventFeature[] = [];

// The export code (and its formats) loads when the menu opens, not with the page.
const loadExportData = () => import('./export-data.ts');

type Format = 'geojson' | 'csv';

async function exportEvents(format: Format, events: readonly EventFeature[]): Promise<string> {
  const data = await loadExportData();
  const story = getStoryStore().getState().story;
  if (!story) throw new Error('the story is not loaded');
  const file = format === 'geojson' ? data.GEOJSON_FILE : data.CSV_FILE;
  const text = format === 'geojson' ? data.geoJsonText(events, story) : data.csvFileText(events, story);
  downloadText(file.name, file.type, text);
  return file.name;
}

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

/**
 * The Export menu: the events shown (the filtered ones when filters are on) as
 * GeoJSON or CSV, made in the browser from the loaded data, and the chronology printed.
 */
export function ExportMenu() {
  const language = useStoryStore((s) => s.language);
  const events = useStoryStore((s) => s.story?.events ?? NO_EVENTS);
  const [status, setStatus] = useState<{ key: MessageKey; file?: string } | null>(null);
  const excerpts = events.reduce((n, e) => n + e.properties.excerpts.length, 0);
  const run = (format: Format): void => {
    setStatus(null);
    exportEvents(format, events).then(
      (file) => setStatus({ key: 'exportDone', file }),
      () => setStatus({ key: 'exportFailed' }),
    );
  };
  return (
    <HeaderPopover
      label={t(language, 'exportLabel')}
      wideText={t(language, 'export')}
      icon={<DownloadIcon />}
      disabled={events.length === 0}
      onOpen={() => {
        setStatus(null);
        void loadExportData();
      }}
    >
      <p className="share-popover__lead">{t(language, 'exportLead', { n: events.length, m: excerpts })}</p>
      <ul className="share-popover__actions">
        <li>
          <button type="button" className="button" onClick={() => run('geojson')}>
            {t(language, 'exportGeoJson')}
          </button>
        </li>
        <li>
          <button type="button" className="button" onClick={() => run('csv')}>
            {t(language, 'exportCsv')}
          </button>
        </li>
        <li>
          <button type="button" className="button" onClick={() => window.print()}>
            {t(language, 'print')}
          </button>
        </li>
      </ul>
      <p className="share-popover__status" role="status">
        {status ? t(language, status.key, status.file === undefined ? {} : { file: status.file }) : ''}
      </p>
    </HeaderPopover>
  );
}
