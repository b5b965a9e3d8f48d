import { RightOutlined } from '@ant-design/icons';
import { useQueries } from '@tanstack/react-query';
import { Card, Flex, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus } from '@/api/models';
import { useListParams } from '@/components/list/useListParams';
import { PIPELINE_EXITS, PIPELINE_STAGES } from '../lifecycle';
import { fetchApplications } from './api';

interface StageProps {
  label: string;
  count: number | undefined;
  active: boolean;
  onClick: () => void;
  testId: string;
}

function Stage({ label, count, active, onClick, testId }: StageProps) {
  return (
    <button
      type="button"
      className={active ? 'pipeline-stage pipeline-stage-active' : 'pipeline-stage'}
      aria-pressed={active}
      onClick={onClick}
      data-testid={testId}
      data-count={count ?? ''}
    >
      <span className="pipeline-count">{count ?? '–'}</span>
      <span className="pipeline-label">{label}</span>
    </button>
  );
}

/**
 * How many applications stand at each status, under the list's other filters: one count query per
 * status (limit 1, read the total). Clicking a status filters the list below to it.
 */
export function Pipeline() {
  const { t } = useTranslation('loans');
  const list = useListParams();
  const { status: selected, ...others } = list.filters;
  const statuses: (ApplicationStatus | undefined)[] = [undefined, ...PIPELINE_STAGES, ...PIPELINE_EXITS];
  const counts = useQueries({
    queries: statuses.map((status) => ({
      queryKey: ['loans', 'applications', 'count', status ?? 'all', others],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        fetchApplications({ limit: 1, offset: 0, filters: status ? { ...others, status } : others }, signal),
      select: (page: { total: number }) => page.total,
    })),
  });
  const count = (status: ApplicationStatus | undefined) => counts[statuses.indexOf(status)]?.data;
  const choose = (status: ApplicationStatus | undefined) =>
    list.setFilters({ status: status === selected ? undefined : status });

  const stage = (status: ApplicationStatus) => (
    <Stage
      label={t(`status.${status}`)}
      count={count(status)}
      active={selected === status}
      onClick={() => choose(status)}
      testId={`pipeline-${status}`}
    />
  );

  return (
    <Card
      className="pipeline-card"
      size="small"
      title={t('pipeline.title')}
      extra={<span className="pipeline-hint">{t('pipeline.hint')}</span>}
    >
      <Flex vertical gap={8}>
        <div className="pipeline-row">
          <Stage
            label={t('pipeline.all')}
            count={count(undefined)}
            active={!selected}
            onClick={() => list.setFilters({ status: undefined })}
            testId="pipeline-all"
          />
          <span className="pipeline-divider" aria-hidden />
          {PIPELINE_STAGES.map((status, index) => (
            <Fragment key={status}>
              {index > 0 && <RightOutlined className="pipeline-arrow" aria-hidden />}
              {stage(status)}
            </Fragment>
          ))}
        </div>
        <div className="pipeline-row">
          <Typography.Text type="secondary" className="pipeline-exits-label">
            {t('pipeline.exits')}
          </Typography.Text>
          {PIPELINE_EXITS.map((status) => (
            <Fragment key={status}>{stage(status)}</Fragment>
          ))}
        </div>
      </Flex>
    </Card>
  );
}
