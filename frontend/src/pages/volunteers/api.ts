import { volunteersApi } from '@/api/client';
import type { Activity } from '@/api/models';
import { unwrap } from '@/api/unwrap';
import type { ListFetch } from '@/components/list/ListPage';
import { COUNTY_CODES } from '@/domain/counties';
import { ACTIVITY_KINDS, oneOf } from '@/domain/enums';

export const fetchActivities: ListFetch<Activity> = ({ limit, offset, filters }, signal) =>
  unwrap(
    volunteersApi.GET('/api/v1/volunteers/activities', {
      params: {
        query: {
          limit,
          offset,
          kind: oneOf(ACTIVITY_KINDS, filters.kind),
          county_code: oneOf(COUNTY_CODES, filters.county_code),
          open_on: filters.open_on,
        },
      },
      signal,
    }),
  );
