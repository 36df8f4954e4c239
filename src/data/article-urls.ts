/**
 * Where the articles' texts are served: Vite turns each geo/articles/*.txt into an asset URL. Used
 * by the reader only (its own chunk), so the page's first view does not carry the table.
 */
const articleTextUrls = import.meta.glob<string>('../../geo/articles/*.txt', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The served URL of an article's text file (`file` as in geo/articles.json), if it exists. */
export function articleTextUrl(file: string): string | undefined {
  return articleTextUrls[`../../geo/articles/${file}`];
}
