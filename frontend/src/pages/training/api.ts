import { trainingApi } from '@/api/client';
import type { Programme, TrainingSession } from '@/api/models';
import { unwrap } from '@/api/unwrap';
import type { ListFetch } from '@/components/list/ListPage';
import { COUNTY_CODES } from '@/domain/counties';
import { oneOf, PROGRAMME_KINDS, SESSION_LEVELS } from '@/domain/enums';

export const fetchProgrammes: ListFetch<Programme> = ({ limit, offset, filters }, signal) =>
  unwrap(
    trainingApi.GET('/api/v1/training/programmes', {
      params: { query: { limit, offset, kind: oneOf(PROGRAMME_KINDS, filters.kind) } },
      signal,
    }),
  );

export const fetchSessions: ListFetch<TrainingSession> = ({ limit, offset, filters }, signal) =>
  unwrap(
    trainingApi.GET('/api/v1/training/sessions', {
      params: {
        query: {
          limit,
          offset,
          programme_id: filters.programme_id,
          level: oneOf(SESSION_LEVELS, filters.level),
          county_code: oneOf(COUNTY_CODES, filters.county_code),
          from: filters.from,
          to: filters.to,
        },
      },
      signal,
    }),
  );
