import { useQuery } from '@tanstack/react-query';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrainingSession } from '@/api/models';
import { countyFilter } from '@/components/list/countyFilter';
import { ListPage } from '@/components/list/ListPage';
import { countyName } from '@/domain/counties';
import { SESSION_LEVELS } from '@/domain/enums';
import type { ExportColumn } from '@/export/sheet';
import { formatDateTime, formatTimeRange } from '@/lib/format';
import { fetchProgrammes, fetchSessions } from './api';

export function SessionsPage() {
  const { t, i18n } = useTranslation('training');
  // The programme filter offers every programme; there are a handful, one page holds them all.
  const programmes = useQuery({
    queryKey: ['training', 'programmes', 'options'],
    queryFn: ({ signal }) => fetchProgrammes({ limit: 200, offset: 0, filters: {} }, signal),
    staleTime: 5 * 60_000,
  });
  const county = (s: TrainingSession) =>
    s.county_code ? countyName(s.county_code, i18n.language, s.county_name) : t('sessions.citywide');
  const place = (s: TrainingSession) => [county(s), s.town].filter(Boolean).join(' · ');

  const columns: TableColumnsType<TrainingSession> = [
    { title: t('sessions.columns.title'), dataIndex: 'title', width: 200, fixed: 'left' },
    { title: t('sessions.columns.programme'), dataIndex: 'programme_name', width: 130 },
    { title: t('sessions.columns.level'), dataIndex: 'level', width: 70, render: (_, s) => t(`level.${s.level}`) },
    { title: t('sessions.columns.county'), dataIndex: 'county_code', width: 170, render: (_, s) => place(s) },
    { title: t('sessions.columns.venue'), dataIndex: 'venue', width: 200 },
    {
      title: t('sessions.columns.time'),
      dataIndex: 'starts_at',
      width: 220,
      render: (_, s) => formatTimeRange(s.starts_at, s.ends_at),
    },
    { title: t('sessions.columns.capacity'), dataIndex: 'capacity', width: 70, align: 'right' },
  ];

  const exportColumns: ExportColumn<TrainingSession>[] = [
    { header: t('sessions.columns.title'), value: (s) => s.title },
    { header: t('sessions.columns.programme'), value: (s) => s.programme_name },
    { header: t('sessions.columns.level'), value: (s) => t(`level.${s.level}`) },
    { header: t('sessions.columns.county'), value: county },
    { header: t('sessions.columns.town'), value: (s) => s.town },
    { header: t('sessions.columns.venue'), value: (s) => s.venue },
    { header: t('sessions.columns.startsAt'), value: (s) => formatDateTime(s.starts_at) },
    { header: t('sessions.columns.endsAt'), value: (s) => formatDateTime(s.ends_at) },
    { header: t('sessions.columns.capacity'), value: (s) => s.capacity },
  ];

  return (
    <ListPage<TrainingSession>
      title={t('sessions.title')}
      description={t('sessions.description')}
      queryKey={['training', 'sessions']}
      fetchPage={fetchSessions}
      filters={[
        {
          kind: 'select',
          name: 'programme_id',
          placeholder: t('sessions.filters.programme'),
          options: (programmes.data?.items ?? []).map((p) => ({ value: p.id, label: p.name })),
        },
        {
          kind: 'select',
          name: 'level',
          placeholder: t('sessions.filters.level'),
          options: SESSION_LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) })),
        },
        countyFilter(),
        {
          kind: 'dateRange',
          names: ['from', 'to'],
          placeholder: [t('sessions.filters.from'), t('sessions.filters.to')],
        },
      ]}
      columns={columns}
      rowKey={(s) => s.id}
      exportColumns={exportColumns}
      exportName={t('sessions.exportName')}
      scrollX={1050}
    />
  );
}
