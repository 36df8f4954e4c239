import type { StoryEvent } from '../data/story-index.ts';
import { useEffect, useState } from 'react';
import { t, type MessageKey } from '../i18n/i18n.ts';
import { joinDetails } from '../data/story-split.ts';
import { allEventDetails, getStoryStore, useStoryStore } from '../store/story-store.ts';
import { downloadText } from './download.ts';

const NO_EVENTS: readonly StoryEvent[] = [];

// The export code (and its formats) loads when the menu opens, not with the page.
const loadExportData = () => import('./export-data.ts');

type Format = 'geojson' | 'csv';

async function exportEvents(format: Format, shown: readonly StoryEvent[]): Promise<string> {
  const [data, details] = await Promise.all([loadExportData(), allEventDetails(getStoryStore())]);
  const story = getStoryStore().getState().story;
  if (!story) throw new Error('the story is not loaded');
  const events = shown.flatMap((event) => {
    const more = details.get(event.id);
    return more ? [joinDetails(event, more)] : [];
  });
  const file = format === 'geojson' ? data.GEOJSON_FILE : data.CSV_FILE;
  const text = format === 'geojson' ? data.geoJsonText(events, story) : data.csvFileText(events, story);
  downloadText(file.name, file.type, text);
  return file.name;
}

/**
 * The Export menu's panel: the events shown (the filtered ones when filters are on) as
 * GeoJSON or CSV, made in the browser from the loaded data, and the chronology printed.
 */
export function ExportPanel() {
  const language = useStoryStore((s) => s.language);
  const events = useStoryStore((s) => s.story?.events ?? NO_EVENTS);
  const [status, setStatus] = useState<{ key: MessageKey; file?: string } | null>(null);
  const excerpts = events.reduce((n, e) => n + e.properties.sources.length, 0);
  const run = (format: Format): void => {
    setStatus(null);
    exportEvents(format, events).then(
      (file) => setStatus({ key: 'exportDone', file }),
      () => setStatus({ key: 'exportFailed' }),
    );
  };
  // The export code (and its formats) loads with the panel, before a button is pressed.
  useEffect(() => void loadExportData(), []);
  return (
    <>
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
          <button
            type="button"
            className="button"
            // The printed chronology carries every summary and quote: wait for all the details.
            onClick={() =>
              allEventDetails(getStoryStore()).then(
                () => window.print(),
                () => setStatus({ key: 'exportFailed' }),
              )
            }
          >
            {t(language, 'print')}
          </button>
        </li>
      </ul>
      <p className="share-popover__status" role="status">
        {status ? t(language, status.key, status.file === undefined ? {} : { file: status.file }) : ''}
      </p>
    </>
  );
}
