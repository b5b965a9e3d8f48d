import { useQuery } from '@tanstack/react-query';
import { fetchActivities } from '../api';

/** The activities as select options (the latest 100), for the filters and forms that pick one. */
export function useActivityOptions() {
  const query = useQuery({
    queryKey: ['volunteers', 'activities', 'options'],
    queryFn: ({ signal }) => fetchActivities({ limit: 100, offset: 0, filters: {} }, signal),
    staleTime: 60_000,
  });
  return (query.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }));
}

/** This year and the five before it, for the year filters. */
export function yearOptions(now = new Date()): { value: string; label: string }[] {
  const year = now.getFullYear();
  return Array.from({ length: 6 }, (_, i) => String(year - i)).map((y) => ({ value: y, label: y }));
}
