/** Dataset names a URL may ask for; anything else falls back to the story itself. */
export const DATASETS = ['story', 'synthetic-10k', 'synthetic-100k'] as const;
export type DatasetName = (typeof DATASETS)[number];
