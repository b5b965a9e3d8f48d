import { useQuery } from '@tanstack/react-query';
import { Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetail } from '@/api/models';
import { ApiError } from '@/api/problem';
import { ErrorAlert } from '@/components/ErrorAlert';
import { applicationKey, fetchApplication } from './api';

/** One application for a page: the application once loaded, or what the page shows instead (a skeleton,
 * an error to retry, or "not found" under the back link, which is also what another's application gives). */
export function useApplication(
  id: string,
  back: ReactNode,
): { application: ApplicationDetail; fallback?: undefined } | { application?: undefined; fallback: ReactNode } {
  const { t } = useTranslation('loans');
  const query = useQuery({ queryKey: applicationKey(id), queryFn: ({ signal }) => fetchApplication(id, signal) });
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 422)) {
    return {
      fallback: (
        <>
          {back}
          <Result status="404" subTitle={t('application.notFound')} />
        </>
      ),
    };
  }
  if (query.isError) return { fallback: <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> };
  if (!query.data) return { fallback: <Skeleton active /> };
  return { application: query.data };
}
