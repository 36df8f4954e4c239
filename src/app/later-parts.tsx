/**
 * Parts of the page the first view does not show: each is its own chunk, loaded when it is first
 * shown, and all of them fetched once the map has drawn its first view (so a reader who opens one
 * later does not wait). The first view's JavaScript stays what the first view needs.
 */
import { lazy, useEffect, useState } from 'react';
import { firstViewDrawn, whenFirstViewDrawn } from './first-view.ts';

const loaders = {
  tourCard: () => import('../story/TourCard.tsx'),
  placePanel: () => import('../story/PlacePanel.tsx'),
  sources: () => import('../story/SourcesDialog.tsx'),
  legend: () => import('./Legend.tsx'),
  print: () => import('../share/PrintChronology.tsx'),
  filters: () => import('../search/FiltersPanel.tsx'),
  share: () => import('../share/SharePanel.tsx'),
  exporter: () => import('../share/ExportPanel.tsx'),
  search: () => import('../search/search-index.ts'),
  searchBox: () => import('../search/SearchBox.tsx'),
  chronology: () => import('./ChronologyList.tsx'),
  placesList: () => import('./PlacesList.tsx'),
  embedBar: () => import('../share/EmbedBar.tsx'),
  excerpt: () => import('../story/ExcerptQuote.tsx'),
};

export const TourCard = lazy(() => loaders.tourCard().then((m) => ({ default: m.TourCard })));
export const PlacePanel = lazy(() => loaders.placePanel().then((m) => ({ default: m.PlacePanel })));
export const SourcesDialog = lazy(() => loaders.sources().then((m) => ({ default: m.SourcesDialog })));
export const Legend = lazy(() => loaders.legend().then((m) => ({ default: m.Legend })));
export const SearchBox = lazy(() => loaders.searchBox().then((m) => ({ default: m.SearchBox })));
export const PlacesList = lazy(() => loaders.placesList().then((m) => ({ default: m.PlacesList })));
export const ChronologyList = lazy(() => loaders.chronology().then((m) => ({ default: m.ChronologyList })));
export const EmbedBar = lazy(() => loaders.embedBar().then((m) => ({ default: m.EmbedBar })));
export const PrintChronology = lazy(() => loaders.print().then((m) => ({ default: m.PrintChronology })));

let preloaded = false;

/** Fetches every later part's chunk once; the browser caches them for when they are shown. */
function preloadLaterParts(): void {
  if (preloaded) return;
  preloaded = true;
  for (const load of Object.values(loaders)) void load();
}

/**
 * True once the map has drawn its first view (or there is no map): then the later parts are
 * fetched, and parts that must be mounted to work (the printed chronology) are mounted.
 */
export function useFirstViewDone(): boolean {
  const [done, setDone] = useState(firstViewDrawn);
  useEffect(() => (done ? preloadLaterParts() : whenFirstViewDrawn(() => setDone(true))), [done]);
  return done;
}
