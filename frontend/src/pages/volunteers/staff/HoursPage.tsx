import { Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListPage } from '@/components/list/ListPage';
import type { ExportColumn } from '@/export/sheet';
import { formatDateTime } from '@/lib/format';
import { AdjustmentButton } from './AdjustmentButton';
import { HOURS_COLOR } from './enums';
import { entryState, hoursOf, splitMinutes } from './hours';
import { HoursActions } from './HoursActions';
import type { HoursEntry } from './types';
import { fetchHours, hoursKey } from './workApi';
import './staff.css';

const STATUSES = ['pending', 'approved', 'rejected', 'open'] as const;

/** 服务时长审核: entries to approve or reject, staff adjustments awaiting a second approver, and reversals. */
export function HoursPage() {
  const { t } = useTranslation('volunteers');
  const col = (key: string) => t(`staff.hours.columns.${key}` as 'staff.hours.columns.volunteer');
  const duration = (minutes: number) => t('staff.hours.duration', splitMinutes(minutes));
  const state = (x: HoursEntry) => t(`staff.hours.state.${entryState(x)}`);
  const period = (x: HoursEntry) =>
    x.check_in_at ? `${formatDateTime(x.check_in_at)} – ${formatDateTime(x.check_out_at)}` : '';

  const columns: TableColumnsType<HoursEntry> = [
    { title: col('volunteer'), dataIndex: 'volunteer_name', width: 100, fixed: 'left' },
    { title: col('team'), dataIndex: 'team_name', width: 160 },
    { title: col('kind'), dataIndex: 'kind', width: 100, render: (_, x) => t(`staff.hours.kind.${x.kind}`) },
    {
      title: col('minutes'),
      dataIndex: 'minutes',
      width: 130,
      align: 'right',
      render: (_, x) => <span className={x.minutes < 0 ? 'minutes-negative' : undefined}>{duration(x.minutes)}</span>,
    },
    { title: col('period'), key: 'period', width: 250, render: (_, x) => period(x) },
    { title: col('reason'), dataIndex: 'reason', width: 180, ellipsis: { showTitle: true } },
    { title: col('requestedBy'), dataIndex: 'requested_by_name', width: 100 },
    {
      title: col('status'),
      dataIndex: 'status',
      width: 170,
      render: (_, x) => (
        <Tag color={HOURS_COLOR[x.status]} data-testid="hours-state">
          {state(x)}
        </Tag>
      ),
    },
    { title: col('approvedBy'), dataIndex: 'approved_by_name', width: 100 },
    { title: col('actions'), key: 'actions', width: 170, render: (_, x) => <HoursActions entry={x} /> },
  ];
  const exportColumns: ExportColumn<HoursEntry>[] = [
    { header: col('volunteer'), value: (x) => x.volunteer_name },
    { header: col('team'), value: (x) => x.team_name },
    { header: col('kind'), value: (x) => t(`staff.hours.kind.${x.kind}`) },
    { header: col('minutes'), value: (x) => x.minutes },
    { header: col('hours'), value: (x) => hoursOf(x.minutes), format: '0.0' },
    { header: col('period'), value: period },
    { header: col('reason'), value: (x) => x.reason },
    { header: col('requestedBy'), value: (x) => x.requested_by_name },
    { header: col('status'), value: state },
    { header: col('approvedBy'), value: (x) => x.approved_by_name },
    { header: col('createdAt'), value: (x) => formatDateTime(x.created_at) },
  ];

  return (
    <ListPage<HoursEntry>
      title={t('staff.hours.title')}
      description={t('staff.hours.description')}
      queryKey={hoursKey}
      fetchPage={fetchHours}
      actions={<AdjustmentButton />}
      filters={[
        {
          kind: 'select',
          name: 'status',
          placeholder: t('staff.hours.status'),
          options: STATUSES.map((s) => ({
            value: s,
            label: t(`staff.hours.statusFilter.${s}`),
          })),
        },
      ]}
      columns={columns}
      rowKey={(x) => x.id}
      exportColumns={exportColumns}
      exportName={t('staff.hours.exportName')}
      scrollX={1460}
    />
  );
}
