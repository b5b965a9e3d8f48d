export interface PageOf<Row> {
  items: Row[];
  total: number;
}

export type FetchPage<Row> = (page: { limit: number; offset: number }, signal?: AbortSignal) => Promise<PageOf<Row>>;

/** The API's maximum page size: an export asks for as few pages as it can. */
export const EXPORT_PAGE_SIZE = 200;

/**
 * Fetches every page of a filtered list, reporting progress after each page. Stops early when a page
 * comes back short, and when the signal aborts.
 */
export async function fetchAll<Row>(
  fetchPage: FetchPage<Row>,
  onProgress: (fetched: number, total: number) => void,
  signal?: AbortSignal,
): Promise<Row[]> {
  const rows: Row[] = [];
  let total = Infinity;
  while (rows.length < total) {
    signal?.throwIfAborted();
    const page = await fetchPage({ limit: EXPORT_PAGE_SIZE, offset: rows.length }, signal);
    total = page.total;
    rows.push(...page.items);
    onProgress(rows.length, total);
    if (page.items.length === 0) break;
  }
  return rows;
}
