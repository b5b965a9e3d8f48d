import { useSearchParams } from 'react-router';

export const PAGE_SIZES = [20, 50, 100, 200];
const DEFAULT_SIZE = 20;
const PAGING = new Set(['page', 'size']);

export type Filters = Record<string, string>;

/** A list's page and filters, kept in the URL so that a filtered view can be bookmarked and shared. */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  const requested = Number(params.get('size'));
  const size = PAGE_SIZES.includes(requested) ? requested : DEFAULT_SIZE;
  const filters: Filters = Object.fromEntries([...params].filter(([key, value]) => !PAGING.has(key) && value));

  function update(change: (next: URLSearchParams) => void) {
    const next = new URLSearchParams(params);
    change(next);
    setParams(next, { replace: true });
  }

  return {
    page,
    size,
    limit: size,
    offset: (page - 1) * size,
    filters,
    /** Sets some filters (an empty value removes one) and goes back to the first page. */
    setFilters(changes: Record<string, string | undefined>) {
      update((next) => {
        for (const [name, value] of Object.entries(changes)) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        next.delete('page');
      });
    },
    setPage(nextPage: number, nextSize: number) {
      update((next) => {
        next.set('page', String(nextSize === size ? nextPage : 1));
        next.set('size', String(nextSize));
      });
    },
    resetFilters() {
      update((next) => {
        for (const key of [...next.keys()]) if (!PAGING.has(key)) next.delete(key);
        next.delete('page');
      });
    },
  };
}
