/**
 * The slice of events the plain chronology list shows: pages of a fixed size, the page holding the
 * current event by default, so 10,000 events never become 10,000 list items.
 * @example chronologyPage(250, 1000, 100) // { page: 2, pageCount: 10, start: 200, end: 300 }
 */
export function chronologyPage(
  index: number,
  total: number,
  pageSize: number,
): { page: number; pageCount: number; start: number; end: number } {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(pageCount - 1, Math.max(0, Math.floor(index / pageSize)));
  return { page, pageCount, start: page * pageSize, end: Math.min(total, (page + 1) * pageSize) };
}
